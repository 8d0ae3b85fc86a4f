#pragma once

#include <QCoreApplication>
#include <QString>

#include "import/importrun.h"

class Database;

// Imports a legacy asset list as an import profile describes it: reads the CSV,
// maps and validates each row, matches it to existing assets and applies the
// policy, all in one transaction (rolled back for a dry run, a cancel or an error).
// Every data row ends as created, updated, unchanged or rejected; rejected rows
// go to import_reject and the rejects file. Not thread-bound, but the database
// connection must belong to the calling thread.
class AssetImporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)

public:
    AssetImporter(Database &database, const ImportProfile &profile);
    ~AssetImporter();
    AssetImporter(const AssetImporter &) = delete;
    AssetImporter &operator=(const AssetImporter &) = delete;

    ImportResult run(const QString &filePath, const ImportOptions &options);

    static QString policyName(ImportOptions::Policy policy);

private:
    class Run;
    Database &m_database;
    const ImportProfile &m_profile;
};
