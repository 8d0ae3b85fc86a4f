#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

#include "storage/databasesettings.h"
#include "storage/sqldialect.h"

// Owns one named Qt SQL connection. A connection may only be used by the thread
// that opened it, so a worker opens its own with openAnother().
class Database
{
public:
    explicit Database(DatabaseSettings settings);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and configures the connection; creates the SQLite file and its folder.
    bool open(QString *error);
    bool isOpen() const;
    // The last open() failed because the server wants a password (none in ~/.pgpass,
    // or a wrong one): the caller may ask the user and try again.
    bool wantedPassword() const { return m_wantedPassword; }
    void close();

    // A second connection to the same database, for use in another thread.
    std::unique_ptr<Database> openAnother(QString *error) const;

    QSqlDatabase &connection() { return m_connection; }
    const SqlDialect &dialect() const { return *m_dialect; }
    const DatabaseSettings &settings() const { return m_settings; }
    QString connectionName() const { return m_connectionName; }

    // Who is recorded in the history: the database user on a server, the OS user on a file.
    QString userName() const;

private:
    DatabaseSettings m_settings;
    QString m_serverUser; // the role the server knows us as (from .pgpass, peer or the URL)
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QSqlDatabase m_connection;
    bool m_wantedPassword = false;
};
