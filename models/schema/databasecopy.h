#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// Moves a whole inventory to another database, as a technician's SQLite file goes
// to the team's server: every table with its ids, the history and the import
// batches included, in one transaction on the target, which must hold no
// inventory yet. The search index is rebuilt there in the target's own form.
// Both databases are at the current schema version (the caller migrates them).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Result
    {
        bool ok = false;
        QString error;
        QList<TableCount> counts; // after the copy, per table, in copy order
        qint64 rowsCopied = 0;
    };
    // Called after each table with its name and how many of its rows were copied.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    DatabaseCopy(Database &source, Database &target);

    Result run(const Progress &progress = {});

    // The tables in an order that satisfies their foreign keys. A migration that adds
    // a table adds it here; a table the copy does not know stops it before it starts.
    static const QStringList &tablesInOrder();

private:
    bool copyTable(const QString &table, qint64 *rows, QString *error);
    bool targetIsEmpty(QString *error);
    bool closeCopiedBillingRuns(QString *error);

    Database &m_source;
    Database &m_target;
    QList<qint64> m_closedBillingRuns;
};
