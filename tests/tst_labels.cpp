#include "assets/assetlookup.h"
#include "assets/assetrepository.h"
#include "labels/labelitemquery.h"
#include "labels/labelprintdialog.h"
#include "labels/labelsheetwriter.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

// Asset labels as a technician prints them: the command writes a PDF with one
// sheet per 24 labels and every inventory number on it; the QR code and the
// barcode, read back from the printed page by a decoder (zbarimg), find the asset
// through the scan look-up; a list naming an unknown asset writes nothing.
class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandWritesASheetPer24LabelsWithEveryNumber();
    void skippedPlacesOfAUsedSheetStayEmpty();
    void qrCodeAndBarcodeReadBackFindTheAsset();
    void listWithAnUnknownAssetWritesNothing();
    void labelsOfASiteOnly();
    void dialogPreviewsTheFirstSheet();
    void printerGetsTheSamePages();

private:
    qint64 addAsset(const QString &inventoryNo, const QString &owner, const QString &serial = QString());
    static QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr);
    static int pageCount(const QString &pdf);

    std::unique_ptr<TestDatabase> m_test;
    QStringList m_cityNumbers;
};

void TestLabels::initTestCase()
{
    for (const char *tool : { "pdftotext", "pdfinfo", "pdftoppm", "zbarimg" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("%1 is needed (poppler-utils, zbar-tools)").arg(QLatin1String(tool))));
    }
}

void TestLabels::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_cityNumbers.clear();
    for (int i = 1; i <= 30; ++i) {
        const QString number = QStringLiteral("SN-2026-%1").arg(i, 6, 10, QLatin1Char('0'));
        addAsset(number, QStringLiteral("SN"), QStringLiteral("CZC%1").arg(i, 5, 10, QLatin1Char('0')));
        m_cityNumbers.append(number);
    }
    addAsset(QStringLiteral("LUP-2026-000001"), QStringLiteral("LUP"));
}

void TestLabels::cleanup()
{
    m_test.reset();
}

qint64 TestLabels::addAsset(const QString &inventoryNo, const QString &owner, const QString &serial)
{
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.serialNo = serial;
    asset.categoryId = m_test->categoryId(QStringLiteral("PC"));
    asset.ownerAuthorityId = m_test->authorityId(owner);
    return m_test->insertAsset(asset);
}

QString TestLabels::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestLabels::pageCount(const QString &pdf)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(run(QStringLiteral("pdfinfo"), { pdf }));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestLabels::commandWritesASheetPer24LabelsWithEveryNumber()
{
    const QString pdf = m_test->folder() + QStringLiteral("/labels.pdf");
    QString output;
    QString errors;
    QCOMPARE(runBestand({ QStringLiteral("labels"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--authority"), QStringLiteral("SN"), QStringLiteral("--layout"),
                          QStringLiteral("a4-3x8"), QStringLiteral("--out"), pdf },
                        &output, &errors),
             0);
    QVERIFY2(output.contains(QStringLiteral("30 labels on 2 pages")), qPrintable(output + errors));
    QCOMPARE(pageCount(pdf), 2);
    const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    for (const QString &number : std::as_const(m_cityNumbers))
        QVERIFY2(text.contains(number), qPrintable(number));
    // The district's device is not the city's.
    QVERIFY(!text.contains(QStringLiteral("LUP-2026-000001")));
    QVERIFY(text.contains(QStringLiteral("PC")));
}

void TestLabels::skippedPlacesOfAUsedSheetStayEmpty()
{
    const QString pdf = m_test->folder() + QStringLiteral("/labels.pdf");
    QCOMPARE(runBestand({ QStringLiteral("labels"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--authority"), QStringLiteral("SN"), QStringLiteral("--skip"),
                          QStringLiteral("20"), QStringLiteral("--out"), pdf }),
             0);
    // 20 used places and 30 labels: 50 places, three sheets; the first holds 4 labels.
    QCOMPARE(pageCount(pdf), 3);
    const QString firstPage = run(QStringLiteral("pdftotext"),
                                  { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                    QStringLiteral("1"), pdf, QStringLiteral("-") });
    QCOMPARE(firstPage.count(QStringLiteral("SN-2026-")), 4);
    QCOMPARE(runBestand({ QStringLiteral("labels"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--skip"), QStringLiteral("24"), QStringLiteral("--out"), pdf }),
             2);
}

void TestLabels::qrCodeAndBarcodeReadBackFindTheAsset()
{
    const qint64 asset =
        addAsset(QStringLiteral("KSM-2026-004711"), QStringLiteral("KSM"), QStringLiteral("5CG1234XYZ"));
    QVERIFY(m_test->exec(
        QStringLiteral("INSERT INTO legacy_identifier (asset_id, source, value) VALUES (%1, 'sis', "
                       "'SIS-2009-0815')")
            .arg(asset)));
    // The list names the asset by its old SIS number, as found on the old sticker.
    const QString list = m_test->folder() + QStringLiteral("/assets.txt");
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# relabel\nSIS-2009-0815\n");
    file.close();
    const QString pdf = m_test->folder() + QStringLiteral("/label.pdf");
    QString output;
    QString errors;
    QCOMPARE(
        runBestand({ QStringLiteral("labels"), QStringLiteral("--db"), m_test->path(),
                     QStringLiteral("--ids"), list, QStringLiteral("--layout"), QStringLiteral("roll-62x29"),
                     QStringLiteral("--legacy"), QStringLiteral("--out"), pdf },
                   &output, &errors),
        0);
    QCOMPARE(pageCount(pdf), 1);
    const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY2(text.contains(QStringLiteral("KSM-2026-004711"))
                 && text.contains(QStringLiteral("SIS-2009-0815")),
             qPrintable(text));

    // Printed at 300 dpi, as a label printer does, and read by a decoder.
    const QString png = m_test->folder() + QStringLiteral("/label");
    run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-singlefile"),
          pdf, png });
    int exitCode = -1;
    const QStringList decoded =
        run(QStringLiteral("zbarimg"), { QStringLiteral("--quiet"), png + QStringLiteral(".png") }, &exitCode)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(exitCode, 0);
    QStringList symbologies;
    AssetLookup lookup(m_test->database());
    for (const QString &line : decoded) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        QVERIFY(colon > 0);
        symbologies.append(line.left(colon));
        // What a USB scanner types into the scan field finds the asset.
        QString error;
        QCOMPARE(lookup.find(line.mid(colon + 1).trimmed(), &error), QList<qint64> { asset });
    }
    symbologies.sort();
    QCOMPARE(symbologies, (QStringList { QStringLiteral("CODE-128"), QStringLiteral("QR-Code") }));
}

void TestLabels::listWithAnUnknownAssetWritesNothing()
{
    const QString list = m_test->folder() + QStringLiteral("/assets.txt");
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SN-2026-000001\nSN-9999-000000\n");
    file.close();
    const QString pdf = m_test->folder() + QStringLiteral("/labels.pdf");
    QString errors;
    QCOMPARE(runBestand({ QStringLiteral("labels"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--ids"), list, QStringLiteral("--out"), pdf },
                        nullptr, &errors),
             1);
    QVERIFY2(errors.contains(QStringLiteral("line 2")) && errors.contains(QStringLiteral("SN-9999-000000")),
             qPrintable(errors));
    QVERIFY(!QFile::exists(pdf));
}

void TestLabels::labelsOfASiteOnly()
{
    QVERIFY(m_test->exec(QStringLiteral("INSERT INTO site (name) VALUES ('Rathaus')")));
    QVERIFY(
        m_test->exec(QStringLiteral("UPDATE asset SET site_id = (SELECT id FROM site WHERE name = 'Rathaus') "
                                    "WHERE inventory_no IN ('SN-2026-000003', 'LUP-2026-000001')")));
    QString error;
    const std::optional<QList<LabelItem>> items =
        LabelItemQuery(m_test->database())
            .forSelection(0, m_test->scalar(QStringLiteral("SELECT id FROM site")).toLongLong(), &error);
    QVERIFY2(items, qPrintable(error));
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).inventoryNo, QStringLiteral("LUP-2026-000001"));
    QCOMPARE(items->at(0).ownerCode, QStringLiteral("LUP"));
    QCOMPARE(items->at(1).inventoryNo, QStringLiteral("SN-2026-000003"));
    QCOMPARE(items->at(1).serialNo, QStringLiteral("CZC00003"));
    QCOMPARE(items->at(1).category, QStringLiteral("PC"));
    const QString pdf = m_test->folder() + QStringLiteral("/labels.pdf");
    QString errors;
    QCOMPARE(runBestand({ QStringLiteral("labels"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("--site"), QStringLiteral("Bauhof"), QStringLiteral("--out"), pdf },
                        nullptr, &errors),
             1);
    QVERIFY2(errors.contains(QStringLiteral("Bauhof")), qPrintable(errors));
}

void TestLabels::dialogPreviewsTheFirstSheet()
{
    QString error;
    const std::optional<QList<LabelItem>> items =
        LabelItemQuery(m_test->database()).forSelection(m_test->authorityId(QStringLiteral("SN")), 0, &error);
    QVERIFY2(items, qPrintable(error));
    LabelPrintDialog dialog(*items);
    dialog.setLayoutName(QStringLiteral("a4-3x8"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("startPosition"))->maximum(), 24);
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("30")),
             qPrintable(dialog.summaryLabel()->text()));
    // The preview is an A4 page with 24 labels on it: dark pixels in every label's place.
    const QImage preview = dialog.previewImage();
    QVERIFY(!preview.isNull());
    QCOMPARE(preview.size(), QSize(qRound(210 * 2.4), qRound(297 * 2.4)));
    const LabelLayout layout = dialog.writer().layout();
    const double dotsPerMm = preview.width() / layout.pageMm.width();
    for (int position = 0; position < 24; ++position) {
        const QRectF mm = layout.labelRectMm(position);
        int dark = 0;
        for (int y = int(mm.top() * dotsPerMm); y < int(mm.bottom() * dotsPerMm); ++y) {
            for (int x = int(mm.left() * dotsPerMm); x < int(mm.right() * dotsPerMm); ++x)
                dark += qGray(preview.pixel(x, y)) < 128;
        }
        QVERIFY2(dark > 100, qPrintable(QStringLiteral("label %1 is empty").arg(position)));
    }
    // Starting at the 24th place leaves one label on the first sheet.
    dialog.findChild<QSpinBox *>(QStringLiteral("startPosition"))->setValue(24);
    QCOMPARE(dialog.writer().pageCount(int(items->size())), 3);
}

// The printer path: a printer that writes PDF gets one page per sheet, each the
// size of the layout's page, with the labels on it.
void TestLabels::printerGetsTheSamePages()
{
    QString error;
    const std::optional<QList<LabelItem>> items =
        LabelItemQuery(m_test->database()).forSelection(m_test->authorityId(QStringLiteral("SN")), 0, &error);
    QVERIFY2(items, qPrintable(error));
    const QString path = m_test->folder() + QStringLiteral("/printed.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const LabelSheetWriter writer(*LabelLayout::find(QStringLiteral("roll-62x29")), LabelPainter::Options {});
    QVERIFY2(writer.print(printer, items->mid(0, 3), &error), qPrintable(error));
    QCOMPARE(pageCount(path), 3);
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    // 62 × 29 mm is 175.7 × 82.2 pt (the printer rounds to whole points).
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("Page size:\\s+17[56](\\.\\d+)? x 82(\\.\\d+)? pts"))),
             qPrintable(info));
    const QString text = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    for (int i = 0; i < 3; ++i)
        QVERIFY2(text.contains(items->at(i).inventoryNo), qPrintable(items->at(i).inventoryNo));
}

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
