#include "import/importrowmapper.h"

ImportRowMapper::ImportRowMapper(const ImportProfile &profile, bool lenient)
    : m_profile(profile)
    , m_parser(profile.placeholders)
    , m_lenient(lenient)
{ }

bool ImportRowMapper::setHeader(const QStringList &header, QString *error)
{
    m_header = header;
    m_normalisedHeader.clear();
    for (const QString &name : header)
        m_normalisedHeader.append(ImportProfile::normaliseHeader(name));
    m_indexes.clear();
    QStringList missing;
    for (const ProfileColumn &column : m_profile.columns) {
        QStringList names = column.aliases;
        names.prepend(column.header);
        int index = -1;
        for (const QString &name : std::as_const(names)) {
            index = int(m_normalisedHeader.indexOf(ImportProfile::normaliseHeader(name)));
            if (index >= 0)
                break;
        }
        m_indexes.append(index);
        if (index < 0 && column.required)
            missing.append(column.header);
    }
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("The file has no column %1 (profile %2). Its columns are: %3")
                         .arg(missing.join(QStringLiteral(", ")), m_profile.name,
                              header.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool ImportRowMapper::isRepeatedHeader(const QStringList &fields) const
{
    int compared = 0;
    for (int index : m_indexes) {
        if (index < 0)
            continue;
        if (index >= fields.size()
            || ImportProfile::normaliseHeader(fields.at(index)) != m_normalisedHeader.at(index))
            return false;
        ++compared;
    }
    return compared > 0;
}

bool ImportRowMapper::isSkipLine(const QStringList &fields) const
{
    if (m_profile.skipLinePatterns.isEmpty())
        return false;
    for (const QString &field : fields) {
        const QString trimmed = field.trimmed();
        if (trimmed.isEmpty())
            continue;
        for (const QRegularExpression &pattern : m_profile.skipLinePatterns) {
            if (pattern.match(trimmed).hasMatch())
                return true;
        }
        return false;
    }
    return false;
}

void ImportRowMapper::addProblem(MappedRow &row, const QString &field, const QString &column,
                                 const QString &text, const QString &message) const
{
    if (m_lenient)
        row.warnings.append({ field, column, text, message });
    else
        row.errors.append({ field, column, text, message });
}

void ImportRowMapper::addValue(MappedRow &row, const ProfileColumn &column, const QString &field,
                               const QString &columnName, const QString &text) const
{
    if (column.list) {
        QStringList items;
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (m_parser.isPlaceholder(part))
                continue;
            if (column.map.isEmpty()) {
                items.append(part.trimmed());
                continue;
            }
            const std::optional<QString> mapped = m_profile.mapValue(column.map, part);
            if (!mapped) {
                addProblem(row, field, columnName, text, tr("Unknown value \"%1\"").arg(part.trimmed()));
                continue;
            }
            items.append(*mapped);
        }
        if (!items.isEmpty())
            row.values.insert(field, { items, text, columnName });
        return;
    }
    if (m_parser.isPlaceholder(text))
        return;
    QString input = text;
    if (!column.map.isEmpty()) {
        const std::optional<QString> mapped = m_profile.mapValue(column.map, text);
        if (!mapped) {
            addProblem(row, field, columnName, text, tr("Unknown value \"%1\"").arg(text.trimmed()));
            return;
        }
        input = *mapped;
        if (input.isEmpty())
            return;
    }
    ParsedValue parsed = m_parser.parse(column.type, input, column.padWidth);
    if (!parsed.isOk()) {
        addProblem(row, field, columnName, text, parsed.error);
        return;
    }
    if (!parsed.warning.isEmpty())
        row.warnings.append({ field, columnName, text, parsed.warning });
    if (!parsed.isEmpty())
        row.values.insert(field, { parsed.value, text, columnName });
}

MappedRow ImportRowMapper::map(const QStringList &fields) const
{
    MappedRow row;
    for (auto it = m_profile.fixedValues.cbegin(); it != m_profile.fixedValues.cend(); ++it)
        row.values.insert(it.key(), { it.value(), it.value(), QString() });
    for (qsizetype i = 0; i < m_profile.columns.size(); ++i) {
        const int index = m_indexes.at(i);
        const ProfileColumn &column = m_profile.columns.at(i);
        const QString columnName = index >= 0 ? m_header.at(index) : column.header;
        const QString text = index >= 0 && index < fields.size() ? fields.at(index) : QString();
        if (!column.splitAt.isEmpty()) {
            const qsizetype at = text.indexOf(column.splitAt);
            if (at >= 0) {
                addValue(row, column, column.field, columnName, text.left(at));
                if (!column.restField.isEmpty()) {
                    ProfileColumn rest;
                    addValue(row, rest, column.restField, columnName, text.mid(at + column.splitAt.size()));
                }
                continue;
            }
        }
        addValue(row, column, column.field, columnName, text);
    }
    for (const ProfileColumn &column : m_profile.columns) {
        if (column.required && !row.values.contains(column.field)) {
            bool reported = false;
            for (const RowMessage &problem : std::as_const(row.errors))
                reported = reported || problem.field == column.field;
            for (const RowMessage &problem : std::as_const(row.warnings))
                reported = reported || problem.field == column.field;
            const int index = m_indexes.value(int(&column - m_profile.columns.constData()), -1);
            const QString columnName = index >= 0 ? m_header.at(index) : column.header;
            // A required value cannot be left empty, not even leniently.
            if (!reported || m_lenient)
                row.errors.append({ column.field, columnName, QString(), tr("A value is required") });
        }
    }
    for (auto it = m_profile.defaults.cbegin(); it != m_profile.defaults.cend(); ++it) {
        if (!row.values.contains(it.key()))
            row.values.insert(it.key(), { it.value(), QString(), QString() });
    }
    return row;
}
