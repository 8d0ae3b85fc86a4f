#include "import/importundo.h"

#include "import/assetimportundo.h"
#include "import/importmasterdatacleanup.h"
#include "import/licenceimportundo.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

ImportUndo::ImportUndo(Database &database)
    : m_database(database)
{ }

ImportUndo::Result ImportUndo::undo(qint64 batchId, const QString &user)
{
    Result result;
    QSqlDatabase &db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = tr("Cannot start a transaction.");
        return result;
    }
    QSqlQuery query(db);
    if (!Sql::prepare(query, QStringLiteral("SELECT status, kind FROM import_batch WHERE id = ?"),
                      &result.error))
        return result;
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error))
        return result;
    if (!query.next()) {
        result.error = tr("There is no import batch %1.").arg(batchId);
        return result;
    }
    const QString status = query.value(0).toString();
    result.kind = query.value(1).toString();
    query.finish();
    if (status == QLatin1String("undone")) {
        result.error = tr("Import batch %1 was already undone.").arg(batchId);
        return result;
    }
    if (status != QLatin1String("completed")) {
        result.error = tr("Import batch %1 did not complete (%2).").arg(batchId).arg(status);
        return result;
    }

    // Where the undo's rows start in the history (shown as the undo, not the import).
    if (!Sql::prepare(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM history"), &result.error)
        || !Sql::exec(query, &result.error) || !query.next())
        return result;
    const qint64 lastHistoryId = query.value(0).toLongLong();
    query.finish();

    // The undo's history rows belong to the batch they undo: together with the
    // batch's own rows they cancel out, so an earlier batch whose items this one
    // changed can be undone next (see the changed-since checks).
    const ChangeContext context = ChangeContext { user, batchId }.resolved(m_database);
    bool undone = false;
    if (result.kind == QLatin1String("assets"))
        undone = AssetImportUndo(m_database, context).undo(batchId, result);
    else if (result.kind == QLatin1String("licences"))
        undone = LicenceImportUndo(m_database, context).undo(batchId, result);
    else
        result.error =
            tr("Import batch %1 imported %2, which cannot be undone.").arg(batchId).arg(result.kind);
    if (!undone
        || !ImportMasterDataCleanup(m_database)
                .removeUnused(batchId, &result.removedMasterData, &result.error))
        return result;

    if (!Sql::prepare(query,
                      QStringLiteral("UPDATE import_batch SET status = 'undone', undone_after_history_id = ? "
                                     "WHERE id = ?"),
                      &result.error))
        return result;
    query.addBindValue(lastHistoryId);
    query.addBindValue(batchId);
    if (!Sql::exec(query, &result.error) || !transaction.commit(&result.error))
        return result;
    result.ok = true;
    return result;
}

QString ImportUndo::summary(qint64 batchId, const Result &result)
{
    QString text = tr("Import batch %1 was undone: %2 item(s) deleted, %3 restored.")
                       .arg(batchId)
                       .arg(result.deleted)
                       .arg(result.reverted);
    if (!result.removedMasterData.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n master data row(s) it had created were removed.", nullptr,
                 int(result.removedMasterData.size()));
    return text;
}
