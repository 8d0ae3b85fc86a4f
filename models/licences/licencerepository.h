#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

#include "history/changecontext.h"
#include "history/historyrecorder.h"
#include "licences/licence.h"

class Database;

// Seats of a licence allotted to one using authority.
struct LicenceAllocation
{
    qint64 authorityId = 0;
    QString authorityCode;
    int seats = 0;
};

// What an assignment left behind: the seats of its authority after it, and
// whether it went past the allocation (allowed, but the user must see it).
struct SeatOutcome
{
    qint64 assignmentId = 0;
    int allocated = 0; // seats the using authority may use (-1: unlimited site licence)
    int assigned = 0; // seats it uses now, this assignment included
    bool overDeployed = false;
    QString warning; // translated, empty unless overDeployed
};

// The one way licences, their allocations and their seat assignments are
// written: atomic, with history rows (entity 'licence') in the same transaction.
// The key is stored in clear text but never written to history or shown by a
// list; revealKey() is how a person sees it, and each call is recorded.
class LicenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(LicenceRepository)

public:
    enum class UpdateResult { Updated, Unchanged, Conflict, Failed };

    LicenceRepository(Database &database, const ChangeContext &context);

    const ChangeContext &context() const { return m_context; }
    void setImportBatch(qint64 batchId) { m_context.importBatchId = batchId; }

    std::optional<Licence> find(qint64 id, QString *error);
    // The stored licence an imported one stands for: the same key, or, for a
    // licence without a key, the same product, contract and owner. 0 when there
    // is none, nullopt when the database failed.
    std::optional<qint64> findMatching(const Licence &licence, QString *error);
    // Sets licence.id and licence.rowVersion on success.
    bool insert(Licence &licence, QString *error);
    // Writes the fields that differ from the stored row, one history row each.
    // Conflict when the stored row version is not licence.rowVersion.
    UpdateResult update(Licence &licence, QString *error);
    // Removes the licence with its allocations and assignments.
    bool remove(qint64 id, QString *error);

    // The clear-text key; records who looked at it and when (history action 'reveal').
    std::optional<QString> revealKey(qint64 licenceId, QString *error);

    QList<LicenceAllocation> allocations(qint64 licenceId, QString *error);
    // 0 seats removes the allocation. One history row per changed authority.
    bool setAllocation(qint64 licenceId, qint64 authorityId, int seats, QString *error);
    // Replaces all allocations at once: authorities missing from seatsByAuthority lose theirs.
    bool setAllocations(qint64 licenceId, const QHash<qint64, int> &seatsByAuthority, QString *error);

    // A seat on a device (per-device licences) or for a person (per-user),
    // under one using authority. Going past the allocation succeeds with
    // overDeployed set, and a warning row in the history.
    std::optional<SeatOutcome> assignToAsset(qint64 licenceId, qint64 usingAuthorityId, qint64 assetId,
                                             QString *error);
    std::optional<SeatOutcome> assignToPerson(qint64 licenceId, qint64 usingAuthorityId, qint64 personId,
                                              QString *error);
    bool unassign(qint64 assignmentId, QString *error);

    // Seats the authority may use and uses now; allocated is -1 for a site licence.
    // A licence without any allocation serves its owner with all its seats.
    bool seatUsage(qint64 licenceId, qint64 authorityId, int *allocated, int *assigned, QString *error);

private:
    bool prepareStatements(QString *error);
    bool validate(const Licence &licence, QString *error) const;
    std::optional<SeatOutcome> assign(qint64 licenceId, qint64 usingAuthorityId, qint64 assetId,
                                      qint64 personId, QString *error);
    QString authorityCode(qint64 authorityId, QString *error);
    // Sets one authority's seats of an existing licence, inside the caller's transaction.
    bool writeAllocation(qint64 licenceId, qint64 authorityId, const QString &authorityCode, int seats,
                         QString *error);
    QString assignmentText(qint64 usingAuthorityId, qint64 assetId, qint64 personId, QString *error);

    Database &m_database;
    ChangeContext m_context;
    HistoryRecorder m_history;
    bool m_prepared = false;
    QSqlQuery m_insert;
    QSqlQuery m_select;
    QSqlQuery m_insertAssignment;
    QSqlQuery m_countAssigned;
    QSqlQuery m_allocationOf;
    QSqlQuery m_authorityCode;
    QSqlQuery m_allocations;
    QSqlQuery m_allocationSeats;
    QSqlQuery m_insertAllocation;
    QSqlQuery m_updateAllocation;
    QSqlQuery m_deleteAllocation;
    QSqlQuery m_findByKey;
    QSqlQuery m_findByContract;
    QSqlQuery m_delete;
};
