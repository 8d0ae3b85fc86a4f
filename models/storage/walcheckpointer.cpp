#include "storage/walcheckpointer.h"

#include "storage/database.h"

#include <QThread>

WalCheckpointer::WalCheckpointer(Database &database, int intervalMs)
    : m_database(database)
    , m_intervalMs(intervalMs)
{ }

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(QString *error)
{
    if (m_thread)
        return true;
    m_stopRequested = false;
    m_openDone = false;
    const DatabaseSettings settings = m_database.settings();
    m_thread = QThread::create([this, settings] { run(settings); });
    m_thread->setObjectName(QStringLiteral("WalCheckpointer"));
    m_thread->start(QThread::LowPriority);
    // Automatic checkpoints go off only once the background connection is there:
    // without either, the log would grow without bound.
    bool opened = false;
    QString openError;
    {
        QMutexLocker locker(&m_mutex);
        while (!m_openDone)
            m_wake.wait(&m_mutex);
        opened = m_opened;
        openError = m_openError;
    }
    if (!opened
        || !m_database.dialect().setAutomaticCheckpoints(m_database.connection(), false, &openError)) {
        stop();
        if (error)
            *error = openError;
        return false;
    }
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_thread)
        return;
    {
        const QMutexLocker locker(&m_mutex);
        m_stopRequested = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_database.isOpen())
        m_database.dialect().setAutomaticCheckpoints(m_database.connection(), true, nullptr);
}

void WalCheckpointer::run(const DatabaseSettings &settings)
{
    // The connection belongs to this thread: opened and closed here.
    Database database(settings);
    QString error;
    const bool opened = database.open(&error);
    QMutexLocker locker(&m_mutex);
    m_opened = opened;
    m_openError = error;
    m_openDone = true;
    m_wake.wakeAll();
    if (!opened)
        return;
    while (!m_stopRequested) {
        m_wake.wait(&m_mutex, m_intervalMs);
        if (m_stopRequested)
            break;
        locker.unlock();
        int logPages = 0;
        int copied = 0;
        if (database.dialect().checkpointPassive(database.connection(), &logPages, &copied, nullptr)) {
            m_logPages.storeRelaxed(logPages);
            m_checkpointedPages.storeRelaxed(copied);
        }
        m_checkpoints.fetchAndAddRelaxed(1);
        locker.relock();
    }
}
