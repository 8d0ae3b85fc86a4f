#include "assets/assetcompletionmodel.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace {
// The distinct values of an indexed asset column that match, in order. A case-
// insensitive LIKE cannot use the column's (binary) index, and GROUP BY over it
// walks all 1,000,000 entries (~180 ms a keystroke). Hopping from one distinct
// value to the next is one index seek each; such columns hold tens to thousands of
// distinct values, and the walk stops after 10,000 of them.
QString distinctValuesStatement(const QString &column, const QString &like)
{
    return QStringLiteral(
               "WITH RECURSIVE distinct_value(value, n) AS ("
               " SELECT MIN(%1), 1 FROM asset WHERE %1 > ''"
               " UNION ALL"
               " SELECT (SELECT MIN(%1) FROM asset WHERE %1 > distinct_value.value), n + 1"
               " FROM distinct_value WHERE distinct_value.value IS NOT NULL AND n < 10000)"
               " SELECT value FROM distinct_value WHERE value IS NOT NULL AND value %2 ? ESCAPE '!'"
               " LIMIT ?")
        .arg(column, like);
}

QString statement(AssetCompletionModel::Source source, const QString &like)
{
    switch (source) {
    case AssetCompletionModel::Source::Manufacturer:
        return distinctValuesStatement(QStringLiteral("manufacturer"), like);
    case AssetCompletionModel::Source::Model:
        return distinctValuesStatement(QStringLiteral("model"), like);
    case AssetCompletionModel::Source::CostCentre:
        return distinctValuesStatement(QStringLiteral("cost_centre"), like);
    case AssetCompletionModel::Source::Room:
        return QStringLiteral(
                   "SELECT name FROM room WHERE name %1 ? ESCAPE '!' GROUP BY name ORDER BY name LIMIT ?")
            .arg(like);
    case AssetCompletionModel::Source::Person:
        // Anonymised people are not offered: their placeholder name means nothing to a user.
        return QStringLiteral("SELECT name FROM person WHERE anonymised = 0 AND name %1 ? ESCAPE '!' "
                              "GROUP BY name ORDER BY name LIMIT ?")
            .arg(like);
    }
    return {};
}

QString likePrefix(const QString &prefix)
{
    QString escaped = prefix;
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("!%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return escaped + QLatin1Char('%');
}
} // namespace

AssetCompletionModel::AssetCompletionModel(Database &database, Source source, QObject *parent)
    : QStringListModel(parent)
    , m_database(database)
    , m_source(source)
{ }

bool AssetCompletionModel::setPrefix(const QString &prefix, QString *error)
{
    m_prefix = prefix;
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, statement(m_source, m_database.dialect().caseInsensitiveLike()), error))
        return false;
    query.addBindValue(likePrefix(prefix.trimmed()));
    query.addBindValue(m_limit);
    if (!Sql::exec(query, error))
        return false;
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    if (values != stringList())
        setStringList(values);
    return true;
}
