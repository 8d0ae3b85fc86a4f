#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

// Verifies a database without changing it: storage integrity, foreign keys, the
// schema version and the invariants of the inventory model.
class DatabaseChecker
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChecker)

public:
    struct Report
    {
        int schemaVersion = 0;
        int expectedSchemaVersion = 0;
        QStringList problems;
        QStringList checksRun;
        bool ok() const { return problems.isEmpty(); }
    };

    explicit DatabaseChecker(Database &database);
    Report run();

private:
    void checkInvariant(Report &report, const QString &name, const QString &sql,
                        const QString &problemTemplate);

    Database &m_database;
};
