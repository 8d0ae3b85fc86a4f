#pragma once

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "assets/asset.h"
#include "storage/database.h"

// A fresh database, migrated to the latest schema unless told otherwise, removed
// with the object. SQLite by default: a file in a temporary folder. With
// BESTAND_TEST_BACKEND=postgresql (ctest's "_postgresql" variant of a test, see
// tests/CMakeLists.txt) a new database on the server that BESTAND_TEST_POSTGRES
// names (packaging/with-postgres.sh starts one).
class TestDatabase
{
public:
    explicit TestDatabase(bool migrate = true);
    // On the engine given, whichever this run uses (a copy from a file to the server).
    TestDatabase(bool migrate, DatabaseSettings::Backend engine);
    ~TestDatabase();

    // The engine this test run uses.
    static DatabaseSettings::Backend backend();
    bool isPostgres() const { return m_settings.backend == DatabaseSettings::Backend::Postgres; }

    Database &database() { return *m_database; }
    // What `bestand --db` takes: the file, or the postgresql:// URL.
    QString path() const { return m_path; }
    const DatabaseSettings &settings() const { return m_settings; }
    QString folder() const { return m_dir.path(); }
    // Runs one statement, failing the current test on an SQL error.
    bool exec(const QString &sql);
    // The first column of the first row.
    QVariant scalar(const QString &sql);
    qint64 authorityId(const QString &code);
    // How many assets the search index finds for what a user typed, as the asset
    // table's search asks it; with assetId, whether it finds that one (0 or 1).
    int searchCount(const QString &userText, qint64 assetId = 0);
    // The ids of the assets the search finds, in id order.
    QList<qint64> searchIds(const QString &userText);
    // The schema as the engine describes it, one line per table column or
    // definition, index, trigger and function: equal lists mean equal schemas.
    QStringList schema();
    // The tables, without the search index's own storage.
    QStringList tableNames();
    // SQL spelled per engine for the few things tests build data with.
    QString groupConcat(const QString &expression, const QString &separator) const;
    QString zeroPadded(const QString &expression, int width) const;
    qint64 categoryId(const QString &name);
    // Inserts the asset through the repository (history by "test"); fails the run on an error.
    qint64 insertAsset(Asset asset);

private:
    QTemporaryDir m_dir;
    DatabaseSettings m_settings;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// For a test of something only one engine has (a file to corrupt, a pragma).
#define SKIP_UNLESS_SQLITE()                                                                                 \
    do {                                                                                                     \
        if (TestDatabase::backend() != DatabaseSettings::Backend::Sqlite)                                    \
            QSKIP("SQLite only");                                                                            \
    } while (false)

// Runs the real `bestand` executable; returns its exit code, fills stdout/stderr.
int runBestand(const QStringList &arguments, QString *standardOutput = nullptr,
               QString *standardError = nullptr, int timeoutMs = 120000);
