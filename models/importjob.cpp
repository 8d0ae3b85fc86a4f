#include "assetimportjob.h"

#include "database.h"

AssetImportJob::AssetImportJob(DatabaseSettings settings, ImportProfile profile, QString filePath,
                               ImportOptions options)
    : m_settings(std::move(settings))
    , m_profile(std::move(profile))
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
{ }

void AssetImportJob::run()
{
    Database database(m_settings);
    QString error;
    if (!database.open(&error)) {
        ImportResult result;
        result.error = error;
        emit finished(result);
        return;
    }
    ImportOptions options = m_options;
    options.cancel = &m_cancel;
    options.progress = [this](const ImportProgress &progress) {
        emit this->progress(progress.bytesRead, progress.totalBytes, progress.rows);
    };
    const ImportResult result = AssetImporter(database, m_profile).run(m_filePath, options);
    emit finished(result);
}
