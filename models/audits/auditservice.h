#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

#include "assets/assetrepository.h"
#include "audits/audit.h"
#include "history/changecontext.h"
#include "masterdata/masterdatalookup.h"

class Database;

struct AuditScan
{
    enum class Source { Scanner, File };

    QString code;
    qint64 roomId = 0; // 0: scanned without a room; the item then counts as found where it is
    QDateTime scannedAt; // invalid: now
    Source source = Source::Scanner;
    QString fileName;
    qint64 lineNo = 0;
};

struct AuditScanResult
{
    enum class Outcome { Found, Moved, Duplicate, Unexpected, OutOfScope, Ambiguous };

    Outcome outcome = Outcome::Unexpected;
    qint64 assetId = 0;
    qint64 unexpectedId = 0; // the audit_unexpected row, for the quick capture form
    QString inventoryNo;
    qint64 expectedRoomId = 0;
    qint64 foundRoomId = 0;
    QString message; // translated, one line for the scan field's feedback
    AuditCounters counters;

    static QString outcomeCode(Outcome outcome);
};

// What a technician notes about a device nobody knew about.
struct UnexpectedCapture
{
    qint64 categoryId = 0;
    QString manufacturer;
    QString model;
    QString serialNo;
    QString note;
};

struct AuditOpenItem
{
    qint64 assetId = 0;
    QString inventoryNo;
    QString description;
    qint64 roomId = 0;
};

struct AuditRoomCount
{
    qint64 roomId = 0; // 0: assets without a room
    int open = 0;
};

// Plans, conducts and closes inventory audits (Inventur). Every change is one
// transaction; a closed audit refuses all changes. A scan costs a handful of
// indexed statements whatever the audit's size: counters live on the audit row.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    AuditService(Database &database, const ChangeContext &context = {});

    // The expected list is the assets in scope now, retired ones excluded (they are
    // no longer inventory); missing ones are included, they may turn up.
    std::optional<qint64> create(const QString &name, const AuditScope &scope, const QString &responsible,
                                 const QDate &dueDate, QString *error);
    std::optional<Audit> find(qint64 auditId, QString *error);
    QList<Audit> list(QString *error);
    bool pause(qint64 auditId, QString *error);
    bool resume(qint64 auditId, QString *error);

    // Records one scan by any identifier (inventory, legacy, serial, MAC, host name).
    // An asset of the inventory that is not in the audit's scope is kept as an
    // unexpected find with a note, and the asset is not changed on closing.
    std::optional<AuditScanResult> recordScan(qint64 auditId, const AuditScan &scan, QString *error);
    // The moved item's new room is written to the asset when the audit closes.
    bool acceptMove(qint64 auditId, qint64 assetId, bool accept, QString *error);
    bool captureUnexpected(qint64 auditId, qint64 unexpectedId, const UnexpectedCapture &capture,
                           QString *error);

    std::optional<AuditCounters> counters(qint64 auditId, QString *error);
    QList<AuditRoomCount> openCountsByRoom(qint64 auditId, QString *error);
    int openCountInRoom(qint64 auditId, qint64 roomId, QString *error);
    QList<AuditOpenItem> openItems(qint64 auditId, qint64 roomId, QString *error);

    // One transaction: found items get last_audited (and leave status missing), accepted
    // moves are applied, items not found become missing; the audit is frozen.
    bool close(qint64 auditId, QString *error);

    MasterDataLookup &lookup() { return m_lookup; }

private:
    bool prepareStatements(QString *error);
    std::optional<AuditStatus> status(qint64 auditId, QString *error);
    bool requireChangeable(qint64 auditId, bool allowPaused, QString *error);
    bool setStatus(qint64 auditId, AuditStatus from, AuditStatus to, QString *error);
    bool logScan(qint64 auditId, const AuditScan &scan, const QString &scannedAt,
                 AuditScanResult::Outcome outcome, qint64 assetId, QString *error);
    std::optional<AuditScanResult> recordUnexpected(qint64 auditId, const AuditScan &scan, const QString &key,
                                                    qint64 assetId, const QString &scannedAt, QString *error);
    bool addCounters(qint64 auditId, int found, int moved, int unexpected, QString *error);
    QString assetInventoryNo(qint64 assetId);

    Database &m_database;
    ChangeContext m_context;
    AssetRepository m_assets;
    MasterDataLookup m_lookup;
    bool m_prepared = false;
    QSqlQuery m_status;
    QSqlQuery m_item;
    QSqlQuery m_updateItem;
    QSqlQuery m_unexpected;
    QSqlQuery m_insertUnexpected;
    QSqlQuery m_insertScan;
    QSqlQuery m_addCounters;
    QSqlQuery m_counters;
    QSqlQuery m_inventoryNo;
    QSqlQuery m_openInRoom;
};
