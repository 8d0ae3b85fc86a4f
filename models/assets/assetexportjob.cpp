#include "assets/assetexportjob.h"

#include "storage/database.h"

AssetExportJob::AssetExportJob(const Database &database, QString filePath, AssetCsvExporter::Format format)
    : m_database(database)
    , m_filePath(std::move(filePath))
    , m_format(format)
{ }

void AssetExportJob::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

void AssetExportJob::run()
{
    QString error;
    const std::unique_ptr<Database> database = m_database.openAnother(&error);
    if (!database) {
        emit finished(AssetCsvExporter::Result::Failed, 0, error);
        return;
    }
    AssetCsvExporter exporter(*database);
    exporter.setFilter(m_filter);
    exporter.setColumns(m_columns);
    exporter.setSort(m_sortColumn, m_sortOrder);
    exporter.setFormat(m_format);
    exporter.setCancelFlag(&m_cancel);
    exporter.setProgressCallback(
        [this](qint64 rowsWritten, qint64 totalRows) { emit progress(rowsWritten, totalRows); });
    const AssetCsvExporter::Result result = exporter.writeFile(m_filePath, &error);
    emit finished(result, exporter.rowsWritten(),
                  result == AssetCsvExporter::Result::Written ? QString() : error);
}
