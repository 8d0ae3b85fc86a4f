#include "import/importprofile.h"
#include "import/importrowmapper.h"

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
    void handMappedProfileRoundTrips();
    void handMappingProblems_data();
    void handMappingProblems();
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

void TestImportProfile::handMappedProfileRoundTrips()
{
    const std::optional<ImportProfile> sis = ImportProfile::load(QStringLiteral("sis"), nullptr);
    QVERIFY(sis);
    // A list whose headers the built-in profile knows none of, mapped by hand.
    const QStringList header = { QStringLiteral("Nr"),      QStringLiteral("Art"), QStringLiteral("Firma"),
                                 QStringLiteral("Kennung"), QStringLiteral("Ort"), QStringLiteral("Kosten"),
                                 QStringLiteral("Wer") };
    const QStringList fields = { QStringLiteral("legacy_no"),
                                 QStringLiteral("category"),
                                 QStringLiteral("manufacturer"),
                                 QStringLiteral("serial_no"),
                                 QStringLiteral("site"),
                                 QStringLiteral("purchase_price"),
                                 QString() };
    ImportProfile mapped = sis->withColumnMapping(header, fields);
    mapped.name = QStringLiteral("gemeinde-x");
    mapped.fixedValues.insert(QStringLiteral("owner"), QStringLiteral("KSM"));
    mapped.fixedValues.insert(QStringLiteral("using"), QStringLiteral("LUP"));
    QCOMPARE(mapped.mappingProblem(), QString());
    QCOMPARE(mapped.columns.size(), 6);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gemeinde-x.json"));
    QString error;
    QVERIFY2(mapped.save(path, &error), qPrintable(error));
    const std::optional<ImportProfile> loaded = ImportProfile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, QStringLiteral("gemeinde-x"));
    QCOMPARE(loaded->legacySource, QStringLiteral("sis"));
    QCOMPARE(loaded->columns.size(), mapped.columns.size());
    for (qsizetype i = 0; i < mapped.columns.size(); ++i) {
        const ProfileColumn &expected = mapped.columns.at(i);
        const ProfileColumn &column = loaded->columns.at(i);
        QCOMPARE(column.header, expected.header);
        QCOMPARE(column.field, expected.field);
        QCOMPARE(column.type, expected.type);
        QCOMPARE(column.required, expected.required);
        QCOMPARE(column.splitAt, expected.splitAt);
    }
    QCOMPARE(loaded->fixedValues, mapped.fixedValues);
    QCOMPARE(loaded->toJson(), mapped.toJson());

    // What the profile kept from sis: the required number, the site split, the price type.
    QVERIFY(loaded->columnForField(QStringLiteral("legacy_no"))->required);
    ImportRowMapper mapper(*loaded, false);
    QVERIFY2(mapper.setHeader(header, &error), qPrintable(error));
    const MappedRow row = mapper.map({ QStringLiteral("4711"), QStringLiteral("PC"), QStringLiteral("HP"),
                                       QStringLiteral("ab 12"), QStringLiteral("Rathaus, Markt 1"),
                                       QStringLiteral("1.234,56 €"), QStringLiteral("Frau X") });
    QVERIFY(row.errors.isEmpty());
    QCOMPARE(row.text(QStringLiteral("legacy_no")), QStringLiteral("4711"));
    QCOMPARE(row.text(QStringLiteral("manufacturer")), QStringLiteral("HP"));
    QCOMPARE(row.text(QStringLiteral("serial_no")), QStringLiteral("AB12"));
    QCOMPARE(row.text(QStringLiteral("site")), QStringLiteral("Rathaus"));
    QCOMPARE(row.text(QStringLiteral("site_address")), QStringLiteral("Markt 1"));
    QCOMPARE(row.value(QStringLiteral("purchase_price")).toLongLong(), 123456);
    QCOMPARE(row.text(QStringLiteral("owner")), QStringLiteral("KSM"));
    QCOMPARE(row.text(QStringLiteral("using")), QStringLiteral("LUP"));
    QVERIFY(!row.has(QStringLiteral("person")));
}

void TestImportProfile::handMappingProblems_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("mentions"); // empty: no problem
    const QString none;
    QTest::newRow("fine") << QStringLiteral("sis")
                          << QStringList { QStringLiteral("legacy_no"), QStringLiteral("notes") }
                          << QString();
    QTest::newRow("inventory number alone")
        << QStringLiteral("sis") << QStringList { QStringLiteral("inventory_no"), none } << QString();
    QTest::newRow("field twice") << QStringLiteral("sis")
                                 << QStringList { QStringLiteral("legacy_no"), QStringLiteral("legacy_no") }
                                 << QStringLiteral("Legacy inventory number");
    QTest::newRow("no number") << QStringLiteral("landkreis")
                               << QStringList { QStringLiteral("notes"), QStringLiteral("serial_no") }
                               << QStringLiteral("{legacy_no}");
    QTest::newRow("split rest chosen by hand")
        << QStringLiteral("sis")
        << QStringList { QStringLiteral("legacy_no"), QStringLiteral("site"), QStringLiteral("site_address") }
        << QString();
}

void TestImportProfile::handMappingProblems()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, fields);
    QFETCH(QString, mentions);
    const std::optional<ImportProfile> base = ImportProfile::load(profile, nullptr);
    QVERIFY(base);
    const QStringList header = { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") };
    ImportProfile mapped = base->withColumnMapping(header, fields);
    const QString problem = mapped.mappingProblem();
    if (mentions.isEmpty())
        QCOMPARE(problem, QString());
    else
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    // Without an owner no asset can be created, whatever the columns.
    mapped.fixedValues.remove(QStringLiteral("owner"));
    if (mentions.isEmpty())
        QVERIFY(mapped.mappingProblem().contains(QStringLiteral("Owner authority")));
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
