#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <Qt>

#include "assetfilter.h"

class Database;
class QIODevice;

// Writes the assets of a filter, in the table's sort and with the chosen columns in
// their order, as CSV. Rows are streamed in keyset-paged chunks: memory does not
// grow with the number of assets. Runs on the thread that owns `database`.
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

    bool write(QIODevice *device, QString *error);
    qint64 rowsWritten() const { return m_rowsWritten; }

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
};
