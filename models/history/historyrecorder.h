#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "history/changecontext.h"

class Database;

// Appends rows to the history table (it refuses updates and deletes itself).
// Prepared statements are kept and reused for every row.
class HistoryRecorder
{
public:
    enum class Action { Insert, Update, Delete, Warning, Reveal };

    explicit HistoryRecorder(Database &database);

    bool record(const QString &entity, qint64 entityId, Action action, const QString &field,
                const QVariant &oldValue, const QVariant &newValue, const ChangeContext &context,
                QString *error);

    // For a bulk load: rows are collected and written many to a statement, because
    // one statement's fixed cost is larger than a history row's own. They keep their
    // order, so history ids are the same as without buffering. Nothing may read the
    // history of pending rows before flush().
    void startBuffering() { m_buffering = true; }
    // Writes the pending rows and ends buffering.
    bool flush(QString *error);
    qsizetype pendingRows() const;

    static QString actionCode(Action action);

private:
    bool prepare(QString *error);
    bool writeRows(QSqlQuery &statement, qsizetype firstValue, qsizetype rows, QString *error);

    Database &m_database;
    QSqlQuery m_insert;
    QSqlQuery m_insertBatch;
    bool m_prepared = false;
    bool m_batchPrepared = false;
    bool m_buffering = false;
    QList<QVariant> m_pending; // the values of the pending rows, row after row
};
