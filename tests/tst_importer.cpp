#include "assets/assethistorymodel.h"
#include "assets/assetrepository.h"
#include "import/assetimporter.h"
#include "import/importprofile.h"
#include "import/importrowsource.h"
#include "import/importundo.h"
#include "import/rejectsfilewriter.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {

const QStringList sisHeader = {
    QStringLiteral("Inventar-Nr"), QStringLiteral("Gerätetyp"),    QStringLiteral("Hersteller"),
    QStringLiteral("Modell"),      QStringLiteral("Seriennummer"), QStringLiteral("Standort"),
    QStringLiteral("Raum"),        QStringLiteral("Nutzer"),       QStringLiteral("Organisationseinheit"),
    QStringLiteral("Kaufdatum"),   QStringLiteral("Kaufpreis"),    QStringLiteral("Garantie bis"),
    QStringLiteral("Status"),      QStringLiteral("Hostname"),     QStringLiteral("MAC-Adresse"),
    QStringLiteral("IP-Adresse"),  QStringLiteral("Bemerkung")
};

const QStringList landkreisHeader = { QStringLiteral("lfd. Nr."),
                                      QStringLiteral("Inv.-Nr."),
                                      QStringLiteral("Bezeichnung"),
                                      QStringLiteral("Fabrikat"),
                                      QStringLiteral("Typ"),
                                      QStringLiteral("Ser.-Nr."),
                                      QStringLiteral("Amt/Fachdienst"),
                                      QStringLiteral("Dienststelle"),
                                      QStringLiteral("Gebäude"),
                                      QStringLiteral("Zimmer"),
                                      QStringLiteral("Anschaffung"),
                                      QStringLiteral("Wert (EUR)"),
                                      QStringLiteral("Kostenstelle"),
                                      QStringLiteral("ausgesondert"),
                                      QStringLiteral("Bemerkungen"),
                                      QString(),
                                      QString() };

// A SIS row (every field quoted, as SIS wrote them); changes replace fields by index.
QStringList sisRow(const QString &number, const QString &serial, const QHash<int, QString> &changes = {})
{
    QStringList row = { number,
                        QStringLiteral("PC"),
                        QStringLiteral("Dell"),
                        QStringLiteral("OptiPlex 7050"),
                        serial,
                        QStringLiteral("Stadthaus, Am Packhof 2-6, 19053 Schwerin"),
                        QStringLiteral("3.21"),
                        QStringLiteral("Müller, Anna"),
                        QStringLiteral("FD 20 Finanzen"),
                        QStringLiteral("14.11.2018"),
                        QStringLiteral("1.234,56 €"),
                        QStringLiteral("14.11.2023"),
                        QStringLiteral("in Betrieb"),
                        QStringLiteral("sn-pc00001"),
                        QStringLiteral("8c-b4-0a-11-22-33"),
                        QStringLiteral("10.16.1.2"),
                        QString() };
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        row[it.key()] = it.value();
    return row;
}

QStringList landkreisRow(const QString &number, const QString &serial,
                         const QHash<int, QString> &changes = {})
{
    QStringList row = { QStringLiteral("1"),
                        number,
                        QStringLiteral("Monitor"),
                        QStringLiteral("Eizo"),
                        QStringLiteral("FlexScan EV2460"),
                        serial,
                        QStringLiteral("FD 51 Jugend"),
                        QStringLiteral("Kreisverwaltung Lübz"),
                        QStringLiteral("Am Markt 22"),
                        QStringLiteral("A 101"),
                        QStringLiteral("06.09.2020"),
                        QStringLiteral("1.299,00"),
                        QStringLiteral("50550"),
                        QString(),
                        QString(),
                        QString(),
                        QString() };
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        row[it.key()] = it.value();
    return row;
}

QString quoted(const QStringList &fields)
{
    QStringList result;
    for (QString field : fields)
        result.append(QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                      + QLatin1Char('"'));
    return result.join(QLatin1Char(';'));
}

// SIS: UTF-8 with BOM, all quoted, CRLF.
QByteArray sisFile(const QList<QStringList> &rows)
{
    QString text = QChar(0xFEFF) + quoted(sisHeader) + QStringLiteral("\r\n");
    for (const QStringList &row : rows)
        text += quoted(row) + QStringLiteral("\r\n");
    return text.toUtf8();
}

// Landkreis: Windows-1252, unquoted, CRLF; raw lines may be given as they are.
QByteArray landkreisFile(const QStringList &lines)
{
    QString text = landkreisHeader.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const QString &line : lines)
        text += line + QStringLiteral("\r\n");
    return RejectsFileWriter::encode(text, TextEncoding::Windows1252);
}

QString line(const QStringList &fields)
{
    return fields.join(QLatin1Char(';'));
}

// What an import sets up before its rows flow into an ImportRowSource: a reader
// past the header, and the SIS profile's mapper for that header.
struct SisRowPipeline
{
    QBuffer buffer;
    std::optional<CsvReader> reader;
    std::optional<ImportProfile> profile;
    std::optional<ImportRowMapper> mapper;

    // Empty on success, else what went wrong.
    QString open(QByteArray *bytes)
    {
        buffer.setBuffer(bytes);
        if (!buffer.open(QIODevice::ReadOnly))
            return buffer.errorString();
        reader.emplace(&buffer, CsvFormatDetector::detect(*bytes));
        CsvRecord header;
        if (!reader->readRecord(&header))
            return QStringLiteral("no header");
        QString error;
        profile = ImportProfile::load(QStringLiteral("sis"), &error);
        if (!profile)
            return error;
        mapper.emplace(*profile, false);
        if (!mapper->setHeader(header.fields, &error))
            return error;
        return {};
    }
};

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void sampleFilesAreAccountedFor_data();
    void sampleFilesAreAccountedFor();
    void sisDefects_data();
    void sisDefects();
    void landkreisDefects_data();
    void landkreisDefects();
    void repairedValuesLeaveWarningsInHistory();
    void skippedLinesAreNamedWithTheirReason();
    void masterDataIsFoundOrCreated();
    void sameDeviceInBothListsBecomesOneAsset();
    void realConflictIsRejectedNamingBothSides();
    void policies();
    void updateWritesOneHistoryRowPerChangedField();
    void dryRunWritesNothing();
    void lenientImportsWithWarnings();
    void rejectsFileRoundTrip();
    void undoRestoresPreviousState();
    void undoRefusesWhenAssetWasEditedSince();
    void cancelLeavesDatabaseUnchanged();
    void encodingsAndSeparators_data();
    void encodingsAndSeparators();
    void batchIsRecorded();
    void rowSourceHandsOverEveryLineInOrder();
    void rowSourceStopsWhileAhead();
    void bulkLoadLeavesTheSchemaWhole_data();
    void bulkLoadLeavesTheSchemaWhole();
    void undoLeavesTheSchemaAndSearchWhole_data();
    void othersKeepWorkingDuringAnImport();
    void undoLeavesTheSchemaAndSearchWhole();

private:
    ImportResult import(TestDatabase &test, const QString &profileName, const QByteArray &content,
                        ImportOptions options = {}, const QString &fileName = QStringLiteral("input.csv"));
    QString write(TestDatabase &test, const QString &fileName, const QByteArray &content);
    QMap<QString, qint64> tableCounts(TestDatabase &test);
    QStringList rebuiltSchema(TestDatabase &test);
};

QStringList TestImporter::rebuiltSchema(TestDatabase &test)
{
    // What a bulk load or a bulk undo drops and creates again (indexes, the sort-key
    // trigger, the search index) is part of the whole schema.
    return test.schema();
}

QString TestImporter::write(TestDatabase &test, const QString &fileName, const QByteArray &content)
{
    const QString path = test.folder() + QLatin1Char('/') + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportResult TestImporter::import(TestDatabase &test, const QString &profileName, const QByteArray &content,
                                  ImportOptions options, const QString &fileName)
{
    const std::optional<ImportProfile> profile = ImportProfile::load(profileName, nullptr);
    if (!profile)
        qFatal("no profile %s", qPrintable(profileName));
    const QString path = write(test, fileName, content);
    if (options.user.isEmpty())
        options.user = QStringLiteral("tester");
    return AssetImporter(test.database(), *profile).run(path, options);
}

QMap<QString, qint64> TestImporter::tableCounts(TestDatabase &test)
{
    QMap<QString, qint64> counts;
    const QStringList names = test.tableNames();
    for (const QString &name : names)
        counts.insert(name,
                      test.scalar(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)).toLongLong());
    return counts;
}

void TestImporter::sampleFilesAreAccountedFor_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("sample");
    QTest::newRow("sis") << QStringLiteral("sis") << QStringLiteral("sis_inventar");
    QTest::newRow("landkreis") << QStringLiteral("landkreis") << QStringLiteral("landkreis_inventar");
}

void TestImporter::sampleFilesAreAccountedFor()
{
    QFETCH(QString, profile);
    QFETCH(QString, sample);
    const QString base = QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/") + sample;
    QFile statsFile(base + QStringLiteral(".stats.json"));
    QVERIFY(statsFile.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(statsFile.readAll()).object();
    const QJsonObject defects = stats.value(QStringLiteral("defects")).toObject();
    QFile csv(base + QStringLiteral(".csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));

    TestDatabase test;
    const ImportResult result = import(test, profile, csv.readAll());
    QVERIFY2(result.ran(), qPrintable(result.error));
    const ImportCounts &counts = result.counts;
    const qint64 dataRows = stats.value(QStringLiteral("data_rows")).toInteger();
    const qint64 invalid = dataRows - stats.value(QStringLiteral("valid_rows")).toInteger();
    QCOMPARE(counts.dataRows, dataRows);
    QCOMPARE(counts.created + counts.updated + counts.unchanged + counts.rejected, counts.dataRows);
    QVERIFY2(counts.rejected >= invalid, qPrintable(QString::number(counts.rejected)));
    QCOMPARE(counts.rejected, invalid); // the generator's invalid rows, and no valid one
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toLongLong(), counts.created);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM import_reject")).toLongLong(), counts.rejected);
    // Lines that are no data: repeated headers, blank lines and the sum line.
    const qint64 noData = defects.value(QStringLiteral("repeated_header")).toInteger()
        + defects.value(QStringLiteral("blank_line")).toInteger()
        + (profile == QLatin1String("landkreis") ? 1 : 0);
    QCOMPARE(counts.skippedLines, noData);
    // Every repair leaves a warning: two-digit years, years alone, lost zeros, destroyed serials.
    const qint64 repairs = defects.value(QStringLiteral("two_digit_year")).toInteger()
        + defects.value(QStringLiteral("year_only")).toInteger()
        + defects.value(QStringLiteral("leading_zero_lost")).toInteger()
        + defects.value(QStringLiteral("scientific_serial")).toInteger();
    QCOMPARE(counts.warnings, repairs);
    // What the wizard lists before the import: each repair and each skipped line, in
    // file order (the samples stay under the cap).
    QVERIFY(counts.warnings + counts.skippedLines <= ImportRun::maxNoticesKept);
    qint64 noticedWarnings = 0;
    qint64 noticedSkips = 0;
    qint64 lastLine = 0;
    for (const ImportNotice &notice : result.notices) {
        QVERIFY(notice.line >= lastLine);
        lastLine = notice.line;
        QVERIFY(!notice.message.isEmpty());
        if (notice.kind == ImportNotice::Kind::Warning) {
            ++noticedWarnings;
            QVERIFY(!notice.column.isEmpty());
        } else {
            ++noticedSkips;
        }
    }
    QCOMPARE(noticedWarnings, counts.warnings);
    QCOMPARE(noticedSkips, counts.skippedLines);
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'warning'")).toLongLong(),
        repairs);
}

void TestImporter::sisDefects_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<QString>("rejectColumn");
    QTest::addColumn<QString>("reasonMentions");
    const QString n1 = QStringLiteral("SIS-2018-000001");
    const QString n2 = QStringLiteral("SIS-2018-000002");
    for (const char *date : { "31.02.2017", "2017-13-01", "00.00.0000", "gestern" }) {
        QTest::addRow("bad_date %s", date)
            << QList<QStringList> { sisRow(n1, QStringLiteral("A1"), { { 9, QString::fromLatin1(date) } }) }
            << 0 << 1 << QStringLiteral("Kaufdatum") << QString::fromLatin1(date);
    }
    QTest::newRow("missing_inventory_no") << QList<QStringList> { sisRow(QString(), QStringLiteral("A1")) }
                                          << 0 << 1 << QStringLiteral("Inventar-Nr") << QString();
    QTest::newRow("duplicate_inventory_no")
        << QList<QStringList> { sisRow(n1, QStringLiteral("A1")), sisRow(n1, QStringLiteral("B2")) } << 1 << 1
        << QStringLiteral("Inventar-Nr") << QStringLiteral("A1");
    for (const char *price : { "ca. 500", "k.A.", "12,34,56" }) {
        QTest::addRow("bad_price %s", price)
            << QList<QStringList> { sisRow(n1, QStringLiteral("A1"), { { 10, QString::fromLatin1(price) } }) }
            << 0 << 1 << QStringLiteral("Kaufpreis") << QString::fromLatin1(price);
    }
    QTest::newRow("multiline_note") << QList<QStringList> {
        sisRow(n1, QStringLiteral("A1"),
               { { 16, QStringLiteral("Übernahme aus Altbestand;\r\nPrüfung \"offen\"") } }),
        sisRow(n2, QStringLiteral("B2"))
    } << 2 << 0 << QString() << QString();
    QTest::newRow("too_few_fields") << QList<QStringList> { sisRow(n1, QStringLiteral("A1")).mid(0, 11) } << 0
                                    << 1 << QString() << QStringLiteral("11");
    QTest::newRow("formula_note") << QList<QStringList> {
        sisRow(n1, QStringLiteral("A1"), { { 16, QStringLiteral("=HYPERLINK(\"http://example.invalid\")") } })
    } << 1 << 0 << QString() << QString();
}

void TestImporter::sisDefects()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, created);
    QFETCH(int, rejected);
    QFETCH(QString, rejectColumn);
    QFETCH(QString, reasonMentions);
    TestDatabase test;
    const ImportResult result = import(test, QStringLiteral("sis"), sisFile(rows));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.counts.dataRows, rows.size());
    QCOMPARE(result.counts.created, created);
    QCOMPARE(result.counts.rejected, rejected);
    if (rejected > 0) {
        const ImportReject &reject = result.rejects.constLast();
        QCOMPARE(reject.column, rejectColumn);
        QVERIFY2(reject.reason.contains(reasonMentions), qPrintable(reject.reason));
        QVERIFY(reject.line >= 2);
        QVERIFY(!reject.rawText.isEmpty());
    }
    if (QByteArray(QTest::currentDataTag()) == "multiline_note") {
        QCOMPARE(
            test.scalar(QStringLiteral("SELECT notes FROM asset WHERE inventory_no = 'SIS-2018-000001'"))
                .toString(),
            QStringLiteral("Übernahme aus Altbestand;\nPrüfung \"offen\"")); // the reader unifies line ends
    }
    if (QByteArray(QTest::currentDataTag()) == "formula_note") {
        // Kept verbatim: it is a note, never evaluated; exports must quote it.
        QCOMPARE(test.scalar(QStringLiteral("SELECT notes FROM asset")).toString(),
                 QStringLiteral("=HYPERLINK(\"http://example.invalid\")"));
    }
}

void TestImporter::landkreisDefects_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("dataRows");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("column"); // of the first asset to check
    QTest::addColumn<QString>("expected"); // its stored value
    const QString n = QStringLiteral("0000001");
    QTest::newRow("excel_serial_date")
        << QStringList { line(landkreisRow(n, QStringLiteral("S1"), { { 10, QStringLiteral("42370") } })) }
        << 1 << 1 << 0 << 0 << 0 << QStringLiteral("purchase_date") << QStringLiteral("2016-01-01");
    QTest::newRow("two_digit_year") << QStringList { line(
        landkreisRow(n, QStringLiteral("S1"), { { 10, QStringLiteral("15.3.16") } })) }
                                    << 1 << 1 << 0 << 0 << 1 << QStringLiteral("purchase_date")
                                    << QStringLiteral("2016-03-15");
    QTest::newRow("year_only") << QStringList { line(
        landkreisRow(n, QStringLiteral("S1"), { { 10, QStringLiteral("2015") } })) }
                               << 1 << 1 << 0 << 0 << 1 << QStringLiteral("purchase_date")
                               << QStringLiteral("2015-01-01");
    QTest::newRow("leading_zero_lost")
        << QStringList { line(landkreisRow(QStringLiteral("4711"), QStringLiteral("S1"))) } << 1 << 1 << 0
        << 0 << 1 << QStringLiteral("inventory_no") << QStringLiteral("0004711");
    QTest::newRow("scientific_serial") << QStringList { line(landkreisRow(n, QStringLiteral("1,23457E+11"))) }
                                       << 1 << 1 << 0 << 0 << 1 << QStringLiteral("serial_no") << QString();
    for (const char *placeholder : { "n.v.", "-", "unbekannt", "?" }) {
        QTest::addRow("placeholder_serial %s", placeholder)
            << QStringList { line(landkreisRow(n, QString::fromLatin1(placeholder))) } << 1 << 1 << 0 << 0
            << 0 << QStringLiteral("serial_no") << QString();
    }
    QTest::newRow("repeated_header")
        << QStringList { line(landkreisRow(n, QStringLiteral("S1"))), line(landkreisHeader),
                         line(landkreisRow(QStringLiteral("0000002"), QStringLiteral("S2"))) }
        << 2 << 2 << 0 << 1 << 0 << QStringLiteral("serial_no") << QStringLiteral("S1");
    QTest::newRow("blank_line") << QStringList { line(landkreisRow(n, QStringLiteral("S1"))),
                                                 QString(16, QLatin1Char(';')) }
                                << 1 << 1 << 0 << 1 << 0 << QStringLiteral("serial_no")
                                << QStringLiteral("S1");
    QTest::newRow("too_many_fields") << QStringList { line(
        landkreisRow(n, QStringLiteral("S1"), { { 14, QStringLiteral("defekt;Rest") } })) }
                                     << 1 << 0 << 1 << 0 << 0 << QString() << QString();
    QTest::newRow("sum line") << QStringList { line(landkreisRow(n, QStringLiteral("S1"))),
                                               QStringLiteral(";;;;;;;;;;Summe;12345,67;;;;;") }
                              << 1 << 1 << 0 << 1 << 0 << QStringLiteral("serial_no") << QStringLiteral("S1");
    QTest::newRow("retired marker") << QStringList { line(
        landkreisRow(n, QStringLiteral("S1"), { { 13, QStringLiteral("X") } })) }
                                    << 1 << 1 << 0 << 0 << 0 << QStringLiteral("status")
                                    << QStringLiteral("retired");
}

void TestImporter::landkreisDefects()
{
    QFETCH(QStringList, lines);
    QFETCH(int, dataRows);
    QFETCH(int, created);
    QFETCH(int, rejected);
    QFETCH(int, skipped);
    QFETCH(int, warnings);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    TestDatabase test;
    const ImportResult result = import(test, QStringLiteral("landkreis"), landkreisFile(lines));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.format.encoding, TextEncoding::Windows1252);
    QCOMPARE(result.counts.dataRows, dataRows);
    QCOMPARE(result.counts.created, created);
    QCOMPARE(result.counts.rejected, rejected);
    QCOMPARE(result.counts.skippedLines, skipped);
    QCOMPARE(result.counts.warnings, warnings);
    if (!column.isEmpty()) {
        QCOMPARE(
            test.scalar(QStringLiteral("SELECT COALESCE(CAST(%1 AS TEXT), '') FROM asset ORDER BY id LIMIT 1")
                            .arg(column))
                .toString(),
            expected);
    }
    if (created > 0) {
        QCOMPARE(
            test.scalar(QStringLiteral("SELECT s.name FROM asset a JOIN site s ON s.id = a.site_id LIMIT 1"))
                .toString(),
            QStringLiteral("Kreisverwaltung Lübz"));
        QCOMPARE(test.scalar(QStringLiteral(
                                 "SELECT o.code FROM asset a JOIN authority o ON o.id = a.owner_authority_id "
                                 "LIMIT 1"))
                     .toString(),
                 QStringLiteral("LUP"));
    }
}

void TestImporter::skippedLinesAreNamedWithTheirReason()
{
    TestDatabase test;
    const ImportResult result =
        import(test, QStringLiteral("landkreis"),
               landkreisFile({ line(landkreisRow(QStringLiteral("0000001"), QStringLiteral("S1"))), QString(),
                               landkreisHeader.join(QLatin1Char(';')),
                               QStringLiteral(";Summe;;;;;;;;;;2.598,00;;;;;"),
                               line(landkreisRow(QStringLiteral("0000002"), QStringLiteral("S2"))) }));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.counts.dataRows, 2);
    QCOMPARE(result.counts.skippedLines, 3);
    QCOMPARE(result.notices.size(), 3);
    QSet<QString> reasons;
    for (int i = 0; i < 3; ++i) {
        const ImportNotice &notice = result.notices.at(i);
        QCOMPARE(notice.kind, ImportNotice::Kind::SkippedLine);
        QCOMPARE(notice.line, 3 + i);
        reasons.insert(notice.message);
    }
    QCOMPARE(reasons.size(), 3); // blank, the header again, the sum line: each says which
    QVERIFY(result.notices.at(2).rawText.contains(QStringLiteral("Summe")));
}

void TestImporter::repairedValuesLeaveWarningsInHistory()
{
    TestDatabase test;
    const ImportResult result =
        import(test, QStringLiteral("landkreis"),
               landkreisFile({ line(landkreisRow(QStringLiteral("4711"), QStringLiteral("1,23457E+11"),
                                                 { { 10, QStringLiteral("15.3.16") } })) }));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.counts.warnings, 3);
    QStringList noticed;
    for (const ImportNotice &notice : result.notices) {
        QCOMPARE(notice.kind, ImportNotice::Kind::Warning);
        QCOMPARE(notice.line, 2);
        noticed.append(notice.column + QLatin1Char('=') + notice.rawText);
    }
    noticed.sort();
    QCOMPARE(noticed,
             QStringList({ QStringLiteral("Anschaffung=15.3.16"), QStringLiteral("Inv.-Nr.=4711"),
                           QStringLiteral("Ser.-Nr.=1,23457E+11") }));
    QSqlQuery query(test.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT field, old_value, new_value, import_batch_id FROM history "
                                      "WHERE action = 'warning' ORDER BY field")));
    QStringList seen;
    while (query.next()) {
        seen.append(query.value(0).toString() + QLatin1Char('=') + query.value(1).toString());
        QVERIFY(
            query.value(2).toString().contains(query.value(1).toString())); // the message names the original
        QCOMPARE(query.value(3).toLongLong(), result.batchId);
    }
    QCOMPARE(seen,
             QStringList({ QStringLiteral("legacy_no=4711"), QStringLiteral("purchase_date=15.3.16"),
                           QStringLiteral("serial_no=1,23457E+11") }));
}

void TestImporter::masterDataIsFoundOrCreated()
{
    TestDatabase test;
    const ImportResult result = import(test, QStringLiteral("sis"),
                                       sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")),
                                                 sisRow(QStringLiteral("SIS-2"), QStringLiteral("A2"),
                                                        { { 1, QStringLiteral("Kaffeemaschine") } }) }));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.counts.created, 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM site")).toInt(), 1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT address FROM site")).toString(),
             QStringLiteral("Am Packhof 2-6, 19053 Schwerin"));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM room")).toInt(), 1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM person WHERE name = 'Müller, Anna'")).toInt(),
             1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT u.name || '/' || o.code FROM org_unit u JOIN authority o "
                                        "ON o.id = u.authority_id"))
                 .toString(),
             QStringLiteral("FD 20 Finanzen/SN"));
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT COUNT(*) FROM category WHERE name = 'Kaffeemaschine'")).toInt(),
        1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT mac FROM asset WHERE inventory_no = 'SIS-1'")).toString(),
             QStringLiteral("8C:B4:0A:11:22:33"));
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT purchase_price_cents FROM asset WHERE inventory_no = 'SIS-1'"))
            .toLongLong(),
        123456);
}

void TestImporter::sameDeviceInBothListsBecomesOneAsset()
{
    TestDatabase test;
    ImportResult result =
        import(test, QStringLiteral("landkreis"),
               landkreisFile({ line(landkreisRow(QStringLiteral("0000007"), QStringLiteral("SHARED1"))) }));
    QCOMPARE(result.counts.created, 1);
    result = import(test, QStringLiteral("sis"),
                    sisFile({ sisRow(QStringLiteral("SIS-2016-000042"), QStringLiteral("shared1")),
                              sisRow(QStringLiteral("SIS-2016-000043"), QStringLiteral("OWN1")) }));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.counts.created, 1);
    QCOMPARE(result.counts.updated, 1); // the shared device got its SIS number
    QCOMPARE(result.counts.rejected, 0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 2);

    AssetRepository repository(test.database(), {});
    const QList<qint64> byDistrict = repository.findByIdentifier(QStringLiteral("0000007"), nullptr);
    const QList<qint64> bySis = repository.findByIdentifier(QStringLiteral("SIS-2016-000042"), nullptr);
    QCOMPARE(byDistrict.size(), 1);
    QCOMPARE(bySis, byDistrict);
    const QList<LegacyIdentifier> identifiers = repository.legacyIdentifiers(bySis.first(), nullptr);
    QCOMPARE(identifiers.size(), 2);

    // Importing the same list again changes nothing.
    result = import(test, QStringLiteral("sis"),
                    sisFile({ sisRow(QStringLiteral("SIS-2016-000042"), QStringLiteral("shared1")),
                              sisRow(QStringLiteral("SIS-2016-000043"), QStringLiteral("OWN1")) }));
    QCOMPARE(result.counts.unchanged, 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 2);
}

void TestImporter::realConflictIsRejectedNamingBothSides()
{
    TestDatabase test;
    ImportResult result = import(test, QStringLiteral("sis"),
                                 sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("FIRST")) }));
    QCOMPARE(result.counts.created, 1);
    result = import(test, QStringLiteral("sis"),
                    sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("SECOND")) }));
    QCOMPARE(result.counts.rejected, 1);
    const QString reason = result.rejects.first().reason;
    QVERIFY2(reason.contains(QStringLiteral("SIS-1")) && reason.contains(QStringLiteral("FIRST"))
                 && reason.contains(QStringLiteral("SECOND")),
             qPrintable(reason));
    QCOMPARE(test.scalar(QStringLiteral("SELECT serial_no FROM asset")).toString(), QStringLiteral("FIRST"));

    // The same serial under two numbers of the same list is a conflict as well.
    result = import(test, QStringLiteral("sis"),
                    sisFile({ sisRow(QStringLiteral("SIS-9"), QStringLiteral("FIRST")) }));
    QCOMPARE(result.counts.rejected, 1);
    QVERIFY2(result.rejects.first().reason.contains(QStringLiteral("SIS-9")),
             qPrintable(result.rejects.first().reason));
}

void TestImporter::policies()
{
    TestDatabase test;
    const QByteArray original = sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")) });
    const QByteArray changed = sisFile(
        { sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1"), { { 12, QStringLiteral("Reparatur") } }),
          sisRow(QStringLiteral("SIS-2"), QStringLiteral("A2")) });
    QCOMPARE(import(test, QStringLiteral("sis"), original).counts.created, 1);

    ImportOptions options;
    options.policy = ImportOptions::Policy::SkipMatched;
    ImportResult result = import(test, QStringLiteral("sis"), changed, options);
    QCOMPARE(result.counts.created, 1);
    QCOMPARE(result.counts.unchanged, 1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM asset WHERE inventory_no = 'SIS-1'")).toString(),
             QStringLiteral("in_use"));

    options.policy = ImportOptions::Policy::CreateOnly;
    result = import(test, QStringLiteral("sis"), changed, options);
    QCOMPARE(result.counts.unchanged, 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM asset WHERE inventory_no = 'SIS-1'")).toString(),
             QStringLiteral("in_use"));

    options.policy = ImportOptions::Policy::UpdateMatched;
    result = import(test, QStringLiteral("sis"), changed, options);
    QCOMPARE(result.counts.updated, 1);
    QCOMPARE(result.counts.unchanged, 1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM asset WHERE inventory_no = 'SIS-1'")).toString(),
             QStringLiteral("in_repair"));
}

void TestImporter::updateWritesOneHistoryRowPerChangedField()
{
    TestDatabase test;
    QCOMPARE(import(test, QStringLiteral("sis"),
                    sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")) }))
                 .counts.created,
             1);
    ImportOptions options;
    options.policy = ImportOptions::Policy::UpdateMatched;
    const ImportResult result = import(
        test, QStringLiteral("sis"),
        sisFile({ sisRow(
            QStringLiteral("SIS-1"), QStringLiteral("A1"),
            { { 12, QStringLiteral("Lager") }, { 10, QStringLiteral("99,00") }, { 15, QString() } }) }),
        options);
    QCOMPARE(result.counts.updated, 1);
    QSqlQuery query(test.database().connection());
    query.prepare(QStringLiteral(
        "SELECT field FROM history WHERE action = 'update' AND import_batch_id = ? ORDER BY field"));
    query.addBindValue(result.batchId);
    QVERIFY(query.exec());
    QStringList fields;
    while (query.next())
        fields.append(query.value(0).toString());
    // An empty cell does not clear the stored IP address.
    QCOMPARE(fields, QStringList({ QStringLiteral("purchase_price_cents"), QStringLiteral("status") }));
    QCOMPARE(test.scalar(QStringLiteral("SELECT ip FROM asset")).toString(), QStringLiteral("10.16.1.2"));
}

void TestImporter::dryRunWritesNothing()
{
    TestDatabase test;
    QCOMPARE(import(test, QStringLiteral("sis"),
                    sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")) }))
                 .counts.created,
             1);
    const QMap<QString, qint64> before = tableCounts(test);
    const QByteArray content = sisFile(
        { sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1"), { { 12, QStringLiteral("Lager") } }),
          sisRow(QStringLiteral("SIS-2"), QStringLiteral("A2"), { { 1, QStringLiteral("Neu") } }),
          sisRow(QStringLiteral("SIS-3"), QStringLiteral("A3"), { { 9, QStringLiteral("gestern") } }) });
    ImportOptions options;
    options.dryRun = true;
    options.policy = ImportOptions::Policy::UpdateMatched;
    const ImportResult dry = import(test, QStringLiteral("sis"), content, options);
    QCOMPARE(dry.status, ImportResult::Status::DryRun);
    QCOMPARE(dry.batchId, 0);
    QCOMPARE(tableCounts(test), before);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM asset")).toString(), QStringLiteral("in_use"));

    // The dry run's counts are exactly what the real run does.
    options.dryRun = false;
    const ImportResult real = import(test, QStringLiteral("sis"), content, options);
    QCOMPARE(real.counts.created, dry.counts.created);
    QCOMPARE(real.counts.updated, dry.counts.updated);
    QCOMPARE(real.counts.unchanged, dry.counts.unchanged);
    QCOMPARE(real.counts.rejected, dry.counts.rejected);
    QCOMPARE(real.counts.created, 1);
    QCOMPARE(real.counts.updated, 1);
    QCOMPARE(real.counts.rejected, 1);
}

void TestImporter::lenientImportsWithWarnings()
{
    TestDatabase test;
    const QByteArray content =
        sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1"),
                         { { 9, QStringLiteral("31.02.2017") }, { 10, QStringLiteral("ca. 500") } }) });
    QCOMPARE(import(test, QStringLiteral("sis"), content).counts.rejected, 1); // strict by default

    ImportOptions options;
    options.lenient = true;
    const ImportResult result = import(test, QStringLiteral("sis"), content, options);
    QCOMPARE(result.counts.created, 1);
    QCOMPARE(result.counts.warnings, 2);
    QVERIFY(test.scalar(QStringLiteral("SELECT purchase_date FROM asset")).isNull());
    QVERIFY(test.scalar(QStringLiteral("SELECT purchase_price_cents FROM asset")).isNull());
    QCOMPARE(
        test.scalar(QStringLiteral(
                        "SELECT old_value FROM history WHERE action = 'warning' AND field = 'purchase_date'"))
            .toString(),
        QStringLiteral("31.02.2017"));
    QCOMPARE(test
                 .scalar(QStringLiteral(
                     "SELECT old_value FROM history WHERE action = 'warning' AND field = 'purchase_price'"))
                 .toString(),
             QStringLiteral("ca. 500"));
}

void TestImporter::rejectsFileRoundTrip()
{
    for (const bool landkreis : { false, true }) {
        TestDatabase test;
        const QString rejectsPath = test.folder() + QStringLiteral("/input.rejects.csv");
        ImportOptions options;
        options.rejectsPath = rejectsPath;
        const QString profile = landkreis ? QStringLiteral("landkreis") : QStringLiteral("sis");
        const QByteArray content = landkreis
            ? landkreisFile({ line(landkreisRow(QStringLiteral("0000001"), QStringLiteral("S1"))),
                              line(landkreisRow(QStringLiteral("0000002"), QStringLiteral("S2"),
                                                { { 11, QStringLiteral("viel") } })),
                              line(landkreisRow(QStringLiteral("0000003"), QStringLiteral("S3"),
                                                { { 10, QStringLiteral("gestern") } })) })
            : sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")),
                        sisRow(QStringLiteral("SIS-2"), QStringLiteral("A2"),
                               { { 9, QStringLiteral("31.02.2017") } }),
                        sisRow(QStringLiteral("SIS-3"), QStringLiteral("A3"),
                               { { 10, QStringLiteral("ca. 500") } }) });
        ImportResult result = import(test, profile, content, options);
        QCOMPARE(result.counts.created, 1);
        QCOMPARE(result.counts.rejected, 2);
        QCOMPARE(result.rejectsFile, rejectsPath);

        QFile file(rejectsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray rejects = file.readAll();
        file.close();
        // Same format as the input: BOM and UTF-8 for SIS, Windows-1252 for the district.
        QCOMPARE(rejects.startsWith("\xEF\xBB\xBF"), !landkreis);
        const QString decoded = landkreis ? QString::fromLatin1(rejects) : QString::fromUtf8(rejects);
        QVERIFY2(decoded.contains(RejectsFileWriter::reasonHeader()), qPrintable(decoded));
        QVERIFY(decoded.contains(landkreis ? QStringLiteral("Kreisverwaltung L\u00fcbz")
                                           : QStringLiteral("Müller")));

        // Correct the rejected values and import the rejects file with the same profile.
        rejects.replace("31.02.2017", "01.02.2017");
        rejects.replace("gestern", "01.02.2017");
        rejects.replace("ca. 500", "100,00");
        rejects.replace("viel", "100,00");
        options.rejectsPath.clear();
        result = import(test, profile, rejects, options, QStringLiteral("corrected.csv"));
        QVERIFY2(result.ran(), qPrintable(result.error));
        QCOMPARE(result.counts.dataRows, 2);
        QCOMPARE(result.counts.created, 2);
        QCOMPARE(result.counts.rejected, 0);
        QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 3);
    }
}

void TestImporter::undoRestoresPreviousState()
{
    TestDatabase test;
    ImportResult first = import(test, QStringLiteral("sis"),
                                sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")) }));
    QCOMPARE(first.counts.created, 1);
    ImportResult district =
        import(test, QStringLiteral("landkreis"),
               landkreisFile({ line(landkreisRow(QStringLiteral("0000009"), QStringLiteral("D9"))) }));
    QCOMPARE(district.counts.created, 1);
    const QMap<QString, qint64> before = tableCounts(test);

    ImportOptions options;
    options.policy = ImportOptions::Policy::UpdateMatched;
    const ImportResult second = import(
        test, QStringLiteral("sis"),
        sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1"), { { 12, QStringLiteral("Lager") } }),
                  sisRow(QStringLiteral("SIS-2"), QStringLiteral("A2")),
                  sisRow(QStringLiteral("SIS-5"), QStringLiteral("D9")) }), // the district's device
        options);
    QCOMPARE(second.counts.created, 1);
    QCOMPARE(second.counts.updated, 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM legacy_identifier")).toInt(), 4);

    const ImportUndo::Result undone =
        ImportUndo(test.database()).undo(second.batchId, QStringLiteral("tester"));
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(undone.deleted, 1);
    QCOMPARE(undone.reverted, 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM asset WHERE inventory_no = 'SIS-1'")).toString(),
             QStringLiteral("in_use"));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM legacy_identifier")).toInt(), 2);
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT serial_no FROM asset WHERE inventory_no = '0000009'")).toString(),
        QStringLiteral("D9"));
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM import_batch WHERE id = %1").arg(second.batchId))
                 .toString(),
             QStringLiteral("undone"));
    QMap<QString, qint64> after = tableCounts(test);
    // Only the append-only history (and the batch's kept reject log) grew.
    after.remove(QStringLiteral("history"));
    QMap<QString, qint64> expected = before;
    expected.remove(QStringLiteral("history"));
    expected[QStringLiteral("import_batch")] += 1;
    QCOMPARE(after, expected);

    // The history of SIS-1 tells the batch's change from its undo, both filed under it.
    AssetHistoryModel history(test.database());
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(
        history.load(
            test.scalar(QStringLiteral("SELECT id FROM asset WHERE inventory_no = 'SIS-1'")).toLongLong(),
            &error),
        qPrintable(error));
    QStringList batches; // newest first
    for (int row = 0; row < history.rowCount(); ++row)
        batches.append(history.index(row, AssetHistoryModel::ImportBatch).data().toString());
    const QString batchText = QStringLiteral("#%1 ").arg(second.batchId);
    QVERIFY2(batches.first().startsWith(QStringLiteral("undo of ") + batchText),
             qPrintable(batches.join(u'|')));
    QVERIFY2(std::any_of(batches.cbegin(), batches.cend(),
                         [&](const QString &text) { return text.startsWith(batchText); }),
             qPrintable(batches.join(u'|')));

    // Twice is refused.
    QVERIFY(!ImportUndo(test.database()).undo(second.batchId, QString()).ok);

    // The second batch changed SIS-1 of the first, and its undo changed it back:
    // the first batch can now be undone as well.
    const ImportUndo::Result firstUndone = ImportUndo(test.database()).undo(first.batchId, QString());
    QVERIFY2(firstUndone.ok, qPrintable(firstUndone.error));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 1);
    QCOMPARE(test.scalar(QStringLiteral("SELECT inventory_no FROM asset")).toString(),
             QStringLiteral("0000009"));
}

void TestImporter::undoRefusesWhenAssetWasEditedSince()
{
    TestDatabase test;
    const ImportResult result = import(test, QStringLiteral("sis"),
                                       sisFile({ sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")),
                                                 sisRow(QStringLiteral("SIS-2"), QStringLiteral("A2")) }));
    QCOMPARE(result.counts.created, 2);
    AssetRepository repository(test.database(), { QStringLiteral("someone"), 0 });
    std::optional<Asset> asset =
        repository.find(*repository.findByInventoryNo(QStringLiteral("SIS-2"), nullptr), nullptr);
    QVERIFY(asset);
    asset->notes = QStringLiteral("edited by hand");
    QCOMPARE(repository.update(*asset, nullptr), AssetRepository::UpdateResult::Updated);

    const ImportUndo::Result undone = ImportUndo(test.database()).undo(result.batchId, QString());
    QVERIFY(!undone.ok);
    QCOMPARE(undone.changedSince, QStringList({ QStringLiteral("SIS-2") }));
    QVERIFY2(undone.error.contains(QStringLiteral("SIS-2")), qPrintable(undone.error));
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM import_batch")).toString(),
             QStringLiteral("completed"));
}

void TestImporter::cancelLeavesDatabaseUnchanged()
{
    TestDatabase test;
    const QMap<QString, qint64> before = tableCounts(test);
    QList<QStringList> rows;
    for (int i = 0; i < 50; ++i)
        rows.append(sisRow(QStringLiteral("SIS-%1").arg(i), QStringLiteral("SER%1").arg(i)));
    std::atomic<bool> cancel { false };
    ImportOptions options;
    options.cancel = &cancel;
    options.progressInterval = 10;
    qint64 reported = 0;
    options.progress = [&](const ImportProgress &progress) {
        reported = progress.rows;
        QVERIFY(progress.bytesRead > 0);
        QVERIFY(progress.bytesRead <= progress.totalBytes);
        if (progress.rows >= 20)
            cancel.store(true);
    };
    const QString rejects = test.folder() + QStringLiteral("/r.csv");
    options.rejectsPath = rejects;
    rows[3][9] = QStringLiteral("gestern");
    const ImportResult result = import(test, QStringLiteral("sis"), sisFile(rows), options);
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QCOMPARE(reported, 20);
    QCOMPARE(tableCounts(test), before);
    QVERIFY(!QFile::exists(rejects));
}

void TestImporter::encodingsAndSeparators_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::newRow("utf-8 ;") << int(TextEncoding::Utf8) << QStringLiteral(";");
    QTest::newRow("utf-16le ,") << int(TextEncoding::Utf16LE) << QStringLiteral(",");
    QTest::newRow("utf-16be tab") << int(TextEncoding::Utf16BE) << QStringLiteral("\t");
    QTest::newRow("windows-1252 |") << int(TextEncoding::Windows1252) << QStringLiteral("|");
}

void TestImporter::encodingsAndSeparators()
{
    QFETCH(int, encoding);
    QFETCH(QString, separator);
    QStringList rows = { landkreisHeader.join(separator) };
    // Whole euros: "1.299,00" would hold the comma separator.
    rows.append(landkreisRow(QStringLiteral("0000001"), QStringLiteral("S1"),
                             { { 14, QStringLiteral("Übergabe an Schule") }, { 11, QStringLiteral("1299") } })
                    .join(separator));
    rows.append(
        landkreisRow(QStringLiteral("0000002"), QStringLiteral("S2"), { { 11, QStringLiteral("1299") } })
            .join(separator));
    QString text = rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    const TextEncoding textEncoding = TextEncoding(encoding);
    if (textEncoding == TextEncoding::Utf16LE || textEncoding == TextEncoding::Utf16BE)
        text.prepend(QChar(0xFEFF));
    TestDatabase test;
    const ImportResult result =
        import(test, QStringLiteral("landkreis"), RejectsFileWriter::encode(text, textEncoding));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.format.separator, separator.at(0));
    QCOMPARE(result.counts.created, 2);
    QCOMPARE(test.scalar(QStringLiteral("SELECT notes FROM asset WHERE inventory_no = '0000001'")).toString(),
             QStringLiteral("Übergabe an Schule"));
}

void TestImporter::batchIsRecorded()
{
    TestDatabase test;
    const QByteArray content = sisFile(
        { sisRow(QStringLiteral("SIS-1"), QStringLiteral("A1")),
          sisRow(QStringLiteral("SIS-2"), QStringLiteral("A2"), { { 9, QStringLiteral("gestern") } }) });
    const ImportResult result = import(test, QStringLiteral("sis"), content, {}, QStringLiteral("liste.csv"));
    QVERIFY(result.batchId > 0);
    QSqlQuery query(test.database().connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT kind, file_name, checksum, profile, started_by, status, data_rows, created, "
                       "rejected, finished_at FROM import_batch")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("assets"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("liste.csv"));
    QCOMPARE(query.value(2).toString(),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(query.value(3).toString(), QStringLiteral("sis"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("tester"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("completed"));
    QCOMPARE(query.value(6).toInt(), 2);
    QCOMPARE(query.value(7).toInt(), 1);
    QCOMPARE(query.value(8).toInt(), 1);
    QVERIFY(!query.value(9).isNull());
    QCOMPARE(
        test.scalar(QStringLiteral("SELECT line_no || '|' || column_name FROM import_reject")).toString(),
        QStringLiteral("3|Kaufdatum"));
    QCOMPARE(
        test.scalar(
                QStringLiteral("SELECT COUNT(*) FROM asset WHERE import_batch_id = %1").arg(result.batchId))
            .toInt(),
        1);
}

void TestImporter::rowSourceHandsOverEveryLineInOrder()
{
    // Many batches' worth, with lines that are not data in between: every line
    // arrives once, in file order, told apart and mapped, with the file position.
    constexpr int dataRows = 3000;
    QList<QStringList> rows;
    for (int i = 1; i <= dataRows; ++i) {
        rows.append(sisRow(QStringLiteral("SIS-%1").arg(i), QStringLiteral("SER%1").arg(i)));
        if (i % 1000 == 0)
            rows.append(sisHeader); // repeated header: not data
    }
    QByteArray bytes = sisFile(rows);
    bytes.append("\r\n"); // a blank line at the end
    SisRowPipeline pipeline;
    QCOMPARE(pipeline.open(&bytes), QString());

    ImportRowSource source(*pipeline.reader, *pipeline.mapper);
    source.start();
    std::vector<ImportRowSource::Row> batch;
    qint64 lastLine = 1;
    qint64 lastBytes = 0;
    int data = 0;
    int repeatedHeaders = 0;
    int blank = 0;
    while (source.next(&batch)) {
        QVERIFY(!batch.empty());
        for (const ImportRowSource::Row &row : batch) {
            QCOMPARE(row.record.line, lastLine + 1);
            QVERIFY(row.bytesRead >= lastBytes);
            lastLine = row.record.line;
            lastBytes = row.bytesRead;
            if (row.kind != ImportRowSource::LineKind::Data) {
                ++(row.kind == ImportRowSource::LineKind::Blank ? blank : repeatedHeaders);
                QVERIFY(row.mapped.values.isEmpty());
            } else {
                ++data;
                QCOMPARE(row.mapped.text(QStringLiteral("legacy_no")), QStringLiteral("SIS-%1").arg(data));
            }
        }
    }
    QCOMPARE(data, dataRows);
    QCOMPARE(repeatedHeaders, 3);
    QCOMPARE(blank, 1);
    QCOMPARE(lastBytes, qint64(bytes.size()));
    QVERIFY(pipeline.reader->errorString().isEmpty());
}

void TestImporter::rowSourceStopsWhileAhead()
{
    // A cancel while the reading thread waits for the writer must end both: no
    // further rows, and destroying the source returns.
    QList<QStringList> rows;
    for (int i = 1; i <= 20000; ++i)
        rows.append(sisRow(QStringLiteral("SIS-%1").arg(i), QStringLiteral("SER%1").arg(i)));
    QByteArray bytes = sisFile(rows);
    SisRowPipeline pipeline;
    QCOMPARE(pipeline.open(&bytes), QString());
    {
        ImportRowSource source(*pipeline.reader, *pipeline.mapper);
        source.start();
        std::vector<ImportRowSource::Row> batch;
        QVERIFY(source.next(&batch));
        QCOMPARE(batch.front().record.line, qint64(2));
        // Time enough to read the whole file (~4 MB) if nothing held it back.
        QThread::msleep(300);
        source.stop();
        QVERIFY(!source.next(&batch));
    }
    // It read a few batches ahead (~1,500 rows, ~300 KB) and then waited: the queue
    // is bounded, so memory does not grow with the file.
    QVERIFY2(pipeline.buffer.pos() < 1024 * 1024, qPrintable(QString::number(pipeline.buffer.pos())));
}

void TestImporter::undoLeavesTheSchemaAndSearchWhole_data()
{
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("undone");
    // An undo that removes at least half the assets drops the indexes and rebuilds
    // them for the rest; a smaller one takes its rows out one by one.
    QTest::newRow("most of the assets (in bulk)") << 2 << 6;
    QTest::newRow("half of the assets (in bulk)") << 4 << 4;
    QTest::newRow("a few of the assets (row by row)") << 6 << 2;
}

void TestImporter::undoLeavesTheSchemaAndSearchWhole()
{
    QFETCH(int, kept);
    QFETCH(int, undone);
    TestDatabase test;
    const auto rows = [](const QString &prefix, int count) {
        QList<QStringList> result;
        for (int i = 1; i <= count; ++i)
            result.append(sisRow(QStringLiteral("SIS-%1%2").arg(prefix).arg(i),
                                 QStringLiteral("%1SER%2").arg(prefix).arg(i)));
        return result;
    };
    QCOMPARE(import(test, QStringLiteral("sis"), sisFile(rows(QStringLiteral("KEEP"), kept))).counts.created,
             kept);
    const QStringList schemaBefore = rebuiltSchema(test);
    const ImportResult batch =
        import(test, QStringLiteral("sis"), sisFile(rows(QStringLiteral("GONE"), undone)), {},
               QStringLiteral("second.csv"));
    QCOMPARE(batch.counts.created, undone);

    const ImportUndo::Result result =
        ImportUndo(test.database()).undo(batch.batchId, QStringLiteral("tester"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.deleted, undone);
    QCOMPARE(rebuiltSchema(test), schemaBefore);
    const auto found = [&test](const QString &prefix) {
        return test.searchCount(prefix);
    };
    // The search finds the assets that stayed and none of those taken back.
    QCOMPARE(found(QStringLiteral("keepser")), kept);
    QCOMPARE(found(QStringLiteral("goneser")), 0);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset_search")).toInt(), kept);
    // The table's sort and filter indexes answer for the rest. PostgreSQL has no
    // INDEXED BY: there the planner is kept from reading the table itself.
    if (test.isPostgres())
        QVERIFY(test.exec(QStringLiteral("SET enable_seqscan = off")));
    QCOMPARE(test.scalar(test.isPostgres()
                             ? QStringLiteral("SELECT COUNT(*) FROM asset WHERE serial_no > ''")
                             : QStringLiteral("SELECT COUNT(*) FROM asset INDEXED BY asset_sort_serial "
                                              "WHERE serial_no > ''"))
                 .toInt(),
             kept);
    if (test.isPostgres())
        QVERIFY(test.exec(QStringLiteral("RESET enable_seqscan")));
    // Each removed asset's last state is in its history, filed under the batch.
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'asset' AND action = "
                                        "'delete' AND import_batch_id = %1 AND old_value LIKE '%GONESER%'")
                             .arg(batch.batchId))
                 .toInt(),
             undone);
}

void TestImporter::bulkLoadLeavesTheSchemaWhole_data()
{
    QTest::addColumn<QString>("ending");
    // Another connection open (the window's, another process's): the load must go
    // through the write-ahead log, so that connection can go on reading.
    QTest::addColumn<bool>("shared");
    for (const bool shared : { false, true }) {
        const char *suffix = shared ? ", shared" : "";
        QTest::addRow("completed%s", suffix) << QStringLiteral("completed") << shared;
        QTest::addRow("dry run%s", suffix) << QStringLiteral("dry run") << shared;
        QTest::addRow("cancelled%s", suffix) << QStringLiteral("cancelled") << shared;
        QTest::addRow("failed%s", suffix) << QStringLiteral("failed") << shared;
    }
}

void TestImporter::bulkLoadLeavesTheSchemaWhole()
{
    // An import into an empty database suspends indexes and a trigger inside its
    // transaction and rebuilds them at the end: however it ends, every one of them
    // must be there again, exactly as created.
    QFETCH(QString, ending);
    QFETCH(bool, shared);
    TestDatabase test;
    const QStringList before = rebuiltSchema(test);
    QVERIFY(before.size() > 30);
    QString error;
    std::unique_ptr<Database> other = shared ? test.database().openAnother(&error) : nullptr;
    QVERIFY2(!shared || other, qPrintable(error));
    // SQLite's journal; a server has one way of writing only.
    const auto journalMode = [&test] {
        return test.isPostgres() ? QString() : test.scalar(QStringLiteral("PRAGMA journal_mode")).toString();
    };
    QString modeWhileLoading;
    QList<QStringList> rows;
    for (int i = 1; i <= 20; ++i)
        rows.append(sisRow(QStringLiteral("SIS-%1").arg(i), QStringLiteral("SER%1").arg(i)));
    rows.append(sisRow(QStringLiteral("SIS-1"), QStringLiteral("OTHER"))); // a conflict: rejected

    ImportOptions options;
    std::atomic<bool> cancel { false };
    options.progressInterval = 5;
    options.progress = [&](const ImportProgress &) {
        if (modeWhileLoading.isEmpty())
            modeWhileLoading = journalMode();
        if (ending == QLatin1String("cancelled"))
            cancel = true;
    };
    if (ending == QLatin1String("dry run")) {
        options.dryRun = true;
    } else if (ending == QLatin1String("cancelled")) {
        options.cancel = &cancel;
    } else if (ending == QLatin1String("failed")) {
        // The rejects file cannot be written: the first rejected row fails the import.
        options.rejectsPath = test.folder() + QStringLiteral("/no such folder/rejects.csv");
    }
    const ImportResult result = import(test, QStringLiteral("sis"), sisFile(rows), options);

    const QMap<QString, ImportResult::Status> expected = {
        { QStringLiteral("completed"), ImportResult::Status::Completed },
        { QStringLiteral("dry run"), ImportResult::Status::DryRun },
        { QStringLiteral("cancelled"), ImportResult::Status::Cancelled },
        { QStringLiteral("failed"), ImportResult::Status::Failed },
    };
    QVERIFY2(result.status == expected.value(ending), qPrintable(result.error));
    QCOMPARE(rebuiltSchema(test), before);
    // Alone, the load wrote through a rollback journal (each page once); either way
    // the database is back in write-ahead logging.
    if (!test.isPostgres()) {
        QCOMPARE(modeWhileLoading, shared ? QStringLiteral("wal") : QStringLiteral("delete"));
        QCOMPARE(journalMode(), QStringLiteral("wal"));
    }
    if (other)
        QCOMPARE(QSqlQuery(QStringLiteral("SELECT COUNT(*) FROM asset"), other->connection()).isActive(),
                 true);
    const int assets = ending == QLatin1String("completed") ? 20 : 0;
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), assets);
    if (assets > 0) {
        // What the rebuilds write: search documents and sort keys of every asset.
        QCOMPARE(test.searchCount(QStringLiteral("ser1")), 11); // SER1, SER10 … SER19
        QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset WHERE owner_sort = '' OR "
                                            "category_sort = '' OR site_sort = ''"))
                     .toInt(),
                 0);
        QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE action = 'insert'")).toInt(),
                 assets);
    }
}

// On a shared server a colleague keeps reading and editing while an import runs:
// they see the inventory as it was until the import commits, and are not locked out
// (an import into an inventory in use does not suspend the indexes there).
void TestImporter::othersKeepWorkingDuringAnImport()
{
    TestDatabase test;
    QList<QStringList> old;
    for (int i = 1; i <= 3; ++i)
        old.append(sisRow(QStringLiteral("SIS-OLD%1").arg(i), QStringLiteral("OLDSER%1").arg(i)));
    QCOMPARE(import(test, QStringLiteral("sis"), sisFile(old)).counts.created, 3);
    const qint64 oldId = test.scalar(QStringLiteral("SELECT MIN(id) FROM asset")).toLongLong();
    QString error;
    std::unique_ptr<Database> colleague = test.database().openAnother(&error);
    QVERIFY2(colleague, qPrintable(error));
    // Waiting would be the lock-out this test is about: give up after a second.
    if (test.isPostgres())
        QVERIFY(Sql::exec(colleague->connection(), QStringLiteral("SET lock_timeout = '1s'"), &error));

    int assetsSeen = -1;
    int documentsSeen = -1;
    bool edited = false;
    QString colleagueError;
    ImportOptions options;
    options.progressInterval = 50;
    options.progress = [&](const ImportProgress &progress) {
        if (assetsSeen >= 0 || progress.rows == 0)
            return;
        QSqlQuery query(colleague->connection());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM asset")) && query.next())
            assetsSeen = query.value(0).toInt();
        else
            colleagueError = Sql::errorText(query);
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM asset_search")) && query.next())
            documentsSeen = query.value(0).toInt();
        else
            colleagueError = Sql::errorText(query);
        // SQLite has one writer at a time; a server lets the colleague save meanwhile.
        if (test.isPostgres()) {
            AssetRepository repository(*colleague, { QStringLiteral("colleague"), 0 });
            std::optional<Asset> asset = repository.find(oldId, &colleagueError);
            if (asset) {
                asset->notes = QStringLiteral("während des Imports");
                edited = repository.update(*asset, &colleagueError) == AssetRepository::UpdateResult::Updated;
            }
        }
    };
    QList<QStringList> rows;
    for (int i = 1; i <= 400; ++i)
        rows.append(sisRow(QStringLiteral("SIS-NEW%1").arg(i), QStringLiteral("NEWSER%1").arg(i)));
    const ImportResult result =
        import(test, QStringLiteral("sis"), sisFile(rows), options, QStringLiteral("new.csv"));
    QVERIFY2(result.ran(), qPrintable(result.error));
    QCOMPARE(result.counts.created, 400);
    QVERIFY2(colleagueError.isEmpty(), qPrintable(colleagueError));
    QCOMPARE(assetsSeen, 3);
    QCOMPARE(documentsSeen, 3);
    if (test.isPostgres())
        QVERIFY(edited);
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM asset")).toInt(), 403);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
