#include "import/importundorunner.h"

#include "import/importundojob.h"

#include <QThread>

ImportUndoRunner::ImportUndoRunner(DatabaseSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{ }

ImportUndoRunner::~ImportUndoRunner()
{
    wait();
}

bool ImportUndoRunner::start(qint64 batchId)
{
    if (m_thread)
        return false;
    m_batchId = batchId;
    m_thread = new QThread(this);
    auto *job = new ImportUndoJob(m_settings, batchId, QString());
    job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, job, &ImportUndoJob::run);
    connect(job, &ImportUndoJob::finished, this, &ImportUndoRunner::onJobFinished);
    connect(m_thread, &QThread::finished, job, &QObject::deleteLater);
    m_thread->start();
    return true;
}

void ImportUndoRunner::wait()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ImportUndoRunner::onJobFinished(const ImportUndo::Result &result)
{
    wait();
    emit finished(m_batchId, result);
}
