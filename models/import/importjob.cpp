#include "import/importjob.h"

#include "import/assetimporter.h"
#include "import/licenceimporter.h"
#include "storage/database.h"

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
    emit finished(importFile(database, m_profile, m_filePath, options));
}

ImportResult ImportJob::importFile(Database &database, const ImportProfile &profile, const QString &filePath,
                                   const ImportOptions &options)
{
    // Both importers give the same guarantees (one transaction, rejects, undo).
    return profile.kind == ImportProfile::Kind::Licences
        ? LicenceImporter(database, profile).run(filePath, options)
        : AssetImporter(database, profile).run(filePath, options);
}
