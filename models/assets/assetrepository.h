#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

#include "assets/asset.h"
#include "history/changecontext.h"
#include "history/historyrecorder.h"
#include "search/assetsearchindex.h"
#include "storage/sqlhelpers.h"

class Database;

struct LegacyIdentifier
{
    QString source;
    QString value;
};

// The one way assets are written: every insert, update and delete is atomic,
// normalises identifiers, keeps the search index current and records history.
// Prepared statements are kept, so an import reuses them for every row.
class AssetRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssetRepository)

public:
    enum class UpdateResult { Updated, Unchanged, Conflict, Failed };

    AssetRepository(Database &database, const ChangeContext &context);

    const ChangeContext &context() const { return m_context; }
    void setImportBatch(qint64 batchId) { m_context.importBatchId = batchId; }
    // During an AssetBulkLoad: the search index is rebuilt once at the end, the
    // insert writes the sort keys itself because the trigger is suspended, and
    // history rows are written in batches.
    void beginBulkLoad();
    // Writes the pending history rows.
    bool endBulkLoad(QString *error);
    // Inside a caller's transaction, write without a savepoint per call (bulk
    // imports). A failed write then makes the caller's whole transaction fail.
    void setSavepointPerWrite(bool enabled)
    {
        m_nesting = enabled ? Sql::Transaction::Nested::Savepoint : Sql::Transaction::Nested::JoinOuter;
    }

    // For a caller that looks up every row's inventory number and serial itself
    // before it writes (the importer matches rows that way): the repository then
    // does not look them up a second time. The unique indexes still guard.
    void setUniquenessCheckedByCaller(bool checked) { m_uniquenessCheckedByCaller = checked; }

    // Brings identifiers into their stored form (serial, MAC, host name, inventory number).
    static void normalise(Asset &asset);

    std::optional<Asset> find(qint64 id, QString *error);
    // Assets whose inventory number, legacy number, serial, MAC or host name equals the code.
    QList<qint64> findByIdentifier(const QString &code, QString *error);
    std::optional<qint64> findByInventoryNo(const QString &inventoryNo, QString *error);
    std::optional<qint64> findBySerial(const QString &serial, QString *error);
    std::optional<qint64> findByLegacyIdentifier(const QString &source, const QString &value, QString *error);

    // Sets asset.id and asset.rowVersion on success.
    bool insert(Asset &asset, QString *error);
    // Writes the fields that differ from the stored row, one history row each.
    // Conflict when the stored row version is not asset.rowVersion (someone else saved).
    UpdateResult update(Asset &asset, QString *error);
    bool remove(qint64 id, QString *error);

    bool addLegacyIdentifier(qint64 assetId, const LegacyIdentifier &identifier, QString *error);
    QList<LegacyIdentifier> legacyIdentifiers(qint64 assetId, QString *error);
    // A note in the asset's history, e.g. a value an import could not read.
    bool recordWarning(qint64 assetId, const QString &field, const QString &originalText,
                       const QString &message, QString *error);

private:
    bool prepareStatements(QString *error);
    bool checkUnique(const Asset &asset, QString *error);
    std::optional<qint64> lookupId(QSqlQuery &query, const QString &value, QString *error);

    Database &m_database;
    ChangeContext m_context;
    HistoryRecorder m_history;
    AssetSearchIndex m_searchIndex;
    bool m_bulkLoad = false;
    bool m_uniquenessCheckedByCaller = false;
    Sql::Transaction::Nested m_nesting = Sql::Transaction::Nested::Savepoint;
    bool m_prepared = false;
    QSqlQuery m_insert;
    QSqlQuery m_insertWithSortKeys;
    QSqlQuery m_select;
    QSqlQuery m_byInventoryNo;
    QSqlQuery m_bySerial;
    QSqlQuery m_byLegacy;
    QSqlQuery m_byIdentifier;
    QSqlQuery m_insertLegacy;
    QSqlQuery m_legacyOf;
    QSqlQuery m_delete;
};
