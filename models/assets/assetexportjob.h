#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

#include "assets/assetcsvexporter.h"
#include "assets/assetfilter.h"

class Database;

// Runs one AssetCsvExporter in a worker thread on its own connection (a connection
// belongs to the thread that opened it), so a million-row export keeps the window
// responsive. Move it to a QThread and invoke run(); progress and the result
// arrive as queued signals.
class AssetExportJob : public QObject
{
    Q_OBJECT

public:
    // database is only asked for a second connection, from the worker thread.
    AssetExportJob(const Database &database, QString filePath, AssetCsvExporter::Format format);

    void setFilter(const AssetFilter &filter) { m_filter = filter; }
    void setColumns(const QList<int> &columns) { m_columns = columns; }
    void setSort(int column, Qt::SortOrder order);
    QString filePath() const { return m_filePath; }

    // Thread-safe: the export stops after the current chunk and leaves no file.
    void cancel() { m_cancel.store(true); }

public slots:
    void run();

signals:
    void progress(qint64 rowsWritten, qint64 totalRows);
    void finished(AssetCsvExporter::Result result, qint64 rowsWritten, const QString &error);

private:
    const Database &m_database;
    QString m_filePath;
    AssetCsvExporter::Format m_format;
    AssetFilter m_filter;
    QList<int> m_columns;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::atomic<bool> m_cancel { false };
};
