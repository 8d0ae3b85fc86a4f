#include "importprofile.h"
#include "importrowmapper.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

class TestImportProfile : public QObject
{
    Q_OBJECT

private slots:
    void builtInProfilesLoad_data();
    void builtInProfilesLoad();
    void unknownProfileIsAnError();
    void headersMatchTolerantly_data();
    void headersMatchTolerantly();
    void valueMapsIgnoreCase();
    void saveAndLoadUserProfile();
    void invalidProfilesAreRefused_data();
    void invalidProfilesAreRefused();
    void mapperFindsColumnsInAnyOrderAndIgnoresExtraOnes();
    void mapperReportsMissingRequiredColumn();
    void mapperSkipsRepeatedHeaderAndSumLine();
    void mapperSplitsSiteAndAddress();
    void mapperMapsRetiredMarkers_data();
    void mapperMapsRetiredMarkers();
    void strictAndLenient();
    void licenceListColumn();
};

void TestImportProfile::builtInProfilesLoad_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("source");
    QTest::newRow("sis") << QStringLiteral("sis") << int(ImportProfile::Kind::Assets)
                         << QStringLiteral("sis");
    QTest::newRow("landkreis") << QStringLiteral("landkreis") << int(ImportProfile::Kind::Assets)
                               << QStringLiteral("landkreis");
    QTest::newRow("sis-lizenzen") << QStringLiteral("sis-lizenzen") << int(ImportProfile::Kind::Licences)
                                  << QStringLiteral("sis");
}

void TestImportProfile::builtInProfilesLoad()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, source);
    QString error;
    const std::optional<ImportProfile> profile = ImportProfile::load(name, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->name, name);
    QCOMPARE(int(profile->kind), kind);
    QCOMPARE(profile->legacySource, source);
    QVERIFY(!profile->columns.isEmpty());
    QVERIFY(ImportProfile::builtInNames().contains(name));
}

void TestImportProfile::unknownProfileIsAnError()
{
    QString error;
    QVERIFY(!ImportProfile::load(QStringLiteral("no-such-profile"), &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-profile")), qPrintable(error));
}

void TestImportProfile::headersMatchTolerantly_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("punctuation") << QStringLiteral("Inv.-Nr.") << QStringLiteral("inv nr");
    QTest::newRow("case and spaces") << QStringLiteral("Garantie bis") << QStringLiteral("GARANTIEBIS");
    QTest::newRow("umlaut kept") << QStringLiteral("Gerätetyp") << QStringLiteral("gerätetyp");
    QTest::newRow("brackets") << QStringLiteral("Wert (EUR)") << QStringLiteral("wert eur");
}

void TestImportProfile::headersMatchTolerantly()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(ImportProfile::normaliseHeader(a), ImportProfile::normaliseHeader(b));
}

void TestImportProfile::valueMapsIgnoreCase()
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("sis-lizenzen"), nullptr);
    QVERIFY(profile);
    const QString authority = QStringLiteral("authority");
    QCOMPARE(profile->mapValue(authority, QStringLiteral("SIS")),
             std::optional<QString>(QStringLiteral("SN")));
    QCOMPARE(profile->mapValue(authority, QStringLiteral(" stadt schwerin ")),
             std::optional<QString>(QStringLiteral("SN")));
    QCOMPARE(profile->mapValue(authority, QStringLiteral("LK LUP")),
             std::optional<QString>(QStringLiteral("LUP")));
    QCOMPARE(profile->mapValue(authority, QStringLiteral("Landkreis Ludwigslust-Parchim")),
             std::optional<QString>(QStringLiteral("LUP")));
    QCOMPARE(profile->mapValue(authority, QStringLiteral("Hamburg")), std::nullopt);
}

void TestImportProfile::saveAndLoadUserProfile()
{
    std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("landkreis"), nullptr);
    QVERIFY(profile);
    profile->name = QStringLiteral("gemeinde-x");
    profile->fixedValues.insert(QStringLiteral("owner"), QStringLiteral("KSM"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gemeinde-x.json"));
    QString error;
    QVERIFY2(profile->save(path, &error), qPrintable(error));
    const std::optional<ImportProfile> loaded = ImportProfile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, QStringLiteral("gemeinde-x"));
    QCOMPARE(loaded->fixedValues.value(QStringLiteral("owner")), QStringLiteral("KSM"));
    QCOMPARE(loaded->columns.size(), profile->columns.size());
    const ProfileColumn *number = loaded->columnForField(QStringLiteral("legacy_no"));
    QVERIFY(number);
    QCOMPARE(number->padWidth, 7);
    QCOMPARE(number->type, ValueType::InventoryNumber);
    QCOMPARE(loaded->skipLinePatterns.size(), profile->skipLinePatterns.size());
    QCOMPARE(loaded->toJson(), profile->toJson());
}

void TestImportProfile::invalidProfilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
    QTest::newRow("no format tag") << QByteArray(R"({"name":"x","columns":[{"header":"a","field":"notes"}]})")
                                   << QStringLiteral("format");
    const QByteArray head =
        R"({"format":"bestand-import-profile","version":1,"name":"x","inventoryNumber":"{legacy_no}",)";
    QTest::newRow("unknown type") << head + R"("columns":[{"header":"a","field":"notes","type":"colour"}]})"
                                  << QStringLiteral("colour");
    QTest::newRow("unknown field") << head + R"("columns":[{"header":"a","field":"shoe_size"}]})"
                                   << QStringLiteral("shoe_size");
    QTest::newRow("undefined map") << head + R"("columns":[{"header":"a","field":"status","map":"nope"}]})"
                                   << QStringLiteral("nope");
    QTest::newRow("bad kind") << head + R"("kind":"cars","columns":[{"header":"a","field":"notes"}]})"
                              << QStringLiteral("cars");
    QTest::newRow("bad pattern") << head + R"("skipLines":["("],"columns":[{"header":"a","field":"notes"}]})"
                                 << QStringLiteral("(");
}

void TestImportProfile::invalidProfilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!ImportProfile::fromJson(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestImportProfile::mapperFindsColumnsInAnyOrderAndIgnoresExtraOnes()
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("landkreis"), nullptr);
    QVERIFY(profile);
    ImportRowMapper mapper(*profile, false);
    const QStringList header = { QStringLiteral("Import problem"), QStringLiteral("ser nr"),
                                 QStringLiteral("INV NR") };
    QString error;
    QVERIFY2(mapper.setHeader(header, &error), qPrintable(error));
    const MappedRow row =
        mapper.map({ QStringLiteral("line 3: whatever"), QStringLiteral("abc 123"), QStringLiteral("42") });
    QVERIFY(row.errors.isEmpty());
    QCOMPARE(row.text(QStringLiteral("legacy_no")), QStringLiteral("0000042"));
    QCOMPARE(row.text(QStringLiteral("serial_no")), QStringLiteral("ABC123"));
    QCOMPARE(row.text(QStringLiteral("owner")), QStringLiteral("LUP")); // fixed value
    QCOMPARE(row.warnings.size(), 1); // leading zeros restored
    QCOMPARE(row.warnings.first().column, QStringLiteral("INV NR"));
    QCOMPARE(row.warnings.first().rawText, QStringLiteral("42"));
}

void TestImportProfile::mapperReportsMissingRequiredColumn()
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("sis"), nullptr);
    QVERIFY(profile);
    ImportRowMapper mapper(*profile, false);
    QString error;
    QVERIFY(!mapper.setHeader({ QStringLiteral("Hersteller"), QStringLiteral("Modell") }, &error));
    QVERIFY2(error.contains(QStringLiteral("Inventar-Nr")), qPrintable(error));
}

void TestImportProfile::mapperSkipsRepeatedHeaderAndSumLine()
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("landkreis"), nullptr);
    QVERIFY(profile);
    ImportRowMapper mapper(*profile, false);
    const QStringList header = { QStringLiteral("lfd. Nr."), QStringLiteral("Inv.-Nr."),
                                 QStringLiteral("Anschaffung"), QStringLiteral("Wert (EUR)") };
    QVERIFY(mapper.setHeader(header, nullptr));
    QVERIFY(mapper.isRepeatedHeader(header));
    QVERIFY(
        !mapper.isRepeatedHeader({ QStringLiteral("1"), QStringLiteral("0000001"), QString(), QString() }));
    QVERIFY(mapper.isSkipLine({ QString(), QString(), QStringLiteral("Summe"), QStringLiteral("12345,67") }));
    QVERIFY(!mapper.isSkipLine({ QStringLiteral("1"), QStringLiteral("Summe"), QString(), QString() }));
}

void TestImportProfile::mapperSplitsSiteAndAddress()
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("sis"), nullptr);
    QVERIFY(profile);
    ImportRowMapper mapper(*profile, false);
    QVERIFY(mapper.setHeader(
        { QStringLiteral("Inventar-Nr"), QStringLiteral("Standort"), QStringLiteral("Status") }, nullptr));
    const MappedRow row = mapper.map({ QStringLiteral("SIS-2009-000001"),
                                       QStringLiteral("Stadthaus, Am Packhof 2-6, 19053 Schwerin"),
                                       QStringLiteral("ausgesondert") });
    QVERIFY(row.errors.isEmpty());
    QCOMPARE(row.text(QStringLiteral("site")), QStringLiteral("Stadthaus"));
    QCOMPARE(row.text(QStringLiteral("site_address")), QStringLiteral("Am Packhof 2-6, 19053 Schwerin"));
    QCOMPARE(row.text(QStringLiteral("status")), QStringLiteral("retired"));
    QCOMPARE(row.text(QStringLiteral("category")), QStringLiteral("Sonstiges")); // default
}

void TestImportProfile::mapperMapsRetiredMarkers_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("status");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("retired");
    QTest::newRow("x") << QStringLiteral("x") << QStringLiteral("retired");
    QTest::newRow("X") << QStringLiteral("X") << QStringLiteral("retired");
    QTest::newRow("empty") << QString() << QStringLiteral("in_use");
}

void TestImportProfile::mapperMapsRetiredMarkers()
{
    QFETCH(QString, marker);
    QFETCH(QString, status);
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("landkreis"), nullptr);
    QVERIFY(profile);
    ImportRowMapper mapper(*profile, false);
    QVERIFY(mapper.setHeader({ QStringLiteral("Inv.-Nr."), QStringLiteral("ausgesondert") }, nullptr));
    const MappedRow row = mapper.map({ QStringLiteral("0000001"), marker });
    QVERIFY(row.errors.isEmpty());
    QCOMPARE(row.text(QStringLiteral("status")), status);
}

void TestImportProfile::strictAndLenient()
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("sis"), nullptr);
    QVERIFY(profile);
    const QStringList header = { QStringLiteral("Inventar-Nr"), QStringLiteral("Kaufdatum"),
                                 QStringLiteral("Kaufpreis") };
    const QStringList fields = { QStringLiteral("SIS-1"), QStringLiteral("31.02.2017"),
                                 QStringLiteral("ca. 500") };

    ImportRowMapper strict(*profile, false);
    QVERIFY(strict.setHeader(header, nullptr));
    MappedRow row = strict.map(fields);
    QCOMPARE(row.errors.size(), 2);
    QCOMPARE(row.errors.at(0).column, QStringLiteral("Kaufdatum"));
    QCOMPARE(row.errors.at(1).rawText, QStringLiteral("ca. 500"));

    ImportRowMapper lenient(*profile, true);
    QVERIFY(lenient.setHeader(header, nullptr));
    row = lenient.map(fields);
    QVERIFY(row.errors.isEmpty());
    QCOMPARE(row.warnings.size(), 2);
    QVERIFY(!row.has(QStringLiteral("purchase_date")));
    QVERIFY(!row.has(QStringLiteral("purchase_price")));

    // A required value cannot be left out, not even leniently.
    row = lenient.map({ QString(), QStringLiteral("01.01.2020"), QStringLiteral("1") });
    QCOMPARE(row.errors.size(), 1);
    QCOMPARE(row.errors.first().column, QStringLiteral("Inventar-Nr"));
}

void TestImportProfile::licenceListColumn()
{
    const std::optional<ImportProfile> profile = ImportProfile::load(QStringLiteral("sis-lizenzen"), nullptr);
    QVERIFY(profile);
    ImportRowMapper mapper(*profile, false);
    QVERIFY(mapper.setHeader({ QStringLiteral("Produkt"), QStringLiteral("Lizenzart"),
                               QStringLiteral("Anzahl"), QStringLiteral("Eigentümer"),
                               QStringLiteral("genutzt von"), QStringLiteral("gültig bis") },
                             nullptr));
    MappedRow row = mapper.map({ QStringLiteral("AutoCAD LT"), QStringLiteral("Einzelplatz"),
                                 QStringLiteral("10"), QStringLiteral("SIS"),
                                 QStringLiteral("Stadt Schwerin, LK LUP"), QStringLiteral("31.12.2026") });
    QVERIFY(row.errors.isEmpty());
    QCOMPARE(row.text(QStringLiteral("licence_type")), QStringLiteral("single"));
    QCOMPARE(row.value(QStringLiteral("quantity")).toLongLong(), 10);
    QCOMPARE(row.text(QStringLiteral("owner")), QStringLiteral("SN"));
    QCOMPARE(row.value(QStringLiteral("using")).toStringList(),
             QStringList({ QStringLiteral("SN"), QStringLiteral("LUP") }));
    QCOMPARE(row.value(QStringLiteral("valid_until")).toDate(), QDate(2026, 12, 31));

    row = mapper.map({ QStringLiteral("X"), QStringLiteral("Einzelplatz"), QStringLiteral("10"),
                       QStringLiteral("Hamburg"), QString(), QStringLiteral("unbefristet?") });
    QCOMPARE(row.errors.size(), 2); // unknown owner, expiry not a date
}

QTEST_GUILESS_MAIN(TestImportProfile)
#include "tst_importprofile.moc"
