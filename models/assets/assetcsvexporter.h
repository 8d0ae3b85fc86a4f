#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <Qt>

#include <atomic>
#include <functional>

#include "assets/assetfilter.h"

class Database;
class QIODevice;

// Writes the assets of a filter, in the table's sort and with the chosen columns in
// their order, as CSV. Rows are streamed in keyset-paged chunks: memory does not
// grow with the number of assets. Runs on the thread that owns `database`; another
// thread may cancel it through the flag given to setCancelFlag().
class AssetCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetCsvExporter)

public:
    enum class Format {
        // Opens cleanly in German Excel: UTF-8 with BOM, ';', dd.MM.yyyy, decimal comma, CRLF.
        GermanExcel,
        // For programs: UTF-8 without BOM, ',', ISO dates, decimal point, LF.
        Plain,
    };

    explicit AssetCsvExporter(Database &database);

    void setFilter(const AssetFilter &filter) { m_filter = filter; }
    // AssetTableModel::Column values in output order; empty means all columns.
    void setColumns(const QList<int> &columns) { m_columns = columns; }
    void setSort(int column, Qt::SortOrder order);
    void setFormat(Format format) { m_format = format; }

    enum class Result { Written, Cancelled, Failed };

    // Called after each chunk of rows, on the exporting thread. totalRows is the
    // filter's count, taken once before the first row.
    void setProgressCallback(std::function<void(qint64 rowsWritten, qint64 totalRows)> callback)
    {
        m_progress = std::move(callback);
    }
    // Checked between chunks; the flag must outlive the export.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // False when it failed or was cancelled (then cancelled() is true).
    bool write(QIODevice *device, QString *error);
    // Writes through a QSaveFile: the file appears (or replaces an older one) only
    // when complete, so a cancelled or failed export leaves nothing behind.
    Result writeFile(const QString &path, QString *error);
    qint64 rowsWritten() const { return m_rowsWritten; }
    bool cancelled() const { return m_cancelled; }

    // One cell as written: formula-like text neutralised, quoted per RFC 4180 when needed.
    static QString cell(const QString &text, QChar separator, bool neutralise);

private:
    QString formatValue(int column, const QVariant &raw) const;

    Database &m_database;
    AssetFilter m_filter;
    QList<int> m_columns;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Format m_format = Format::GermanExcel;
    qint64 m_rowsWritten = 0;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    bool m_cancelled = false;
};
