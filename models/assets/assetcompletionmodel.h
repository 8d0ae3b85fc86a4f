#pragma once

#include <QStringListModel>

class Database;

// Existing values that start with what the user typed, for the completers of the
// edit dialog: distinct manufacturers, models, cost centres, room and person names.
// At most `limit` values are read, filtered by the prefix in SQL.
class AssetCompletionModel : public QStringListModel
{
    Q_OBJECT

public:
    enum class Source { Manufacturer, Model, CostCentre, Room, Person };

    AssetCompletionModel(Database &database, Source source, QObject *parent = nullptr);

    void setLimit(int limit) { m_limit = limit; }
    // Re-reads the values beginning with prefix (case-insensitive).
    bool setPrefix(const QString &prefix, QString *error = nullptr);
    QString prefix() const { return m_prefix; }

private:
    Database &m_database;
    Source m_source;
    int m_limit = 20;
    QString m_prefix;
};
