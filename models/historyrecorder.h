#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "changecontext.h"

class Database;

// Appends rows to the history table (it refuses updates and deletes itself).
// One prepared statement is kept and reused for every row.
class HistoryRecorder
{
public:
    enum class Action { Insert, Update, Delete, Warning, Reveal };

    explicit HistoryRecorder(Database &database);

    bool record(const QString &entity, qint64 entityId, Action action, const QString &field,
                const QVariant &oldValue, const QVariant &newValue, const ChangeContext &context,
                QString *error);

    static QString actionCode(Action action);

private:
    Database &m_database;
    QSqlQuery m_insert;
    bool m_prepared = false;
};
