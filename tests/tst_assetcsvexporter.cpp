#include "assets/assetcsvexporter.h"
#include "assets/assetexportjob.h"
#include "assets/assetrepository.h"
#include "assets/assettablemodel.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

namespace {

// RFC 4180 as the exporter writes it, parsed independently of the exporter.
QList<QStringList> parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestAssetCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plainRoundTrip();
    void germanExcelVariant();
    void filterColumnsAndOrder();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void streamsManyRows();
    void reportsProgress();
    void cancelLeavesNoFile();
    void cancelKeepsAnOlderFile();
    void jobWritesInAWorkerThread();

private:
    // count assets numbered N-00000 …, more than one chunk when count > 1000.
    void addManyAssets(int count);
    qint64 addAsset(const QString &inventoryNo, const QString &notes, const QString &model, QDate purchased,
                    std::optional<qint64> cents, const QString &owner = QStringLiteral("SN"));
    QByteArray exportBytes(AssetCsvExporter &exporter);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<AssetRepository> m_repository;
};

void TestAssetCsvExporter::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_repository =
        std::make_unique<AssetRepository>(m_test->database(), ChangeContext { QStringLiteral("test"), 0 });
}

void TestAssetCsvExporter::cleanup()
{
    m_repository.reset();
    m_test.reset();
}

qint64 TestAssetCsvExporter::addAsset(const QString &inventoryNo, const QString &notes, const QString &model,
                                      QDate purchased, std::optional<qint64> cents, const QString &owner)
{
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(QStringLiteral("Multifunktionsgerät"));
    asset.ownerAuthorityId = m_test->authorityId(owner);
    asset.manufacturer = QStringLiteral("Größe & Söhne");
    asset.model = model;
    asset.notes = notes;
    asset.purchaseDate = purchased;
    asset.purchasePriceCents = cents;
    QString error;
    if (!m_repository->insert(asset, &error))
        qWarning("%s", qPrintable(error));
    return asset.id;
}

void TestAssetCsvExporter::addManyAssets(int count)
{
    Sql::Transaction transaction(m_test->database().connection());
    for (int i = 0; i < count; ++i)
        addAsset(QStringLiteral("N-%1").arg(i, 5, 10, QLatin1Char('0')), QString(),
                 QStringLiteral("same model"), QDate(), std::nullopt);
    QString error;
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

QByteArray TestAssetCsvExporter::exportBytes(AssetCsvExporter &exporter)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exporter.write(&buffer, &error))
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

void TestAssetCsvExporter::plainRoundTrip()
{
    addAsset(QStringLiteral("A-1"), QStringLiteral("Zeile 1\nZeile 2; mit \"Anführung\", Komma"),
             QStringLiteral("Äquator \"XL\""), QDate(2021, 3, 9), 123456);
    addAsset(QStringLiteral("A-2"), QString(), QStringLiteral("Straße, Weiß"), QDate(), std::nullopt);
    addAsset(QStringLiteral("A-3"), QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("@SUM(1)"),
             QDate(1999, 12, 31), 5);
    AssetCsvExporter exporter(m_test->database());
    exporter.setFormat(AssetCsvExporter::Format::Plain);
    exporter.setColumns({ AssetTableModel::InventoryNo, AssetTableModel::Category,
                          AssetTableModel::Manufacturer, AssetTableModel::Model,
                          AssetTableModel::PurchaseDate, AssetTableModel::PurchasePrice,
                          AssetTableModel::Notes });
    const QByteArray bytes = exportBytes(exporter);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains("\r\n"));
    QCOMPARE(exporter.rowsWritten(), qint64(3));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), QLatin1Char(','));
    const QList<QStringList> expected = {
        { AssetTableModel::columnName(AssetTableModel::InventoryNo),
          AssetTableModel::columnName(AssetTableModel::Category),
          AssetTableModel::columnName(AssetTableModel::Manufacturer),
          AssetTableModel::columnName(AssetTableModel::Model),
          AssetTableModel::columnName(AssetTableModel::PurchaseDate),
          AssetTableModel::columnName(AssetTableModel::PurchasePrice),
          AssetTableModel::columnName(AssetTableModel::Notes) },
        { QStringLiteral("A-1"), QStringLiteral("Multifunktionsgerät"), QStringLiteral("Größe & Söhne"),
          QStringLiteral("Äquator \"XL\""), QStringLiteral("2021-03-09"), QStringLiteral("1234.56"),
          QStringLiteral("Zeile 1\nZeile 2; mit \"Anführung\", Komma") },
        { QStringLiteral("A-2"), QStringLiteral("Multifunktionsgerät"), QStringLiteral("Größe & Söhne"),
          QStringLiteral("Straße, Weiß"), QString(), QString(), QString() },
        { QStringLiteral("A-3"), QStringLiteral("Multifunktionsgerät"), QStringLiteral("Größe & Söhne"),
          QStringLiteral("'@SUM(1)"), QStringLiteral("1999-12-31"), QStringLiteral("0.05"),
          QStringLiteral("'=HYPERLINK(\"http://x\")") },
    };
    QCOMPARE(rows, expected);
}

void TestAssetCsvExporter::germanExcelVariant()
{
    addAsset(QStringLiteral("B-1"), QStringLiteral("Büro; Flur"), QStringLiteral("Modell"), QDate(2024, 1, 2),
             99999);
    AssetCsvExporter exporter(m_test->database());
    exporter.setFormat(AssetCsvExporter::Format::GermanExcel);
    exporter.setColumns({ AssetTableModel::InventoryNo, AssetTableModel::PurchaseDate,
                          AssetTableModel::PurchasePrice, AssetTableModel::Notes });
    const QByteArray bytes = exportBytes(exporter);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
    QCOMPARE(lines.at(1), QStringLiteral("B-1;02.01.2024;999,99;\"Büro; Flur\""));
    QVERIFY(lines.at(2).isEmpty());
    QCOMPARE(lines.at(0).count(QLatin1Char(';')), 3);
}

void TestAssetCsvExporter::filterColumnsAndOrder()
{
    addAsset(QStringLiteral("C-2"), QString(), QStringLiteral("b"), QDate(), std::nullopt,
             QStringLiteral("SN"));
    addAsset(QStringLiteral("C-1"), QString(), QStringLiteral("a"), QDate(), std::nullopt,
             QStringLiteral("LUP"));
    addAsset(QStringLiteral("C-3"), QString(), QStringLiteral("c"), QDate(), std::nullopt,
             QStringLiteral("LUP"));
    AssetCsvExporter exporter(m_test->database());
    exporter.setFormat(AssetCsvExporter::Format::Plain);
    AssetFilter filter;
    filter.ownerAuthorityIds = { m_test->authorityId(QStringLiteral("LUP")) };
    exporter.setFilter(filter);
    exporter.setSort(AssetTableModel::Model, Qt::DescendingOrder);
    exporter.setColumns({ AssetTableModel::OwnerAuthority, AssetTableModel::InventoryNo });
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exportBytes(exporter)), QLatin1Char(','));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1), (QStringList { QStringLiteral("LUP"), QStringLiteral("C-3") }));
    QCOMPARE(rows.at(2), (QStringList { QStringLiteral("LUP"), QStringLiteral("C-1") }));
}

void TestAssetCsvExporter::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+49 385") << QStringLiteral("'+49 385");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("inner equals stays") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("quote doubled") << QStringLiteral("2\" Zoll") << QStringLiteral("\"2\"\" Zoll\"");
    QTest::newRow("separator quoted") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("formula and separator") << QStringLiteral("=a;b") << QStringLiteral("\"'=a;b\"");
}

void TestAssetCsvExporter::neutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(AssetCsvExporter::cell(text, QLatin1Char(';'), true), written);
}

void TestAssetCsvExporter::streamsManyRows()
{
    // More rows than one chunk, so the keyset continuation is exercised.
    Sql::Transaction transaction(m_test->database().connection());
    QStringList expected;
    for (int i = 0; i < 2345; ++i) {
        const QString number = QStringLiteral("N-%1").arg(i, 5, 10, QLatin1Char('0'));
        addAsset(number, QString(), QStringLiteral("same model"), QDate(), std::nullopt);
        expected.append(number);
    }
    QString error;
    QVERIFY2(transaction.commit(&error), qPrintable(error));
    AssetCsvExporter exporter(m_test->database());
    exporter.setFormat(AssetCsvExporter::Format::Plain);
    exporter.setSort(AssetTableModel::Model, Qt::AscendingOrder);
    exporter.setColumns({ AssetTableModel::InventoryNo });
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exportBytes(exporter)), QLatin1Char(','));
    QCOMPARE(exporter.rowsWritten(), qint64(expected.size()));
    QStringList numbers;
    for (qsizetype i = 1; i < rows.size(); ++i)
        numbers.append(rows.at(i).value(0));
    QCOMPARE(numbers, expected); // identical models: ordered by id, each exactly once
}

void TestAssetCsvExporter::reportsProgress()
{
    addManyAssets(2345);
    AssetCsvExporter exporter(m_test->database());
    exporter.setFormat(AssetCsvExporter::Format::Plain);
    QList<QPair<qint64, qint64>> reports;
    exporter.setProgressCallback([&reports](qint64 rowsWritten, qint64 totalRows) {
        reports.append({ rowsWritten, totalRows });
    });
    const QString path = m_test->folder() + QStringLiteral("/assets.csv");
    QString error;
    QCOMPARE(exporter.writeFile(path, &error), AssetCsvExporter::Result::Written);
    QCOMPARE(reports.size(), 4); // before the first row, then after each chunk of 1000
    QCOMPARE(reports.first(), qMakePair(qint64(0), qint64(2345)));
    QCOMPARE(reports.at(1), qMakePair(qint64(1000), qint64(2345)));
    QCOMPARE(reports.last(), qMakePair(qint64(2345), qint64(2345)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2346);
}

void TestAssetCsvExporter::cancelLeavesNoFile()
{
    addManyAssets(2345);
    AssetCsvExporter exporter(m_test->database());
    std::atomic<bool> cancel { false };
    exporter.setCancelFlag(&cancel);
    // The user presses Cancel while the second chunk is being written.
    exporter.setProgressCallback([&cancel](qint64 rowsWritten, qint64) {
        if (rowsWritten >= 1000)
            cancel.store(true);
    });
    QDir folder(m_test->folder());
    QVERIFY(folder.mkdir(QStringLiteral("out")));
    QVERIFY(folder.cd(QStringLiteral("out")));
    const QString path = folder.filePath(QStringLiteral("assets.csv"));
    QString error;
    QCOMPARE(exporter.writeFile(path, &error), AssetCsvExporter::Result::Cancelled);
    QVERIFY(exporter.cancelled());
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QCOMPARE(exporter.rowsWritten(), 1000);
    QVERIFY(!QFile::exists(path));
    // No temporary file left behind either.
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
}

void TestAssetCsvExporter::cancelKeepsAnOlderFile()
{
    addManyAssets(10);
    const QString path = m_test->folder() + QStringLiteral("/assets.csv");
    {
        QFile older(path);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("yesterday's export\n");
    }
    AssetCsvExporter exporter(m_test->database());
    const std::atomic<bool> cancel { true };
    exporter.setCancelFlag(&cancel);
    QString error;
    QCOMPARE(exporter.writeFile(path, &error), AssetCsvExporter::Result::Cancelled);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("yesterday's export\n"));
}

void TestAssetCsvExporter::jobWritesInAWorkerThread()
{
    addManyAssets(1500);
    const QString path = m_test->folder() + QStringLiteral("/assets.csv");
    QThread thread;
    auto *job = new AssetExportJob(m_test->database(), path, AssetCsvExporter::Format::Plain);
    job->setColumns({ AssetTableModel::InventoryNo });
    job->setSort(AssetTableModel::InventoryNo, Qt::DescendingOrder);
    job->moveToThread(&thread);
    connect(&thread, &QThread::started, job, &AssetExportJob::run);
    connect(&thread, &QThread::finished, job, &QObject::deleteLater);
    // Received in this thread through queued connections, as a window would.
    QList<qint64> progress;
    std::optional<AssetCsvExporter::Result> result;
    qint64 rows = -1;
    QString error;
    QObject receiver;
    connect(job, &AssetExportJob::progress, &receiver,
            [&progress](qint64 rowsWritten, qint64) { progress.append(rowsWritten); });
    connect(job, &AssetExportJob::finished, &receiver,
            [&](AssetCsvExporter::Result finished, qint64 rowsWritten, const QString &message) {
                result = finished;
                rows = rowsWritten;
                error = message;
            });
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    thread.quit();
    thread.wait();
    QCOMPARE(*result, AssetCsvExporter::Result::Written);
    QCOMPARE(rows, 1500);
    QCOMPARE(error, QString());
    QCOMPARE(progress, (QList<qint64> { 0, 1000, 1500 }));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(1), QByteArray("N-01499"));
}

QTEST_GUILESS_MAIN(TestAssetCsvExporter)
#include "tst_assetcsvexporter.moc"
