#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include "history/changecontext.h"

class Database;
class HistoryRecorder;

// One changed column of an update: the value to bind and the texts for the history.
struct ColumnChange
{
    QString column;
    QVariant value;
    QString oldText;
    QString newText;
};

// Writes the changed columns of one row of an entity table (asset, licence) under
// optimistic locking: only while the row still has the version the caller read,
// which it then bumps, with one history row per changed column (old -> new, empty
// texts as NULL). Runs in the caller's transaction; the statement text depends only
// on which columns changed, never on user text.
class RowVersionUpdate
{
public:
    enum class Result { Updated, Conflict, Failed };

    RowVersionUpdate(Database &database, HistoryRecorder &history);

    // entity is the table and the history's entity name; now receives the time written.
    Result apply(const QString &entity, qint64 id, int rowVersion, const QList<ColumnChange> &changes,
                 const ChangeContext &context, QString *now, QString *error);

private:
    Database &m_database;
    HistoryRecorder &m_history;
};
