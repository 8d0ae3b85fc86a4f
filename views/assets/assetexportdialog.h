#pragma once

#include <QProgressDialog>

#include "assets/assetcsvexporter.h"

class AssetExportJob;
class QThread;

// Runs an AssetExportJob in a worker thread and shows how far it got, so a large
// export leaves the window responsive. Cancel stops the job; it then leaves no file.
// Closes and deletes itself once the job has finished.
class AssetExportDialog : public QProgressDialog
{
    Q_OBJECT

public:
    // Takes the job.
    explicit AssetExportDialog(AssetExportJob *job, QWidget *parent = nullptr);
    // Closing the window while it runs cancels the export and waits for the worker.
    ~AssetExportDialog() override;

    void start();

signals:
    void exportFinished(AssetCsvExporter::Result result, qint64 rowsWritten, const QString &error);

private:
    void onProgress(qint64 rowsWritten, qint64 totalRows);
    void onFinished(AssetCsvExporter::Result result, qint64 rowsWritten, const QString &error);
    void stopThread();

    AssetExportJob *m_job;
    QThread *m_thread;
};
