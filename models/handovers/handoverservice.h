#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "assets/asset.h"
#include "handovers/handover.h"
#include "history/changecontext.h"
#include "history/historyrecorder.h"

class AssetRepository;
class Database;
class QSqlQuery;

// Hands devices to a person and takes them back. Each device's person, status and
// place change through AssetRepository (so each change is in its history and a
// colleague's newer save is not overwritten), and the record is kept with a
// history row of its own, all in one transaction: a refused device leaves
// everything as it was.
class HandoverService
{
    Q_DECLARE_TR_FUNCTIONS(HandoverService)

public:
    HandoverService(Database &database, const ChangeContext &context);
    ~HandoverService();

    // Refused when a device is retired, still out with someone, or given twice.
    std::optional<Handover> checkOut(const HandoverRequest &request, QString *error);
    // Every device must be out with one and the same person; they go back in stock
    // (at the request's site and room, when given).
    std::optional<Handover> takeBack(const HandoverRequest &request, QString *error);

private:
    std::optional<Asset> load(qint64 assetId, QString *error);
    // Through the repository; a colleague's newer save refuses it with a message.
    bool save(Asset &asset, QString *error);
    bool insertRecord(Handover &record, QString *error);
    // The open checkout of the asset (its id and the holder), if it is out.
    std::optional<std::pair<qint64, qint64>> openCheckout(qint64 assetId, QString *error);

    Database &m_database;
    ChangeContext m_context;
    HistoryRecorder m_history;
    std::unique_ptr<AssetRepository> m_assets;
    std::unique_ptr<QSqlQuery> m_openCheckout;
};
