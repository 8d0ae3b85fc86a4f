#include "assets/assetcsvexporter.h"

#include "assets/assetquery.h"
#include "assets/assetstatus.h"
#include "assets/assettablemodel.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDate>
#include <QIODevice>
#include <QSaveFile>
#include <QSqlQuery>

#include <optional>

namespace {
constexpr int Chunk = 1000;

bool isNumericColumn(int column)
{
    return column == AssetTableModel::PurchasePrice || column == AssetTableModel::PurchaseDate
        || column == AssetTableModel::WarrantyEnd || column == AssetTableModel::LastAudited;
}
} // namespace

AssetCsvExporter::AssetCsvExporter(Database &database)
    : m_database(database)
{ }

void AssetCsvExporter::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QString AssetCsvExporter::cell(const QString &text, QChar separator, bool neutralise)
{
    QString value = text;
    // A spreadsheet would run "=HYPERLINK(…)" typed into a notes field (OWASP CSV
    // injection): a leading apostrophe makes it text.
    if (neutralise && !value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(separator) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString AssetCsvExporter::formatValue(int column, const QVariant &raw) const
{
    const bool excel = m_format == Format::GermanExcel;
    switch (column) {
    case AssetTableModel::PurchaseDate:
    case AssetTableModel::WarrantyEnd:
    case AssetTableModel::LastAudited: {
        const QDate date = raw.toDate();
        if (!date.isValid())
            return QString();
        return excel ? date.toString(QStringLiteral("dd.MM.yyyy")) : date.toString(Qt::ISODate);
    }
    case AssetTableModel::PurchasePrice: {
        if (raw.isNull())
            return QString();
        const qint64 cents = raw.toLongLong();
        const qint64 magnitude = cents < 0 ? -cents : cents;
        return QStringLiteral("%1%2%3%4")
            .arg(cents < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 100)
            .arg(excel ? QLatin1Char(',') : QLatin1Char('.'))
            .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case AssetTableModel::Status: {
        const std::optional<AssetStatus> status = AssetStatusText::fromCode(raw.toString());
        return status ? AssetStatusText::displayName(*status) : raw.toString();
    }
    default:
        return raw.toString();
    }
}

AssetCsvExporter::Result AssetCsvExporter::writeFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return Result::Failed;
    }
    // Without commit() the temporary file is removed and path stays as it was.
    if (!write(&file, error))
        return m_cancelled ? Result::Cancelled : Result::Failed;
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return Result::Failed;
    }
    return Result::Written;
}

bool AssetCsvExporter::write(QIODevice *device, QString *error)
{
    m_rowsWritten = 0;
    m_cancelled = false;
    QList<int> columns = m_columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < AssetTableModel::ColumnCount; ++column)
            columns.append(column);
    }
    for (int column : std::as_const(columns)) {
        if (column < 0 || column >= AssetTableModel::ColumnCount) {
            if (error)
                *error = tr("Unknown column %1.").arg(column);
            return false;
        }
    }
    const bool excel = m_format == Format::GermanExcel;
    const QChar separator = excel ? QLatin1Char(';') : QLatin1Char(',');
    const QString newline = excel ? QStringLiteral("\r\n") : QStringLiteral("\n");
    const auto writeText = [&](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        if (device->write(bytes) != bytes.size()) {
            if (error)
                *error = tr("Could not write the export: %1").arg(device->errorString());
            return false;
        }
        return true;
    };

    if (excel && device->write("\xEF\xBB\xBF", 3) != 3) {
        if (error)
            *error = tr("Could not write the export: %1").arg(device->errorString());
        return false;
    }
    QStringList header;
    for (int column : std::as_const(columns))
        header.append(cell(AssetTableModel::columnName(AssetTableModel::Column(column)), separator, true));
    if (!writeText(header.join(separator) + newline))
        return false;

    const AssetQuery query(m_database.dialect(), m_filter, m_sortColumn, m_sortOrder);
    qint64 totalRows = 0;
    if (m_progress) {
        QSqlQuery count(m_database.connection());
        if (!query.prepareCount(count, error) || !Sql::exec(count, error))
            return false;
        totalRows = count.next() ? count.value(0).toLongLong() : 0;
        m_progress(0, totalRows);
    }
    std::optional<AssetQuery::Key> last;
    for (;;) {
        if (m_cancel && m_cancel->load()) {
            m_cancelled = true;
            if (error)
                *error = tr("The export was cancelled.");
            return false;
        }
        QSqlQuery sql(m_database.connection());
        // Continue after the last row written: the key is inclusive, so skip it.
        if (!query.preparePage(sql, AssetQuery::Direction::Forward, last ? &*last : nullptr, Chunk,
                               last ? 1 : 0, error)
            || !Sql::exec(sql, error))
            return false;
        int fetched = 0;
        QString text;
        while (sql.next()) {
            QStringList cells;
            for (int column : std::as_const(columns)) {
                const QVariant raw = AssetQuery::rawValue(column, sql.value(column));
                cells.append(cell(formatValue(column, raw), separator, !isNumericColumn(column)));
            }
            text += cells.join(separator) + newline;
            last = AssetQuery::Key { sql.value(AssetQuery::keyColumn()),
                                     sql.value(AssetQuery::idColumn()).toLongLong() };
            ++fetched;
        }
        if (!writeText(text))
            return false;
        m_rowsWritten += fetched;
        if (m_progress)
            m_progress(m_rowsWritten, totalRows);
        if (fetched < Chunk)
            return true;
    }
}
