// bestand-audit-bench: fills a fresh database with N assets in rooms, creates an
// audit over all of them and measures what a technician waits for: one scan with
// its counters and the current room's open count (target < 20 ms), the open list
// by room, and closing. Prints one JSON object (milliseconds).

#include "audits/auditservice.h"
#include "schema/schemamigrator.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/walcheckpointer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

bool fill(Database &database, int assets, int rooms, QString *error)
{
    QSqlDatabase &db = database.connection();
    Sql::Transaction transaction(db);
    QSqlQuery site(db), room(db), asset(db);
    if (!Sql::prepare(site, QStringLiteral("INSERT INTO site (id, name) VALUES (?, ?)"), error)
        || !Sql::prepare(room, QStringLiteral("INSERT INTO room (id, site_id, name) VALUES (?, ?, ?)"), error)
        || !Sql::prepare(
            asset,
            QStringLiteral("INSERT INTO asset (inventory_no, category_id, serial_no, owner_authority_id, "
                           "site_id, room_id, created_at, updated_at) VALUES (?, 1, ?, 1, ?, ?, ?, ?)"),
            error))
        return false;
    const int roomsPerSite = 100;
    for (int s = 1; s <= (rooms + roomsPerSite - 1) / roomsPerSite; ++s) {
        site.bindValue(0, s);
        site.bindValue(1, QStringLiteral("Standort %1").arg(s));
        if (!Sql::exec(site, error))
            return false;
    }
    for (int r = 1; r <= rooms; ++r) {
        room.bindValue(0, r);
        room.bindValue(1, (r - 1) / roomsPerSite + 1);
        room.bindValue(2, QStringLiteral("Raum %1").arg(r));
        if (!Sql::exec(room, error))
            return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 1; i <= assets; ++i) {
        const int r = (i % rooms) + 1;
        asset.bindValue(0, QStringLiteral("B-%1").arg(i, 7, 10, QLatin1Char('0')));
        asset.bindValue(1, QStringLiteral("S%1").arg(i, 7, 10, QLatin1Char('0')));
        asset.bindValue(2, (r - 1) / roomsPerSite + 1);
        asset.bindValue(3, r);
        asset.bindValue(4, now);
        asset.bindValue(5, now);
        if (!Sql::exec(asset, error))
            return false;
    }
    return transaction.commit(error);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures inventory audits over many expected items."));
    parser.addHelpOption();
    const QCommandLineOption assetsOption(QStringLiteral("assets"),
                                          QStringLiteral("Expected assets (100000)."), QStringLiteral("N"),
                                          QStringLiteral("100000"));
    const QCommandLineOption roomsOption(QStringLiteral("rooms"), QStringLiteral("Rooms (2000)."),
                                         QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption scansOption(QStringLiteral("scans"), QStringLiteral("Scans to time (2000)."),
                                         QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption closeOption(QStringLiteral("close"),
                                         QStringLiteral("Also time closing the audit."));
    const QCommandLineOption checkpointOption(
        QStringLiteral("background-checkpoint"),
        QStringLiteral("Checkpoint the log in a background thread (WalCheckpointer), as the screen does."));
    const QCommandLineOption intervalOption(
        QStringLiteral("checkpoint-interval"),
        QStringLiteral("Milliseconds between background checkpoints (250)."), QStringLiteral("MS"),
        QStringLiteral("250"));
    parser.addOptions(
        { assetsOption, roomsOption, scansOption, closeOption, checkpointOption, intervalOption });
    parser.process(application);
    const int assets = parser.value(assetsOption).toInt();
    const int rooms = qMax(1, parser.value(roomsOption).toInt());
    const int scans = parser.value(scansOption).toInt();

    QTemporaryDir dir;
    Database database(DatabaseSettings::sqliteFile(dir.filePath(QStringLiteral("bench.sqlite"))));
    QString error;
    if (!database.open(&error) || !SchemaMigrator(database).migrate().ok()
        || !fill(database, assets, rooms, &error)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }

    AuditService service(database, { QStringLiteral("bench"), 0 });
    QElapsedTimer timer;
    timer.start();
    const std::optional<qint64> auditId = service.create(QStringLiteral("Bench"), {}, {}, {}, &error);
    const double createMs = double(timer.nsecsElapsed()) / 1e6;
    if (!auditId) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(error));
        return 1;
    }

    // A technician's mix: mostly in place, some moved, a few unknown codes and repeats,
    // by inventory number or serial. Each timed step is what the screen does per scan.
    WalCheckpointer checkpointer(database, qMax(1, parser.value(intervalOption).toInt()));
    if (parser.isSet(checkpointOption) && !checkpointer.start(&error)) {
        std::fprintf(stderr, "checkpointer failed: %s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator random(42);
    QList<double> scanMs;
    QList<double> roomCountMs;
    int outcomes[6] = {};
    QList<qint64> movedAssets;
    for (int i = 0; i < scans; ++i) {
        const int pick = random.bounded(100);
        const int n = 1 + random.bounded(assets);
        const int expectedRoom = (n % rooms) + 1;
        AuditScan scan;
        scan.roomId = expectedRoom;
        if (pick < 60)
            scan.code = QStringLiteral("B-%1").arg(n, 7, 10, QLatin1Char('0'));
        else if (pick < 75)
            scan.code = QStringLiteral("s%1").arg(n, 7, 10, QLatin1Char('0'));
        else if (pick < 90) {
            scan.code = QStringLiteral("B-%1").arg(n, 7, 10, QLatin1Char('0'));
            scan.roomId = (expectedRoom % rooms) + 1;
        } else if (pick < 95)
            scan.code = QStringLiteral("UNBEKANNT-%1").arg(i);
        else
            scan.code = QStringLiteral("B-0000001");
        timer.restart();
        const std::optional<AuditScanResult> result = service.recordScan(*auditId, scan, &error);
        scanMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!result) {
            std::fprintf(stderr, "scan failed: %s\n", qPrintable(error));
            return 1;
        }
        ++outcomes[int(result->outcome)];
        if (result->outcome == AuditScanResult::Outcome::Moved)
            movedAssets.append(result->assetId);
        timer.restart();
        service.openCountInRoom(*auditId, result->expectedRoomId, &error);
        roomCountMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const int checkpoints = checkpointer.checkpoints();
    checkpointer.stop();
    // Every other move is accepted, so closing writes rooms too (untimed, after the scans).
    for (qsizetype i = 0; i < movedAssets.size(); i += 2)
        service.acceptMove(*auditId, movedAssets.at(i), true, &error);
    QList<double> totalMs;
    for (int i = 0; i < scanMs.size(); ++i)
        totalMs.append(scanMs.at(i) + roomCountMs.at(i));

    timer.restart();
    const QList<AuditRoomCount> byRoom = service.openCountsByRoom(*auditId, &error);
    const double byRoomMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const QList<AuditOpenItem> roomItems = service.openItems(*auditId, 1, &error);
    const double roomItemsMs = double(timer.nsecsElapsed()) / 1e6;

    QJsonObject result {
        { QStringLiteral("expected_items"), assets },
        { QStringLiteral("rooms"), rooms },
        { QStringLiteral("create_audit_ms"), createMs },
        { QStringLiteral("scans"), scans },
        { QStringLiteral("scan_median_ms"), percentile(scanMs, 0.5) },
        { QStringLiteral("scan_p95_ms"), percentile(scanMs, 0.95) },
        { QStringLiteral("scan_max_ms"), percentile(scanMs, 1.0) },
        { QStringLiteral("scan_and_room_count_median_ms"), percentile(totalMs, 0.5) },
        { QStringLiteral("scan_and_room_count_p95_ms"), percentile(totalMs, 0.95) },
        { QStringLiteral("scan_and_room_count_max_ms"), percentile(totalMs, 1.0) },
        { QStringLiteral("scan_and_room_count_over_20ms"),
          int(std::count_if(totalMs.cbegin(), totalMs.cend(), [](double ms) { return ms >= 20.0; })) },
        { QStringLiteral("found"), outcomes[int(AuditScanResult::Outcome::Found)] },
        { QStringLiteral("moved"), outcomes[int(AuditScanResult::Outcome::Moved)] },
        { QStringLiteral("unexpected"), outcomes[int(AuditScanResult::Outcome::Unexpected)] },
        { QStringLiteral("duplicate"), outcomes[int(AuditScanResult::Outcome::Duplicate)] },
        { QStringLiteral("background_checkpoints"), checkpoints },
        { QStringLiteral("open_counts_by_room_ms"), byRoomMs },
        { QStringLiteral("open_counts_by_room_rows"), int(byRoom.size()) },
        { QStringLiteral("open_items_one_room_ms"), roomItemsMs },
        { QStringLiteral("open_items_one_room_rows"), int(roomItems.size()) },
    };
    if (parser.isSet(closeOption)) {
        timer.restart();
        if (!service.close(*auditId, &error)) {
            std::fprintf(stderr, "close failed: %s\n", qPrintable(error));
            return 1;
        }
        result.insert(QStringLiteral("close_ms"), double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
