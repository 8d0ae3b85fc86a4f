#pragma once

#include <QObject>
#include <QString>

#include <atomic>

#include "import/importprofile.h"
#include "import/importrun.h"
#include "storage/databasesettings.h"

// Runs one import, of assets or of licences as the profile says, in a worker
// thread on its own database connection (a connection belongs to the thread that
// opened it). Move it to a QThread and invoke run(); progress and the result
// arrive as queued signals.
class Database;

class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(DatabaseSettings settings, ImportProfile profile, QString filePath, ImportOptions options);

    // Thread-safe: the import stops at the next row and rolls back.
    void cancel() { m_cancel.store(true); }

    // The import itself, on the caller's thread and connection, by the importer
    // the profile's kind names. The command line calls it directly.
    static ImportResult importFile(Database &database, const ImportProfile &profile, const QString &filePath,
                                   const ImportOptions &options);

public slots:
    void run();

signals:
    void progress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void finished(const ImportResult &result);

private:
    DatabaseSettings m_settings;
    ImportProfile m_profile;
    QString m_filePath;
    ImportOptions m_options;
    std::atomic<bool> m_cancel { false };
};
