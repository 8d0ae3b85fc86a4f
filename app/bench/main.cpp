// bestand-bench: measures the asset table the way a user meets it, on a generated
// database of N assets, and prints one JSON object (medians in milliseconds).

#include "assets/assetlookup.h"
#include "assets/assettablemodel.h"
#include "benchdatagenerator.h"
#include "billing/billingcalculator.h"
#include "billing/billingraterepository.h"
#include "history/historyrecorder.h"
#include "overview/overviewquery.h"
#include "schema/schemamigrator.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

namespace {

constexpr int Runs = 7;
constexpr int TimeoutMs = 60000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double rounded(double ms)
{
    return qRound(ms * 100.0) / 100.0;
}

// Runs the event loop until done() holds, re-checking whenever the model signals.
bool waitUntil(AssetTableModel &model, const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&model, &AssetTableModel::ready, &loop, check);
    QObject::connect(&model, &AssetTableModel::rowsLoaded, &loop, check);
    QObject::connect(&model, &AssetTableModel::countsChanged, &loop, check);
    QObject::connect(&model, &AssetTableModel::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

bool firstRowShown(AssetTableModel &model)
{
    return model.isReady() && (model.rowCount() == 0 || model.isRowLoaded(0));
}

// CPU time of the whole process (GUI and worker thread): unlike wall time it does
// not grow when other programs compete for the cores.
double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

qint64 scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 idOf(Database &database, const QString &sql, const QString &value)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// 10,000 licences beside the devices (issue #16 measures with them): half of them
// pools split between the city and the district, each with seats on devices spread
// over the whole inventory, some over-deployed. Written with SQL in one transaction;
// the repository's history would only measure the generator.
bool addLicences(Database &database, int licences, qint64 seatsEach, qint64 assets, QString *error)
{
    QSqlDatabase &db = database.connection();
    const QString now = Sql::nowText();
    Sql::Transaction transaction(db);
    QSqlQuery licence(db);
    QSqlQuery allocation(db);
    QSqlQuery seat(db);
    if (!Sql::prepare(
            licence,
            QStringLiteral(
                "INSERT INTO licence (product, vendor, licence_type, metric, quantity, valid_until, "
                "owner_authority_id, created_at, updated_at) "
                "VALUES (?, ?, 'volume', 'device', ?, ?, ?, ?, ?) RETURNING id"),
            error)
        || !Sql::prepare(allocation,
                         QStringLiteral("INSERT INTO licence_allocation (licence_id, authority_id, seats) "
                                        "VALUES (?, ?, ?)"),
                         error)
        || !Sql::prepare(seat,
                         QStringLiteral("INSERT INTO licence_assignment (licence_id, using_authority_id, "
                                        "asset_id, assigned_at) VALUES (?, ?, ?, ?)"),
                         error))
        return false;
    for (int n = 1; n <= licences; ++n) {
        licence.bindValue(0, QStringLiteral("Bench product %1").arg(n));
        licence.bindValue(1, QStringLiteral("Vendor %1").arg(n % 40));
        licence.bindValue(2, int(seatsEach - 2 + n % 5));
        licence.bindValue(3, Sql::dateText(QDate(2026, 1, 1).addDays(n % 900)));
        licence.bindValue(4, 1 + n % 3);
        licence.bindValue(5, now);
        licence.bindValue(6, now);
        if (!Sql::exec(licence, error) || !licence.next())
            return false;
        const qint64 id = licence.value(0).toLongLong();
        licence.finish();
        if (n % 2 == 0) {
            for (const int authority : { 1, 2 }) {
                allocation.bindValue(0, id);
                allocation.bindValue(1, authority);
                allocation.bindValue(2, int(seatsEach / 2));
                if (!Sql::exec(allocation, error))
                    return false;
            }
        }
        for (qint64 k = 0; k < seatsEach; ++k) {
            seat.bindValue(0, id);
            seat.bindValue(1, 1 + (n + k) % 2);
            seat.bindValue(2, 1 + (n * 7919 + k * 104729) % assets);
            seat.bindValue(3, now);
            if (!Sql::exec(seat, error))
                return false;
        }
    }
    return transaction.commit(error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bestand-bench"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the asset table on a generated database."));
    parser.addHelpOption();
    const QCommandLineOption assetsOption(QStringLiteral("assets"),
                                          QStringLiteral("Number of assets (default 1000000)."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral(
            "Database file or postgresql:// URL (default: bestand-bench-N.sqlite in the temp folder)."),
        QStringLiteral("PATH"));
    parser.addOption(assetsOption);
    parser.addOption(dbOption);
    parser.process(app);
    const qint64 assets = parser.value(assetsOption).toLongLong();
    if (assets <= 0) {
        err << "--assets needs a positive number" << Qt::endl;
        return 2;
    }
    const QString path = parser.isSet(dbOption)
        ? parser.value(dbOption)
        : QDir::temp().filePath(QStringLiteral("bestand-bench-%1.sqlite").arg(assets));
    const DatabaseSettings settings = DatabaseSettings::fromArgument(path);

    auto database = std::make_unique<Database>(settings);
    QString error;
    if (!database->open(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    const SchemaMigrator::Result migrated = SchemaMigrator(*database).migrate();
    if (!migrated.ok()) {
        err << migrated.message << Qt::endl;
        return 1;
    }
    const qint64 existing = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM asset"));
    if (existing != assets) {
        if (existing != 0) {
            err << QStringLiteral("%1 holds %2 assets, not %3; remove it or choose another --db.")
                       .arg(path)
                       .arg(existing)
                       .arg(assets)
                << Qt::endl;
            return 1;
        }
        QElapsedTimer generation;
        generation.start();
        err << QStringLiteral("Generating %1 assets in %2 …").arg(assets).arg(path) << Qt::endl;
        if (!BenchDataGenerator(*database).generate(assets, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        err << QStringLiteral("Generated in %1 s.").arg(generation.elapsed() / 1000.0) << Qt::endl;
        // Measure in a fresh process: generating needs far more memory than using.
        database.reset();
        return QProcess::execute(QCoreApplication::applicationFilePath(), app.arguments().mid(1));
    }

    QJsonObject result;
    result.insert(QStringLiteral("assets"), assets);

    // Open the database and have the first page of rows.
    QList<double> openTimes;
    QHash<QString, QList<double>> cpuTimes;
    for (int run = 0; run < Runs; ++run) {
        const double cpuStart = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        AssetTableModel model(settings);
        if (!waitUntil(model, [&] { return firstRowShown(model); })) {
            err << "first page did not arrive: " << model.lastError() << Qt::endl;
            return 1;
        }
        openTimes.append(timer.nsecsElapsed() / 1e6);
        cpuTimes[QStringLiteral("open_first_page_ms")].append(processCpuMs() - cpuStart);
    }

    AssetTableModel model(settings);
    waitUntil(model, [&] { return firstRowShown(model); });
    double lastCpu = 0;
    const auto measure = [&](const std::function<void()> &action, const std::function<bool()> &done) {
        const double cpuStart = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        action();
        if (!waitUntil(model, done))
            err << "timed out: " << model.lastError() << Qt::endl;
        lastCpu = processCpuMs() - cpuStart;
        return timer.nsecsElapsed() / 1e6;
    };
    const auto shown = [&] {
        return firstRowShown(model);
    };

    QList<double> sortTimes;
    for (int run = 0; run < Runs; ++run) {
        sortTimes.append(measure(
            [&] { model.sort(AssetTableModel::Model, run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder); },
            shown));
        cpuTimes[QStringLiteral("sort_ms")].append(lastCpu);
        measure([&] { model.sort(AssetTableModel::InventoryNo); }, shown);
    }

    AssetFilter filter;
    filter.ownerAuthorityIds = { idOf(*database, QStringLiteral("SELECT id FROM authority WHERE code = ?"),
                                      QStringLiteral("LUP")) };
    filter.categoryIds = { idOf(*database, QStringLiteral("SELECT id FROM category WHERE name = ?"),
                                QStringLiteral("Notebook")) };
    QList<double> filterTimes;
    qint64 filterRows = 0;
    for (int run = 0; run < Runs; ++run) {
        filterTimes.append(measure([&] { model.setFilter(filter); }, shown));
        cpuTimes[QStringLiteral("filter_ms")].append(lastCpu);
        filterRows = model.shownCount();
        measure([&] { model.setFilter(AssetFilter()); }, shown);
    }

    // What a user types: the start of a host name or inventory number, then a word.
    const QStringList searches = { QStringLiteral("sn-0001"), QStringLiteral("lup-00023"),
                                   QStringLiteral("krüg"), QStringLiteral("optiplex 70"),
                                   QStringLiteral("sis-2003-00004") };
    // Every text three times: a median over all texts would hide a slow one. The
    // first rows can come before the count (a common word on a server): both times.
    QList<double> searchTimes;
    QJsonObject searchRows;
    QJsonObject searchTimesByText;
    QJsonObject searchCountTimesByText;
    for (const QString &text : searches) {
        QList<double> textTimes;
        QList<double> countTimes;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer counting;
            counting.start();
            textTimes.append(measure([&] { model.setSearchText(text); }, shown));
            cpuTimes[QStringLiteral("search_ms")].append(lastCpu);
            if (!waitUntil(model, [&] { return model.shownCount() >= 0; }))
                err << "search count timed out: " << model.lastError() << Qt::endl;
            countTimes.append(counting.nsecsElapsed() / 1e6);
            searchRows.insert(text, model.shownCount());
            measure([&] { model.setSearchText(QString()); }, shown);
        }
        searchTimes.append(textTimes);
        searchTimesByText.insert(text, rounded(median(textTimes)));
        searchCountTimesByText.insert(text, rounded(median(countTimes)));
    }

    // Jump to the last row under different sorts (each run starts with an empty cache).
    const int jumpSorts[] = { AssetTableModel::InventoryNo,   AssetTableModel::Model,
                              AssetTableModel::Room,          AssetTableModel::PurchasePrice,
                              AssetTableModel::Person,        AssetTableModel::LastAudited,
                              AssetTableModel::OwnerAuthority };
    QList<double> jumpTimes;
    for (int run = 0; run < Runs; ++run) {
        measure([&] { model.sort(jumpSorts[run % std::size(jumpSorts)], Qt::DescendingOrder); }, shown);
        const int last = model.rowCount() - 1;
        jumpTimes.append(
            measure([&] { model.data(model.index(last, 0)); }, [&] { return model.isRowLoaded(last); }));
        cpuTimes[QStringLiteral("jump_last_ms")].append(lastCpu);
    }
    // A page in the middle, before the anchor scan has run (OFFSET from the nearest end).
    QList<double> middleTimes;
    QJsonObject middleTimesBySort;
    for (int run = 0; run < Runs; ++run) {
        const int column = jumpSorts[run % std::size(jumpSorts)];
        measure([&] { model.sort(column, Qt::AscendingOrder); }, shown);
        const int middle = model.rowCount() / 2;
        middleTimes.append(
            measure([&] { model.data(model.index(middle, 0)); }, [&] { return model.isRowLoaded(middle); }));
        cpuTimes[QStringLiteral("jump_middle_ms")].append(lastCpu);
        middleTimesBySort.insert(model.headerData(column, Qt::Horizontal).toString(),
                                 rounded(middleTimes.last()));
    }

    AssetLookup lookup(*database);
    QList<double> scanTimes;
    for (int run = 0; run < 5 * Runs; ++run) {
        qint64 i = 3 * (1 + (run * 104729LL) % (assets / 3));
        QElapsedTimer timer;
        timer.start();
        const QList<qint64> ids = lookup.find(BenchDataGenerator::legacyNumber(i), &error);
        scanTimes.append(timer.nsecsElapsed() / 1e6);
        if (ids != QList<qint64> { i })
            err << "scan of " << BenchDataGenerator::legacyNumber(i) << " did not find asset " << i
                << Qt::endl;
    }

    // Billing the current quarter for all authorities: a rate per category (PC's
    // changing mid-quarter) and 20,000 devices moved to another authority in it.
    const QDate today = QDate::currentDate();
    const BillingPeriod quarter {
        QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1),
        QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(3).addDays(-1)
    };
    QSqlQuery rateCount(database->connection());
    if (rateCount.exec(QStringLiteral("SELECT COUNT(*) FROM billing_rate")) && rateCount.next()
        && rateCount.value(0).toInt() == 0) {
        rateCount.finish();
        BillingRateRepository rates(*database, ChangeContext { QStringLiteral("bench") });
        QSqlQuery categories(database->connection());
        categories.exec(QStringLiteral("SELECT id FROM category"));
        QList<qint64> categoryIds;
        while (categories.next())
            categoryIds.append(categories.value(0).toLongLong());
        for (const qint64 category : categoryIds) {
            BillingRate rate;
            rate.categoryId = category;
            rate.validFrom = QDate(2020, 1, 1);
            rate.monthlyCents = 1000 + 100 * category;
            rates.insert(rate, &error);
            if (category == categoryIds.first()) {
                rate.validFrom = quarter.first.addDays(45);
                rate.monthlyCents += 250;
                rates.insert(rate, &error);
            }
        }
        HistoryRecorder history(*database);
        history.startBuffering();
        Sql::Transaction moves(database->connection());
        for (qint64 k = 1; k <= 20000; ++k) {
            ChangeContext context { QStringLiteral("bench") };
            context.at =
                Sql::timestampText(quarter.first.addDays(k % 60).startOfDay().toMSecsSinceEpoch() + 43200000);
            history.record(QStringLiteral("asset"), k * (assets / 20000), HistoryRecorder::Action::Update,
                           QStringLiteral("using_authority_id"), QVariant(), QStringLiteral("2"), context,
                           &error);
        }
        history.flush(&error);
        moves.commit(&error);
    }
    QSqlQuery licenceCount(database->connection());
    if (licenceCount.exec(QStringLiteral("SELECT COUNT(*) FROM licence")) && licenceCount.next()
        && licenceCount.value(0).toInt() == 0) {
        licenceCount.finish();
        err << "Adding 10,000 licences with 20 seats each …" << Qt::endl;
        if (!addLicences(*database, 10000, 20, assets, &error))
            err << "licences: " << error << Qt::endl;
    }
    licenceCount.finish();
    std::optional<BillingResult> billing;
    QList<double> billingTimes;
    for (int run = 0; run < 3; ++run) {
        const double cpuStart = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        billing = BillingCalculator(*database).run(quarter, 0, {}, &error);
        billingTimes.append(timer.nsecsElapsed() / 1e6);
        cpuTimes[QStringLiteral("billing_quarter_ms")].append(processCpuMs() - cpuStart);
        if (!billing)
            err << "billing failed: " << error << Qt::endl;
    }
    result.insert(QStringLiteral("billing_quarter_ms"), rounded(median(billingTimes)));
    result.insert(QStringLiteral("billing_lines"), billing ? billing->lineCount : -1);
    result.insert(QStringLiteral("billing_total_cents"), billing ? billing->totalCents : -1);

    // The dashboard's queries together, as the overview window runs them (issue #16:
    // < 1 s at 1M assets).
    std::optional<OverviewFigures> overview;
    QList<double> overviewTimes;
    for (int run = 0; run < 3; ++run) {
        const double cpuStart = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        overview = OverviewQuery(*database).run(today, &error);
        overviewTimes.append(timer.nsecsElapsed() / 1e6);
        cpuTimes[QStringLiteral("overview_ms")].append(processCpuMs() - cpuStart);
        if (!overview)
            err << "overview failed: " << error << Qt::endl;
    }
    result.insert(QStringLiteral("overview_ms"), rounded(median(overviewTimes)));
    result.insert(QStringLiteral("overview_in_inventory"), overview ? overview->inInventory : -1);

    result.insert(QStringLiteral("open_first_page_ms"), rounded(median(openTimes)));
    result.insert(QStringLiteral("sort_ms"), rounded(median(sortTimes)));
    result.insert(QStringLiteral("filter_ms"), rounded(median(filterTimes)));
    result.insert(QStringLiteral("filter_rows"), filterRows);
    result.insert(QStringLiteral("search_ms"), rounded(median(searchTimes)));
    result.insert(QStringLiteral("search_rows"), searchRows);
    result.insert(QStringLiteral("search_ms_by_text"), searchTimesByText);
    result.insert(QStringLiteral("search_count_ms_by_text"), searchCountTimesByText);
    result.insert(QStringLiteral("scan_ms"), rounded(median(scanTimes)));
    result.insert(QStringLiteral("jump_last_ms"), rounded(median(jumpTimes)));
    result.insert(QStringLiteral("jump_middle_ms"), rounded(median(middleTimes)));
    result.insert(QStringLiteral("jump_middle_ms_by_sort"), middleTimesBySort);
    result.insert(QStringLiteral("peak_rss_mb"), rounded(peakRssMb()));
    QJsonObject cpu;
    for (auto it = cpuTimes.cbegin(); it != cpuTimes.cend(); ++it)
        cpu.insert(it.key(), rounded(median(it.value())));
    result.insert(QStringLiteral("cpu_ms"), cpu);
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}
