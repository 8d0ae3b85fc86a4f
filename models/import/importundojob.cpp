#include "import/importundojob.h"

#include "storage/database.h"

ImportUndoJob::ImportUndoJob(DatabaseSettings settings, qint64 batchId, QString user)
    : m_settings(std::move(settings))
    , m_batchId(batchId)
    , m_user(std::move(user))
{ }

void ImportUndoJob::run()
{
    Database database(m_settings);
    ImportUndo::Result result;
    if (!database.open(&result.error)) {
        emit finished(result);
        return;
    }
    emit finished(ImportUndo(database).undo(m_batchId, m_user));
}
