#include "assets/assetexportdialog.h"

#include "assets/assetexportjob.h"

#include <QThread>

namespace {
constexpr int steps = 1000;
}

AssetExportDialog::AssetExportDialog(AssetExportJob *job, QWidget *parent)
    : QProgressDialog(parent)
    , m_job(job)
    , m_thread(new QThread(this))
{
    setWindowTitle(tr("Export"));
    setLabelText(tr("Counting the assets to export…"));
    setCancelButtonText(tr("Cancel export"));
    setRange(0, steps);
    setValue(0);
    // A small export finishes before anyone would notice a dialog.
    setMinimumDuration(500);
    setAutoClose(false);
    setAutoReset(false);
    setWindowModality(Qt::WindowModal);

    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &AssetExportJob::run);
    connect(m_job, &AssetExportJob::progress, this, &AssetExportDialog::onProgress);
    connect(m_job, &AssetExportJob::finished, this, &AssetExportDialog::onFinished);
    connect(this, &QProgressDialog::canceled, this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

AssetExportDialog::~AssetExportDialog()
{
    if (m_job)
        m_job->cancel();
    stopThread();
}

void AssetExportDialog::start()
{
    m_thread->start();
}

void AssetExportDialog::onProgress(qint64 rowsWritten, qint64 totalRows)
{
    if (wasCanceled())
        return;
    setLabelText(tr("%1 of %2 assets written…").arg(rowsWritten).arg(totalRows));
    setValue(totalRows > 0 ? int(rowsWritten * steps / totalRows) : 0);
}

void AssetExportDialog::onFinished(AssetCsvExporter::Result result, qint64 rowsWritten, const QString &error)
{
    stopThread();
    emit exportFinished(result, rowsWritten, error);
    close();
    deleteLater();
}

void AssetExportDialog::stopThread()
{
    m_thread->quit();
    m_thread->wait();
    // Deleted here rather than with the thread's end, so Cancel never reaches a deleted job.
    delete m_job;
    m_job = nullptr;
}
