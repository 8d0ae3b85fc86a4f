#pragma once

#include <QString>

// Where the inventory lives. The embedded default is one SQLite file; the same
// code is meant to run against a shared PostgreSQL server later (QPSQL).
struct DatabaseSettings
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;

    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password;

    static DatabaseSettings sqliteFile(const QString &path);
    // Parses what a user passes to --db: a file path, or postgresql://user[:pw]@host[:port]/name.
    static DatabaseSettings fromArgument(const QString &argument);
    // <AppDataLocation>/bestand.sqlite, the file created on first start.
    static QString defaultSqlitePath();

    QString displayName() const;
};
