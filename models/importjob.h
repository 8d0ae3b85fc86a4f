#pragma once

#include <QObject>
#include <QString>

#include <atomic>

#include "assetimporter.h"
#include "databasesettings.h"
#include "importprofile.h"

// Runs one AssetImporter in a worker thread on its own database connection (a
// connection belongs to the thread that opened it). Move it to a QThread and
// invoke run(); progress and the result arrive as queued signals.
class AssetImportJob : public QObject
{
    Q_OBJECT

public:
    AssetImportJob(DatabaseSettings settings, ImportProfile profile, QString filePath, ImportOptions options);

    // Thread-safe: the import stops at the next row and rolls back.
    void cancel() { m_cancel.store(true); }

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
