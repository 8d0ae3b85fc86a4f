#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "storage/database.h"

// A fresh SQLite database in a temporary folder, migrated to the latest schema
// unless told otherwise. Removed with the object.
class TestDatabase
{
public:
    explicit TestDatabase(bool migrate = true);

    Database &database() { return *m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    // Runs one statement, failing the current test on an SQL error.
    bool exec(const QString &sql);
    // The first column of the first row.
    QVariant scalar(const QString &sql);
    qint64 authorityId(const QString &code);
    qint64 categoryId(const QString &name);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// Runs the real `bestand` executable; returns its exit code, fills stdout/stderr.
int runBestand(const QStringList &arguments, QString *standardOutput = nullptr,
               QString *standardError = nullptr, int timeoutMs = 120000);
