#include "assets/assetrepository.h"
#include "billing/billingcalculator.h"
#include "billing/billingcsvwriter.h"
#include "billing/billingratecsv.h"
#include "billing/billingraterepository.h"
#include "billing/billingrunstore.h"
#include "billing/bookvaluecalculator.h"
#include "billing/replacementplanner.h"
#include "history/historyrecorder.h"
#include "licences/licencerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// The inventory of the third quarter of 2026 (92 days: July 31, August 31,
// September 30) and what each authority owes for it, worked out by hand below.
// Rates per month: PC 30,00 € until 31 July and 33,00 € from 1 August; notebook
// 45,00 €, for the district (LUP) 40,00 € from 1 September; printer 10,01 €;
// monitors have no rate; the Fachverfahren OK.EWO 12,50 € per seat.
class TestBilling : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void periodsParse_data();
    void periodsParse();
    void roundsHalfUpOnce_data();
    void roundsHalfUpOnce();
    void billsEveryLineAsWorkedOutByHand();
    void linesAddUpToEveryStatement();
    void billsOneAuthorityAlone();
    void keepsARunAndShowsWhatChangedWhenBilledAgain();
    void closedRunCannotChange();
    void ratesAreRecordedInTheHistory();
    void commandWritesJsonAndGermanCsv();
    void statementPdfCarriesTheTotalsInGerman();
    void ratesComeAndGoAsCsv();
    void monthsDepreciated_data();
    void monthsDepreciated();
    void bookValuesAsWorkedOutByHand();
    void replacementsDueInAPeriod();

private:
    qint64 addAsset(const QString &inventoryNo, const QString &category, AssetStatus status,
                    const QString &owner, const QString &user, const QString &createdAt);
    void recordChange(const QString &entity, qint64 id, const QString &field, const QVariant &oldValue,
                      const QVariant &newValue, const QString &at);
    void addRate(const QString &category, const QString &product, const QString &authority, const QDate &from,
                 qint64 cents);
    std::optional<BillingResult> bill(qint64 authorityId = 0, QList<BillingLine> *lines = nullptr);
    qint64 amountOf(const BillingResult &result, const QString &authority, const QString &subject,
                    std::optional<qint64> rate);

    std::unique_ptr<TestDatabase> m_test;
    const BillingPeriod m_q3 { QDate(2026, 7, 1), QDate(2026, 9, 30) };
};

void TestBilling::init()
{
    m_test = std::make_unique<TestDatabase>();
    const QString before = QStringLiteral("2026-01-10T10:00:00.000Z");
    addRate(QStringLiteral("PC"), {}, {}, QDate(2026, 1, 1), 3000);
    addRate(QStringLiteral("PC"), {}, {}, QDate(2026, 8, 1), 3300);
    addRate(QStringLiteral("Notebook"), {}, {}, QDate(2026, 1, 1), 4500);
    addRate(QStringLiteral("Notebook"), {}, QStringLiteral("LUP"), QDate(2026, 9, 1), 4000);
    addRate(QStringLiteral("Drucker"), {}, {}, QDate(2026, 1, 1), 1001);
    addRate({}, QStringLiteral("Fachverfahren OK.EWO"), {}, QDate(2026, 1, 1), 1250);

    // A1: the city's PC, in use all quarter.
    addAsset(QStringLiteral("A1"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"), {},
             before);
    // A2: the city's PC, used by the district from 15 September.
    const qint64 a2 = addAsset(QStringLiteral("A2"), QStringLiteral("PC"), AssetStatus::InUse,
                               QStringLiteral("SN"), QStringLiteral("LUP"), before);
    recordChange(QStringLiteral("asset"), a2, QStringLiteral("using_authority_id"), QVariant(),
                 m_test->authorityId(QStringLiteral("LUP")), QStringLiteral("2026-09-15T08:00:00.000Z"));
    // A3: the district's notebook, retired on 10 August.
    const qint64 a3 = addAsset(QStringLiteral("A3"), QStringLiteral("Notebook"), AssetStatus::Retired,
                               QStringLiteral("LUP"), {}, before);
    recordChange(QStringLiteral("asset"), a3, QStringLiteral("status"), QStringLiteral("in_use"),
                 QStringLiteral("retired"), QStringLiteral("2026-08-10T09:00:00.000Z"));
    // A4: the district's notebook, in use all quarter (its own rate from September).
    addAsset(QStringLiteral("A4"), QStringLiteral("Notebook"), AssetStatus::InUse, QStringLiteral("LUP"), {},
             before);
    // A5: a new PC for the city, in the inventory from 20 August.
    addAsset(QStringLiteral("A5"), QStringLiteral("PC"), AssetStatus::InUse, QStringLiteral("SN"), {},
             QStringLiteral("2026-08-20T10:00:00.000Z"));
    // A6: KSM's monitor: no rate for monitors.
    addAsset(QStringLiteral("A6"), QStringLiteral("Monitor"), AssetStatus::InUse, QStringLiteral("KSM"), {},
             before);
    // A7: in stock all quarter: not billed.
    addAsset(QStringLiteral("A7"), QStringLiteral("PC"), AssetStatus::InStock, QStringLiteral("SN"), {},
             before);
    // A8: taken from stock into use on 16 July.
    const qint64 a8 = addAsset(QStringLiteral("A8"), QStringLiteral("PC"), AssetStatus::InUse,
                               QStringLiteral("SN"), {}, before);
    recordChange(QStringLiteral("asset"), a8, QStringLiteral("status"), QStringLiteral("in_stock"),
                 QStringLiteral("in_use"), QStringLiteral("2026-07-16T11:00:00.000Z"));
    // A9: the district's printer used by the city, retired on 16 September.
    const qint64 a9 = addAsset(QStringLiteral("A9"), QStringLiteral("Drucker"), AssetStatus::Retired,
                               QStringLiteral("LUP"), QStringLiteral("SN"), before);
    recordChange(QStringLiteral("asset"), a9, QStringLiteral("status"), QStringLiteral("in_use"),
                 QStringLiteral("retired"), QStringLiteral("2026-09-16T07:00:00.000Z"));

    // L1: the district's Fachverfahren, 6 seats for itself and 4 for the city (2 until 31 July).
    LicenceRepository licences(m_test->database(), ChangeContext { QStringLiteral("test") });
    QString error;
    Licence okewo;
    okewo.product = QStringLiteral("Fachverfahren OK.EWO");
    okewo.type = LicenceType::Fachverfahren;
    okewo.metric = LicenceMetric::User;
    okewo.quantity = 10;
    okewo.validFrom = QDate(2026, 1, 1);
    okewo.ownerAuthorityId = m_test->authorityId(QStringLiteral("LUP"));
    QVERIFY2(licences.insert(okewo, &error), qPrintable(error));
    // The seats as they are now, and the history of how they came to be.
    QVERIFY(m_test->exec(QStringLiteral("INSERT INTO licence_allocation (licence_id, authority_id, seats)"
                                        " VALUES (%1, %2, 4), (%1, %3, 6)")
                             .arg(okewo.id)
                             .arg(m_test->authorityId(QStringLiteral("SN")))
                             .arg(m_test->authorityId(QStringLiteral("LUP")))));
    recordChange(QStringLiteral("licence"), okewo.id, QStringLiteral("allocation:SN"), QVariant(), 2, before);
    recordChange(QStringLiteral("licence"), okewo.id, QStringLiteral("allocation:LUP"), QVariant(), 6,
                 before);
    recordChange(QStringLiteral("licence"), okewo.id, QStringLiteral("allocation:SN"), 2, 4,
                 QStringLiteral("2026-08-01T06:00:00.000Z"));
    // L2: KSM's office licence, no rate, valid until 31 July.
    Licence office;
    office.product = QStringLiteral("Office");
    office.quantity = 5;
    office.validFrom = QDate(2025, 1, 1);
    office.validUntil = QDate(2026, 7, 31);
    office.ownerAuthorityId = m_test->authorityId(QStringLiteral("KSM"));
    QVERIFY2(licences.insert(office, &error), qPrintable(error));
    QVERIFY(m_test->exec(QStringLiteral("UPDATE licence SET created_at = '%1'").arg(before)));
}

void TestBilling::cleanup()
{
    m_test.reset();
}

qint64 TestBilling::addAsset(const QString &inventoryNo, const QString &category, AssetStatus status,
                             const QString &owner, const QString &user, const QString &createdAt)
{
    // The asset as it is now; the history below says how it got there.
    AssetRepository repository(m_test->database(), ChangeContext { QStringLiteral("test") });
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(category);
    asset.status = status;
    asset.ownerAuthorityId = m_test->authorityId(owner);
    asset.usingAuthorityId = user.isEmpty() ? 0 : m_test->authorityId(user);
    QString error;
    if (!repository.insert(asset, &error))
        qFatal("%s", qPrintable(error));
    m_test->exec(
        QStringLiteral("UPDATE asset SET created_at = '%1' WHERE id = %2").arg(createdAt).arg(asset.id));
    return asset.id;
}

void TestBilling::recordChange(const QString &entity, qint64 id, const QString &field,
                               const QVariant &oldValue, const QVariant &newValue, const QString &at)
{
    HistoryRecorder history(m_test->database());
    ChangeContext context { QStringLiteral("test") };
    context.at = at;
    QString error;
    if (!history.record(entity, id, HistoryRecorder::Action::Update, field, oldValue, newValue, context,
                        &error))
        qFatal("%s", qPrintable(error));
}

void TestBilling::addRate(const QString &category, const QString &product, const QString &authority,
                          const QDate &from, qint64 cents)
{
    BillingRate rate;
    rate.categoryId = category.isEmpty() ? 0 : m_test->categoryId(category);
    rate.licenceProduct = product;
    rate.authorityId = authority.isEmpty() ? 0 : m_test->authorityId(authority);
    rate.validFrom = from;
    rate.monthlyCents = cents;
    QString error;
    if (!BillingRateRepository(m_test->database(), ChangeContext { QStringLiteral("test") })
             .insert(rate, &error))
        qFatal("%s", qPrintable(error));
}

std::optional<BillingResult> TestBilling::bill(qint64 authorityId, QList<BillingLine> *lines)
{
    QString error;
    std::optional<BillingResult> result =
        BillingCalculator(m_test->database())
            .run(m_q3, authorityId,
                 lines
                     ? BillingCalculator::LineSink([lines](const BillingLine &line) { lines->append(line); })
                     : BillingCalculator::LineSink(),
                 &error);
    if (!result)
        qWarning("%s", qPrintable(error));
    return result;
}

qint64 TestBilling::amountOf(const BillingResult &result, const QString &authority, const QString &subject,
                             std::optional<qint64> rate)
{
    for (const BillingTotal &total : result.totals) {
        if (result.authorities.value(total.authorityId).code == authority && total.subject == subject
            && total.rateCents == rate)
            return total.amountCents;
    }
    return -1;
}

void TestBilling::periodsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("code");
    QTest::newRow("quarter") << "2026-Q3" << QDate(2026, 7, 1) << QDate(2026, 9, 30) << "2026-Q3";
    QTest::newRow("first quarter") << "2024-q1" << QDate(2024, 1, 1) << QDate(2024, 3, 31) << "2024-Q1";
    QTest::newRow("leap February") << "2028-02" << QDate(2028, 2, 1) << QDate(2028, 2, 29) << "2028-02";
    QTest::newRow("year") << "2026" << QDate(2026, 1, 1) << QDate(2026, 12, 31) << "2026";
    QTest::newRow("range") << "2026-07-01..2026-08-15" << QDate(2026, 7, 1) << QDate(2026, 8, 15)
                           << "2026-07-01..2026-08-15";
    QTest::newRow("months as range") << "2026-04-01..2026-06-30" << QDate(2026, 4, 1) << QDate(2026, 6, 30)
                                     << "2026-Q2";
    QTest::newRow("no quarter 5") << "2026-Q5" << QDate() << QDate() << "";
    QTest::newRow("backwards") << "2026-08-01..2026-07-01" << QDate() << QDate() << "";
    QTest::newRow("words") << "third quarter" << QDate() << QDate() << "";
}

void TestBilling::periodsParse()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, code);
    QString error;
    const std::optional<BillingPeriod> period = BillingPeriod::parse(text, &error);
    QCOMPARE(period.has_value(), first.isValid());
    if (!period) {
        QVERIFY(error.contains(text));
        return;
    }
    QCOMPARE(period->first, first);
    QCOMPARE(period->last, last);
    QCOMPARE(period->code(), code);
}

void TestBilling::roundsHalfUpOnce_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("rounded");
    QTest::newRow("half goes up") << qint64(10010 * 15) << qint64(300) << qint64(501); // 500,5
    QTest::newRow("below half goes down") << qint64(45) << qint64(100) << qint64(0);
    QTest::newRow("exact") << qint64(600) << qint64(3) << qint64(200);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
}

void TestBilling::roundsHalfUpOnce()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, rounded);
    QCOMPARE(BillingCalculator::roundHalfUp(numerator, denominator), rounded);
}

void TestBilling::billsEveryLineAsWorkedOutByHand()
{
    QList<BillingLine> lines;
    const std::optional<BillingResult> result = bill(0, &lines);
    QVERIFY(result);
    const auto line = [&lines](const QString &item, const QString &authority, std::optional<qint64> rate) {
        for (const BillingLine &candidate : std::as_const(lines)) {
            if (candidate.itemLabel == item && candidate.authorityCode == authority
                && candidate.rateCents == rate)
                return candidate;
        }
        return BillingLine {};
    };
    struct Expected
    {
        const char *item;
        const char *authority;
        std::optional<qint64> rate;
        int days;
        qint64 unitDays;
        qint64 cents;
        QDate first;
        QDate last;
    };
    const Expected expected[] = {
        // A1: July at 30,00; August and September at 33,00.
        { "A1", "SN", 3000, 31, 31, 3000, { 2026, 7, 1 }, { 2026, 7, 31 } },
        { "A1", "SN", 3300, 61, 61, 6600, { 2026, 8, 1 }, { 2026, 9, 30 } },
        // A2: the city until 14 September (33,00 × 14/30 = 15,40), the district from the 15th (33,00 ×
        // 16/30).
        { "A2", "SN", 3000, 31, 31, 3000, { 2026, 7, 1 }, { 2026, 7, 31 } },
        { "A2", "SN", 3300, 45, 45, 3300 + 1540, { 2026, 8, 1 }, { 2026, 9, 14 } },
        { "A2", "LUP", 3300, 16, 16, 1760, { 2026, 9, 15 }, { 2026, 9, 30 } },
        // A3: July, and 1–9 August: 45,00 + 45,00 × 9/31 = 58,0645… → 58,06.
        { "A3", "LUP", 4500, 40, 40, 5806, { 2026, 7, 1 }, { 2026, 8, 9 } },
        // A4: 45,00 for July and August, the district's 40,00 for September.
        { "A4", "LUP", 4500, 62, 62, 9000, { 2026, 7, 1 }, { 2026, 8, 31 } },
        { "A4", "LUP", 4000, 30, 30, 4000, { 2026, 9, 1 }, { 2026, 9, 30 } },
        // A5: from 20 August: 33,00 × 12/31 + 33,00 = 45,7742… → 45,77 (rounded once, not per month).
        { "A5", "SN", 3300, 42, 42, 4577, { 2026, 8, 20 }, { 2026, 9, 30 } },
        // A6: no rate for monitors: listed, nothing charged.
        { "A6", "KSM", std::nullopt, 92, 92, 0, { 2026, 7, 1 }, { 2026, 9, 30 } },
        // A8: from 16 July: 30,00 × 16/31 = 15,4839 → 15,48; then two months at 33,00.
        { "A8", "SN", 3000, 16, 16, 1548, { 2026, 7, 16 }, { 2026, 7, 31 } },
        { "A8", "SN", 3300, 61, 61, 6600, { 2026, 8, 1 }, { 2026, 9, 30 } },
        // A9: the city, until 15 September: 10,01 × 2 + 10,01 × 15/30 = 25,025 → 25,03 (half up).
        { "A9", "SN", 1001, 77, 77, 2503, { 2026, 7, 1 }, { 2026, 9, 15 } },
        // L1: the city's 2 seats in July and 4 from August: 12,50 × (2 + 4 + 4).
        { "Fachverfahren OK.EWO", "SN", 1250, 92, 2 * 31 + 4 * 61, 12500, { 2026, 7, 1 }, { 2026, 9, 30 } },
        { "Fachverfahren OK.EWO", "LUP", 1250, 92, 6 * 92, 22500, { 2026, 7, 1 }, { 2026, 9, 30 } },
        // L2: five seats for July without a rate.
        { "Office", "KSM", std::nullopt, 31, 5 * 31, 0, { 2026, 7, 1 }, { 2026, 7, 31 } },
    };
    for (const Expected &want : expected) {
        const BillingLine got = line(QLatin1String(want.item), QLatin1String(want.authority), want.rate);
        const QByteArray name =
            QByteArray(want.item) + ' ' + want.authority + ' ' + QByteArray::number(want.rate.value_or(-1));
        QVERIFY2(got.days > 0, name.constData());
        QCOMPARE(got.days, want.days);
        QCOMPARE(got.unitDays, want.unitDays);
        QCOMPARE(got.amountCents, want.cents);
        QCOMPARE(got.firstDay, want.first);
        QCOMPARE(got.lastDay, want.last);
    }
    // Nothing else: A7 stayed in stock.
    QCOMPARE(lines.size(), qsizetype(std::size(expected)));
    QCOMPARE(result->lineCount, qint64(std::size(expected)));
    QCOMPARE(result->unratedLines, qint64(2));
    // The statements: the city 75,48 + 226,17 + 25,03 + 125,00; the district 17,60 + 148,06 + 40,00 + 225,00.
    QCOMPARE(amountOf(*result, QStringLiteral("SN"), QStringLiteral("PC"), 3000), qint64(3000 + 3000 + 1548));
    QCOMPARE(amountOf(*result, QStringLiteral("SN"), QStringLiteral("PC"), 3300),
             qint64(6600 + 4840 + 4577 + 6600));
    QCOMPARE(amountOf(*result, QStringLiteral("LUP"), QStringLiteral("Notebook"), 4500), qint64(5806 + 9000));
    QCOMPARE(result->totalCentsOf(m_test->authorityId(QStringLiteral("SN"))), qint64(45168));
    QCOMPARE(result->totalCentsOf(m_test->authorityId(QStringLiteral("LUP"))), qint64(43066));
    QCOMPARE(result->totalCentsOf(m_test->authorityId(QStringLiteral("KSM"))), qint64(0));
    QCOMPARE(result->totalCents, qint64(45168 + 43066));
}

void TestBilling::linesAddUpToEveryStatement()
{
    QList<BillingLine> lines;
    const std::optional<BillingResult> result = bill(0, &lines);
    QVERIFY(result);
    QHash<qint64, qint64> byAuthority;
    qint64 all = 0;
    for (const BillingLine &line : std::as_const(lines)) {
        byAuthority[line.authorityId] += line.amountCents;
        all += line.amountCents;
    }
    for (const qint64 authority : result->billedAuthorities())
        QCOMPARE(result->totalCentsOf(authority), byAuthority.value(authority));
    qint64 totals = 0;
    for (const BillingTotal &total : result->totals)
        totals += total.amountCents;
    QCOMPARE(totals, all);
    QCOMPARE(result->totalCents, all);
}

void TestBilling::billsOneAuthorityAlone()
{
    const qint64 lup = m_test->authorityId(QStringLiteral("LUP"));
    QList<BillingLine> lines;
    const std::optional<BillingResult> result = bill(lup, &lines);
    QVERIFY(result);
    QCOMPARE(result->totalCents, qint64(43066));
    QCOMPARE(result->billedAuthorities(), QList<qint64> { lup });
    QVERIFY(std::all_of(lines.cbegin(), lines.cend(),
                        [lup](const BillingLine &line) { return line.authorityId == lup; }));
    // A2 moved to the district: its second half is among the district's lines.
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                        [](const BillingLine &line) { return line.itemLabel == QLatin1String("A2"); }));
}

void TestBilling::keepsARunAndShowsWhatChangedWhenBilledAgain()
{
    BillingRunStore store(m_test->database(), ChangeContext { QStringLiteral("anna") });
    QString error;
    const std::optional<BillingResult> first = bill();
    QVERIFY(first);
    const std::optional<StoredBillingRun> saved = store.saveOpen(*first, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->runBy, QStringLiteral("anna"));

    // A late correction: monitors get a rate of 5,00 € from July.
    addRate(QStringLiteral("Monitor"), {}, {}, QDate(2026, 7, 1), 500);
    const std::optional<BillingResult> second = bill();
    QVERIFY(second);
    const std::optional<std::optional<StoredBillingRun>> kept = store.find(m_q3, 0, &error);
    QVERIFY(kept && *kept);
    QCOMPARE((*kept)->totalCents, first->totalCents);
    const QList<BillingTotalChange> changes = BillingRunStore::changes((*kept)->totals, second->totals);
    // The unrated monitor line is gone, a rated one is new: 3 months × 5,00.
    QCOMPARE(changes.size(), 2);
    qint64 delta = 0;
    for (const BillingTotalChange &change : changes)
        delta += change.after.amountCents - change.before.amountCents;
    QCOMPARE(delta, qint64(1500));
    QCOMPARE(second->totalCents, first->totalCents + 1500);

    const std::optional<StoredBillingRun> replaced = store.saveOpen(*second, &error);
    QVERIFY2(replaced, qPrintable(error));
    QCOMPARE(replaced->id, saved->id);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM billing_run")).toInt(), 1);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT total_cents FROM billing_run")).toLongLong(),
             second->totalCents);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM billing_run_total")).toLongLong(),
             second->totalCents);
}

void TestBilling::closedRunCannotChange()
{
    BillingRunStore store(m_test->database(), ChangeContext { QStringLiteral("anna") });
    QString error;
    const std::optional<BillingResult> result = bill();
    QVERIFY(result);
    const std::optional<StoredBillingRun> run = store.saveOpen(*result, &error);
    QVERIFY2(run, qPrintable(error));
    QVERIFY2(store.close(run->id, &error), qPrintable(error));
    QVERIFY(!store.close(run->id, &error));

    // Not even raw SQL changes a closed run: the database refuses.
    QSqlQuery sql(m_test->database().connection());
    QVERIFY(!sql.exec(QStringLiteral("UPDATE billing_run SET total_cents = 1")));
    QVERIFY(!sql.exec(QStringLiteral("UPDATE billing_run_total SET amount_cents = 1")));
    QVERIFY(!sql.exec(QStringLiteral("DELETE FROM billing_run_total")));
    QVERIFY(!sql.exec(QStringLiteral("DELETE FROM billing_run")));
    QVERIFY(!sql.exec(
        QStringLiteral("INSERT INTO billing_run_total (run_id, authority_id, kind, subject, line_count,"
                       " unit_days, amount_cents) VALUES (%1, 1, 'device', 'PC', 1, 1, 1)")
            .arg(run->id)));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT SUM(amount_cents) FROM billing_run_total")).toLongLong(),
             result->totalCents);
    // Billing the period again is refused; so is a month of it, and a rate that would change it.
    QVERIFY(!store.saveOpen(*result, &error));
    QVERIFY(error.contains(QStringLiteral("closed")));
    const std::optional<std::optional<StoredBillingRun>> overlap =
        store.closedOverlap(*BillingPeriod::parse(QStringLiteral("2026-09"), &error), 0, &error);
    QVERIFY(overlap && *overlap);
    QCOMPARE((*overlap)->id, run->id);
    const std::optional<std::optional<StoredBillingRun>> after =
        store.closedOverlap(*BillingPeriod::parse(QStringLiteral("2026-10"), &error), 0, &error);
    QVERIFY(after && !*after);
    BillingRate late;
    late.categoryId = m_test->categoryId(QStringLiteral("Monitor"));
    late.validFrom = QDate(2026, 9, 1);
    late.monthlyCents = 500;
    BillingRateRepository rates(m_test->database(), ChangeContext { QStringLiteral("anna") });
    QVERIFY(!rates.insert(late, &error));
    QVERIFY(error.contains(QStringLiteral("closed")));
    late.validFrom = QDate(2026, 10, 1);
    QVERIFY2(rates.insert(late, &error), qPrintable(error));
    // The closing is in the history, with who closed it.
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT changed_by FROM history WHERE entity = 'billing_run'"
                                         " AND field = 'status' AND new_value = 'closed'"))
                 .toString(),
             QStringLiteral("anna"));
}

void TestBilling::ratesAreRecordedInTheHistory()
{
    BillingRateRepository rates(m_test->database(), ChangeContext { QStringLiteral("bernd") });
    QString error;
    std::optional<QList<BillingRate>> all = rates.all(&error);
    QVERIFY(all);
    QCOMPARE(all->size(), 6);
    BillingRate printer = *std::find_if(all->cbegin(), all->cend(),
                                        [](const BillingRate &rate) { return rate.monthlyCents == 1001; });
    printer.monthlyCents = 1100;
    QVERIFY2(rates.update(printer, &error), qPrintable(error));
    QSqlQuery history(m_test->database().connection());
    QVERIFY(
        history.exec(QStringLiteral("SELECT old_value, new_value, changed_by FROM history"
                                    " WHERE entity = 'billing_rate' AND action = 'update' AND entity_id = %1")
                         .arg(printer.id)));
    QVERIFY(history.next());
    QCOMPARE(history.value(0).toString(), QStringLiteral("1001"));
    QCOMPARE(history.value(1).toString(), QStringLiteral("1100"));
    QCOMPARE(history.value(2).toString(), QStringLiteral("bernd"));
    // A second save from the old version is refused, not silently applied.
    printer.rowVersion -= 1;
    printer.monthlyCents = 1200;
    QVERIFY(!rates.update(printer, &error));
    QVERIFY(error.contains(QStringLiteral("someone else")));
    // Two rates for the same subject and day cannot both hold.
    BillingRate twin = printer;
    twin.id = 0;
    QVERIFY(!rates.insert(twin, &error));
}

void TestBilling::commandWritesJsonAndGermanCsv()
{
    const QString csvPath = m_test->folder() + QStringLiteral("/abrechnung.csv");
    QString out;
    QString err;
    QCOMPARE(runBestand({ QStringLiteral("billing"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--period"), QStringLiteral("2026-Q3"), QStringLiteral("--csv"),
                          csvPath, QStringLiteral("--lines"), QStringLiteral("--json") },
                        &out, &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("total_cents")).toInteger(), qint64(88234));
    QCOMPARE(json.value(QStringLiteral("unrated_lines")).toInteger(), qint64(2));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    qint64 sum = 0;
    for (const QJsonValue &authority : json.value(QStringLiteral("authorities")).toArray())
        sum += authority.toObject().value(QStringLiteral("total_cents")).toInteger();
    QCOMPARE(sum, qint64(88234));

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 16);
    QVERIFY(
        rows.contains(QStringLiteral("2026-Q3;LUP;device;PC;A2;;15.09.2026;30.09.2026;16;16;33,00;17,60")));

    // Closing: the run is final, and billing it again shows the kept run unchanged.
    QCOMPARE(runBestand({ QStringLiteral("billing"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--period"), QStringLiteral("2026-Q3"), QStringLiteral("--close") },
                        &out, &err),
             0);
    QCOMPARE(runBestand({ QStringLiteral("billing"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--period"), QStringLiteral("2026-Q3"), QStringLiteral("--json") },
                        &out, &err),
             0);
    const QJsonObject closed = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(closed.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(closed.value(QStringLiteral("total_cents")).toInteger(), qint64(88234));
    // A month of the closed quarter would be billed twice: refused with the reason.
    QCOMPARE(runBestand({ QStringLiteral("billing"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--period"), QStringLiteral("2026-09") },
                        &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("2026-Q3")), qPrintable(err));
}

void TestBilling::statementPdfCarriesTheTotalsInGerman()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdfPath = m_test->folder() + QStringLiteral("/abrechnung.pdf");
    const QByteArray language = qgetenv("LANGUAGE");
    const QByteArray all = qgetenv("LC_ALL");
    qputenv("LANGUAGE", "de");
    qputenv("LC_ALL", "de_DE.UTF-8");
    QString out;
    QString err;
    const int exitCode = runBestand({ QStringLiteral("billing"), QStringLiteral("--db"), m_test->path(),
                                      QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                                      QStringLiteral("--pdf"), pdfPath, QStringLiteral("--lines") },
                                    &out, &err);
    qputenv("LANGUAGE", language);
    qputenv("LC_ALL", all);
    QVERIFY2(exitCode == 0, qPrintable(err));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Leistungsnachweis 3. Quartal 2026")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("Landeshauptstadt Schwerin (SN)")));
    QVERIFY(text.contains(QStringLiteral("Landkreis Ludwigslust-Parchim (LUP)")));
    // The statements' totals, and an item line of each: A2's half for the district.
    QVERIFY(text.contains(QStringLiteral("Summe 451,68 €")));
    QVERIFY(text.contains(QStringLiteral("Summe 430,66 €")));
    QVERIFY2(text.contains(QStringLiteral("A2 PC 15.09.2026 30.09.2026 16 33,00 € 17,60 €")),
             qPrintable(text.mid(text.indexOf(QStringLiteral("A2 PC 15")) - 40, 200)));
    QVERIFY(text.contains(QStringLiteral("ohne Satz")));
}

void TestBilling::ratesComeAndGoAsCsv()
{
    QString error;
    const QString exported = m_test->folder() + QStringLiteral("/tarife.csv");
    QVERIFY2(BillingRateCsv::exportTo(m_test->database(), exported, &error), qPrintable(error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    QVERIFY(text.contains(QStringLiteral("Notebook;;LUP;01.09.2026;40,00;")));
    QVERIFY(text.contains(QStringLiteral(";Fachverfahren OK.EWO;;01.01.2026;12,50;")));
    file.close();

    // The same list read back changes nothing.
    BillingRateCsv::ImportResult same = BillingRateCsv::importFrom(m_test->database(), exported, {}, false);
    QVERIFY2(same.ok, qPrintable(same.error));
    QCOMPARE(same.rows, 6);
    QCOMPARE(same.unchanged, 6);

    const QString edited = m_test->folder() + QStringLiteral("/neu.csv");
    QFile out(edited);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("category;licence_product;authority;valid_from;monthly_eur;note\r\n"
              "PC;;;01.01.2026;30,00;\r\n" // line 2: unchanged
              "Drucker;;;01.01.2026;11,00;teurer\r\n" // line 3: updated
              "Monitor;;SN;2026-10-01;4,50;\r\n" // line 4: created
              "Kaffeemaschine;;;01.01.2026;1,00;\r\n" // line 5: no such category
              "Server;;;im Herbst;99,00;\r\n" // line 6: no date
              "Server;Office;;01.01.2026;99,00;\r\n"); // line 7: both subjects
    out.close();
    const qint64 before = m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM billing_rate")).toLongLong();
    BillingRateCsv::ImportResult dry = BillingRateCsv::importFrom(m_test->database(), edited, {}, true);
    QVERIFY2(dry.ok, qPrintable(dry.error));
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM billing_rate")).toLongLong(), before);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral(
                     "SELECT monthly_cents FROM billing_rate WHERE monthly_cents IN (1001, 1100)"))
                 .toLongLong(),
             qint64(1001));

    BillingRateCsv::ImportResult result = BillingRateCsv::importFrom(
        m_test->database(), edited, ChangeContext { QStringLiteral("finanz") }, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 6);
    QCOMPARE(result.unchanged, 1);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.created, 1);
    QCOMPARE(result.rejected.size(), 3);
    QCOMPARE(result.rows, result.created + result.updated + result.unchanged + result.rejected.size());
    QCOMPARE(result.rejected.at(0).line, 5);
    QCOMPARE(result.rejected.at(0).column, QStringLiteral("category"));
    QVERIFY(result.rejected.at(0).reason.contains(QStringLiteral("Kaffeemaschine")));
    QCOMPARE(result.rejected.at(1).line, 6);
    QCOMPARE(result.rejected.at(1).column, QStringLiteral("valid_from"));
    QCOMPARE(result.rejected.at(2).line, 7);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM billing_rate")).toLongLong(), before + 1);
    QCOMPARE(m_test
                 ->scalar(QStringLiteral("SELECT changed_by FROM history WHERE entity = 'billing_rate'"
                                         " AND field = 'monthly_cents' AND new_value = '1100'"))
                 .toString(),
             QStringLiteral("finanz"));
}

void TestBilling::monthsDepreciated_data()
{
    QTest::addColumn<QDate>("purchased");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("months");
    QTest::newRow("the month of purchase counts in full") << QDate(2026, 3, 15) << QDate(2026, 3, 31) << 1;
    QTest::newRow("bought mid-March, at the year's end") << QDate(2026, 3, 15) << QDate(2026, 12, 31) << 10;
    QTest::newRow("across a year") << QDate(2025, 11, 30) << QDate(2026, 2, 1) << 4;
    QTest::newRow("past its useful life") << QDate(2020, 1, 10) << QDate(2026, 12, 31) << 36;
    QTest::newRow("not yet bought") << QDate(2027, 1, 5) << QDate(2026, 12, 31) << 0;
}

void TestBilling::monthsDepreciated()
{
    QFETCH(QDate, purchased);
    QFETCH(QDate, date);
    QFETCH(int, months);
    QCOMPARE(BookValueCalculator::monthsDepreciated(purchased, date, 36), months);
}

void TestBilling::bookValuesAsWorkedOutByHand()
{
    AssetRepository repository(m_test->database(), ChangeContext { QStringLiteral("test") });
    const auto add = [&](const QString &number, const QString &category, const QDate &bought, qint64 cents,
                         AssetStatus status) {
        Asset asset;
        asset.inventoryNo = number;
        asset.categoryId = m_test->categoryId(category);
        asset.status = status;
        asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("LUP"));
        asset.purchaseDate = bought;
        asset.purchasePriceCents = cents;
        QString error;
        QVERIFY2(repository.insert(asset, &error), qPrintable(error));
    };
    // PCs are written off over 36 months (the AfA table's 3 years); 800,00 € is the low-value threshold.
    add(QStringLiteral("B1"), QStringLiteral("PC"), QDate(2026, 3, 15), 120000, AssetStatus::InUse);
    add(QStringLiteral("B2"), QStringLiteral("PC"), QDate(2020, 1, 10), 90000, AssetStatus::InUse);
    add(QStringLiteral("B3"), QStringLiteral("Notebook"), QDate(2026, 6, 1), 50000, AssetStatus::InUse);
    add(QStringLiteral("B4"), QStringLiteral("PC"), QDate(2027, 1, 5), 100000, AssetStatus::InStock);
    add(QStringLiteral("B5"), QStringLiteral("PC"), QDate(2025, 5, 1), 100000, AssetStatus::Retired);
    QString error;
    const std::optional<BookValueCalculator::Report> report =
        BookValueCalculator(m_test->database())
            .run(QDate(2026, 12, 31), m_test->authorityId(QStringLiteral("LUP")), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->lowValueThresholdCents, qint64(80000));
    // B1: 10 months (March to December) of 1.200,00 / 36 = 333,33 → 333,33 written off, 866,67 left.
    // B2: fully written off. B4 is bought after the date, B5 retired.
    QCOMPARE(report->depreciated.size(), 1);
    const BookValueCalculator::Group pcs = report->depreciated.first();
    QCOMPARE(pcs.category, QStringLiteral("PC"));
    QCOMPARE(pcs.count, 2);
    QCOMPARE(pcs.acquisitionCents, qint64(210000));
    QCOMPARE(pcs.depreciationCents, qint64(33333 + 90000));
    QCOMPARE(pcs.bookCents, qint64(86667));
    // B3 is a low-value asset: written off at purchase, listed apart.
    QCOMPARE(report->lowValue.size(), 1);
    QCOMPARE(report->lowValue.first().category, QStringLiteral("Notebook"));
    QCOMPARE(report->lowValue.first().acquisitionCents, qint64(50000));
    QCOMPARE(report->lowValue.first().bookCents, qint64(0));
    QCOMPARE(report->bookCents, qint64(86667));
    // A4 (a district notebook without a price) is counted, not silently left out; A3 and A9 are retired.
    QCOMPARE(report->withoutValue, 1);

    QString out;
    QCOMPARE(runBestand({ QStringLiteral("report"), QStringLiteral("book-values"), QStringLiteral("--db"),
                          m_test->path(), QStringLiteral("--date"), QStringLiteral("2026-12-31"),
                          QStringLiteral("--authority"), QStringLiteral("LUP"), QStringLiteral("--json") },
                        &out),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("book_value_cents")).toInteger(), qint64(86667));
    QCOMPARE(json.value(QStringLiteral("low_value")).toArray().size(), 1);
}

void TestBilling::replacementsDueInAPeriod()
{
    AssetRepository repository(m_test->database(), ChangeContext { QStringLiteral("test") });
    const auto add = [&](const QString &number, const QDate &bought, const QDate &warranty,
                         AssetStatus status) {
        Asset asset;
        asset.inventoryNo = number;
        asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
        asset.status = status;
        asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
        asset.purchaseDate = bought;
        asset.purchasePriceCents = 100000;
        asset.warrantyEnd = warranty;
        QString error;
        QVERIFY2(repository.insert(asset, &error), qPrintable(error));
    };
    // 36 months from March 2026: written off through February 2029.
    add(QStringLiteral("R1"), QDate(2026, 3, 15), QDate(2028, 3, 14), AssetStatus::InUse);
    // Useful life ends in 2028 and the warranty in 2029: due in 2029 for its warranty only.
    add(QStringLiteral("R2"), QDate(2025, 7, 1), QDate(2029, 6, 30), AssetStatus::InStock);
    // Both in 2029: one device, under both reasons.
    add(QStringLiteral("R3"), QDate(2026, 12, 31), QDate(2029, 12, 31), AssetStatus::InUse);
    // Retired: not to be replaced.
    add(QStringLiteral("R4"), QDate(2026, 5, 1), QDate(), AssetStatus::Retired);
    QCOMPARE(ReplacementPlanner::endOfUsefulLife(QDate(2026, 3, 15), 36), QDate(2029, 2, 28));
    QString error;
    const std::optional<QList<ReplacementPlanner::Group>> groups =
        ReplacementPlanner(m_test->database())
            .run(*BillingPeriod::parse(QStringLiteral("2029"), &error),
                 m_test->authorityId(QStringLiteral("SN")), &error);
    QVERIFY2(groups, qPrintable(error));
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().category, QStringLiteral("PC"));
    QCOMPARE(groups->first().count, 3);
    QCOMPARE(groups->first().endOfLife, 2); // R1, R3
    QCOMPARE(groups->first().endOfWarranty, 2); // R2, R3
    QCOMPARE(groups->first().originalCents, qint64(300000));
}

QTEST_MAIN(TestBilling)
#include "tst_billing.moc"
