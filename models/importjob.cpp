#include "importjob.h"

#include "assetimporter.h"
#include "database.h"
#include "licenceimporter.h"

ImportJob::ImportJob(DatabaseSettings settings, ImportProfile profile, QString filePath,
                     ImportOptions options)
    : m_settings(std::move(settings))
    , m_profile(std::move(profile))
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
{ }

void ImportJob::run()
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
    const ImportResult result = m_profile.kind == ImportProfile::Kind::Licences
        ? LicenceImporter(database, m_profile).run(m_filePath, options)
        : AssetImporter(database, m_profile).run(m_filePath, options);
    emit finished(result);
}
