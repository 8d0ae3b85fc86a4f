#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Creates and upgrades the schema through numbered migrations (see migrations.cpp).
// Each migration runs in its own transaction and records the version it reached.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    enum class Outcome {
        AlreadyCurrent,
        Created, // an empty database got the full schema
        Upgraded, // an older schema was brought up to date
        TooNew, // written by a newer Bestand: nothing was changed
        Failed, // nothing of the failed migration is left behind
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath;
        QString message;
        bool ok() const { return outcome != Outcome::TooNew && outcome != Outcome::Failed; }
    };

    explicit SchemaMigrator(Database &database);

    static int latestVersion();

    // -1 when the database is not a Bestand database (tables, but no version).
    int currentVersion(QString *error) const;

    Result migrate() { return migrateTo(latestVersion()); }
    // Tests use this to build every older schema version.
    Result migrateTo(int targetVersion);

private:
    Result migrateLocked(int targetVersion);
    bool writeBackup(int fromVersion, Result *result);

    Database &m_database;
};
