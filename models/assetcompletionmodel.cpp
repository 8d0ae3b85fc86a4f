#include "assetcompletionmodel.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace {
QString statement(AssetCompletionModel::Source source)
{
    switch (source) {
    case AssetCompletionModel::Source::Manufacturer:
        return QStringLiteral(
            "SELECT manufacturer FROM asset WHERE manufacturer <> '' AND manufacturer LIKE ? "
            "ESCAPE '!' GROUP BY manufacturer ORDER BY manufacturer LIMIT ?");
    case AssetCompletionModel::Source::Model:
        return QStringLiteral("SELECT model FROM asset WHERE model <> '' AND model LIKE ? ESCAPE '!' "
                              "GROUP BY model ORDER BY model LIMIT ?");
    case AssetCompletionModel::Source::CostCentre:
        return QStringLiteral("SELECT cost_centre FROM asset WHERE cost_centre <> '' AND cost_centre LIKE ? "
                              "ESCAPE '!' GROUP BY cost_centre ORDER BY cost_centre LIMIT ?");
    case AssetCompletionModel::Source::Room:
        return QStringLiteral(
            "SELECT name FROM room WHERE name LIKE ? ESCAPE '!' GROUP BY name ORDER BY name LIMIT ?");
    case AssetCompletionModel::Source::Person:
        // Anonymised people are not offered: their placeholder name means nothing to a user.
        return QStringLiteral("SELECT name FROM person WHERE anonymised = 0 AND name LIKE ? ESCAPE '!' "
                              "GROUP BY name ORDER BY name LIMIT ?");
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
    query.setForwardOnly(true);
    if (!Sql::prepare(query, statement(m_source), error))
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
