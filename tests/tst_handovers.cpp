#include "assets/assetrepository.h"
#include "common/referencecombobox.h"
#include "handovers/handoverdialog.h"
#include "handovers/handoverpdfwriter.h"
#include "handovers/handoverservice.h"
#include "handovers/handoverstore.h"
#include "handovers/personhandoversdialog.h"
#include "labels/labelitemquery.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

// Handing devices to an employee and taking them back, as the technician and the
// employee sign it: each device's person, status and place change with history
// rows, the record is kept and prints in German with numbers and serials, a device
// cannot be handed out twice, and anonymising the person removes the name from
// every record while keeping them all.
class TestHandovers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void handoverAndReturnChangeTheDevicesWithHistory();
    void deviceStillOutOrRetiredIsRefusedAndNothingChanges();
    void loanPastItsDueDayIsListedOverdue();
    void recordPrintsInGermanWithNumbersAndSerials();
    void dialogHandsOverWithAccessoriesAndShowsThePerson();
    void anonymisingRemovesTheNameAndKeepsTheRecords();

private:
    qint64 addAsset(const QString &inventoryNo, const QString &serial, const QString &category);
    qint64 count(const QString &sql) { return m_test->scalar(sql).toLongLong(); }
    HandoverRequest request(const QList<qint64> &assets) const;
    static QString pdfText(const QString &path);

    std::unique_ptr<TestDatabase> m_test;
    qint64 m_person = 0;
    qint64 m_site = 0;
    qint64 m_notebook = 0;
    qint64 m_dock = 0;
};

void TestHandovers::init()
{
    m_test = std::make_unique<TestDatabase>();
    QVERIFY(m_test->exec(QStringLiteral("INSERT INTO person (name) VALUES ('Doreen Weiß')")));
    m_person = count(QStringLiteral("SELECT id FROM person WHERE name = 'Doreen Weiß'"));
    QVERIFY(m_test->exec(QStringLiteral("INSERT INTO site (name) VALUES ('Rathaus Am Markt')")));
    m_site = count(QStringLiteral("SELECT id FROM site"));
    m_notebook =
        addAsset(QStringLiteral("SN-2026-000101"), QStringLiteral("5CG1234XYZ"), QStringLiteral("Notebook"));
    m_dock = addAsset(QStringLiteral("SN-2026-000102"), QStringLiteral("DK77-0042"),
                      QStringLiteral("Dockingstation"));
}

void TestHandovers::cleanup()
{
    m_test.reset();
}

qint64 TestHandovers::addAsset(const QString &inventoryNo, const QString &serial, const QString &category)
{
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.serialNo = serial;
    asset.categoryId = m_test->categoryId(category);
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("SN"));
    asset.status = AssetStatus::InStock;
    asset.manufacturer = QStringLiteral("HP");
    return m_test->insertAsset(asset);
}

HandoverRequest TestHandovers::request(const QList<qint64> &assets) const
{
    HandoverRequest request;
    request.personId = m_person;
    request.siteId = m_site;
    request.date = QDate(2026, 12, 1);
    for (const qint64 asset : assets) {
        HandoverItem item;
        item.assetId = asset;
        request.items.append(item);
    }
    return request;
}

QString TestHandovers::pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestHandovers::handoverAndReturnChangeTheDevicesWithHistory()
{
    HandoverService service(m_test->database(), ChangeContext { QStringLiteral("akrueger") });
    QString error;
    HandoverRequest out = request({ m_notebook, m_dock });
    out.items[0].accessories = QStringLiteral("Netzteil");
    const std::optional<Handover> handed = service.checkOut(out, &error);
    QVERIFY2(handed, qPrintable(error));

    // Each device now with the person, in use, at the site; each change a history row.
    for (const qint64 asset : { m_notebook, m_dock }) {
        QCOMPARE(count(QStringLiteral("SELECT person_id FROM asset WHERE id = %1").arg(asset)), m_person);
        QCOMPARE(
            m_test->scalar(QStringLiteral("SELECT status FROM asset WHERE id = %1").arg(asset)).toString(),
            QStringLiteral("in_use"));
        QCOMPARE(count(QStringLiteral("SELECT site_id FROM asset WHERE id = %1").arg(asset)), m_site);
        QCOMPARE(m_test
                     ->scalar(QStringLiteral(
                                  "SELECT new_value FROM history WHERE entity = 'asset' AND entity_id = %1 "
                                  "AND field = 'person_id' AND changed_by = 'akrueger'")
                                  .arg(asset))
                     .toString(),
                 QString::number(m_person));
        QCOMPARE(m_test
                     ->scalar(QStringLiteral(
                                  "SELECT old_value || '>' || new_value FROM history WHERE entity = 'asset' "
                                  "AND entity_id = %1 AND field = 'status'")
                                  .arg(asset))
                     .toString(),
                 QStringLiteral("in_stock>in_use"));
    }
    // The record, its two items as handed over, and its own history row.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM handover WHERE kind = 'checkout'")), 1);
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT person_name FROM handover")).toString(),
             QStringLiteral("Doreen Weiß"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM handover_item")), 2);
    QCOMPARE(
        m_test
            ->scalar(
                QStringLiteral("SELECT accessories FROM handover_item WHERE asset_id = %1").arg(m_notebook))
            .toString(),
        QStringLiteral("Netzteil"));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'handover' AND entity_id = %1 AND "
                             "action = 'insert'")
                  .arg(handed->id)),
        1);

    // The dock comes back: with nobody, in stock; the notebook stays out.
    HandoverRequest back = request({ m_dock });
    back.personId = 0;
    back.items[0].condition = QStringLiteral("Kratzer am Gehäuse");
    const std::optional<Handover> returned = service.takeBack(back, &error);
    QVERIFY2(returned, qPrintable(error));
    QCOMPARE(returned->personId, m_person);
    QVERIFY(m_test->scalar(QStringLiteral("SELECT person_id FROM asset WHERE id = %1").arg(m_dock)).isNull());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT status FROM asset WHERE id = %1").arg(m_dock)).toString(),
             QStringLiteral("in_stock"));
    QCOMPARE(count(QStringLiteral(
                       "SELECT returned_by_id FROM handover_item WHERE handover_id = %1 AND asset_id = %2")
                       .arg(handed->id)
                       .arg(m_dock)),
             returned->id);

    HandoverStore store(m_test->database());
    const auto held = store.heldNow(m_person, &error);
    QVERIFY(held);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->first().item.inventoryNo, QStringLiteral("SN-2026-000101"));
    const auto records = store.ofPerson(m_person, &error);
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    const std::optional<Handover> reread = store.find(returned->id, &error);
    QVERIFY(reread);
    QCOMPARE(reread->kind, Handover::Kind::Return);
    QCOMPARE(reread->items.first().condition, QStringLiteral("Kratzer am Gehäuse"));
    QCOMPARE(reread->items.first().serialNo, QStringLiteral("DK77-0042"));
    QCOMPARE(store.ofAsset(m_dock, &error)->size(), 2);
    QCOMPARE(store.ofAsset(m_notebook, &error)->size(), 1);

    // From the dock's history: both records, the newest first, and a reprint of the handover.
    PersonHandoversDialog dialog(m_test->database());
    dialog.showAssetRecords(m_dock);
    QCOMPARE(dialog.recordTable()->rowCount(), 2);
    QCOMPARE(dialog.recordTable()->item(0, 0)->text(), QString::number(returned->id));
    QCOMPARE(dialog.recordTable()->item(1, 3)->text(), QStringLiteral("Doreen Weiß"));
    dialog.recordTable()->setCurrentCell(1, 0);
    const QString reprint = m_test->folder() + QStringLiteral("/reprint.pdf");
    QVERIFY(dialog.reprintCurrent(reprint));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = pdfText(reprint);
        QVERIFY2(text.contains(QStringLiteral("DK77-0042")) && text.contains(QStringLiteral("5CG1234XYZ")),
                 qPrintable(text));
    }
}

void TestHandovers::deviceStillOutOrRetiredIsRefusedAndNothingChanges()
{
    HandoverService service(m_test->database(), ChangeContext { QStringLiteral("akrueger") });
    QString error;
    QVERIFY2(service.checkOut(request({ m_notebook }), &error), qPrintable(error));
    QVERIFY(m_test->exec(QStringLiteral("INSERT INTO person (name) VALUES ('Jens Krüger')")));
    const qint64 other = count(QStringLiteral("SELECT id FROM person WHERE name = 'Jens Krüger'"));
    const qint64 historyBefore = count(QStringLiteral("SELECT COUNT(*) FROM history"));

    // The dock is free, the notebook is not: the whole handover is refused.
    HandoverRequest again = request({ m_dock, m_notebook });
    again.personId = other;
    QVERIFY(!service.checkOut(again, &error));
    QVERIFY2(error.contains(QStringLiteral("SN-2026-000101")), qPrintable(error));
    QVERIFY(m_test->scalar(QStringLiteral("SELECT person_id FROM asset WHERE id = %1").arg(m_dock)).isNull());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM handover")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM history")), historyBefore);

    // Not out with anyone: nothing to take back.
    HandoverRequest back = request({ m_dock });
    QVERIFY(!service.takeBack(back, &error));
    QVERIFY2(error.contains(QStringLiteral("SN-2026-000102")), qPrintable(error));

    QVERIFY(m_test->exec(QStringLiteral("UPDATE asset SET status = 'retired' WHERE id = %1").arg(m_dock)));
    QVERIFY(!service.checkOut(request({ m_dock }), &error));
    QVERIFY2(error.contains(QStringLiteral("retired")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM handover")), 1);
}

void TestHandovers::loanPastItsDueDayIsListedOverdue()
{
    HandoverService service(m_test->database(), ChangeContext { QStringLiteral("akrueger") });
    QString error;
    HandoverRequest loan = request({ m_notebook });
    loan.date = QDate::currentDate().addDays(-20);
    loan.dueDate = QDate::currentDate().addDays(-6);
    QVERIFY2(service.checkOut(loan, &error), qPrintable(error));
    HandoverRequest forGood = request({ m_dock });
    forGood.date = QDate::currentDate().addDays(-20);
    QVERIFY2(service.checkOut(forGood, &error), qPrintable(error));

    HandoverStore store(m_test->database());
    const auto overdue = store.overdue(QDate::currentDate(), &error);
    QVERIFY2(overdue, qPrintable(error));
    QCOMPARE(overdue->size(), 1);
    QCOMPARE(overdue->first().item.inventoryNo, QStringLiteral("SN-2026-000101"));
    QCOMPARE(overdue->first().personName, QStringLiteral("Doreen Weiß"));
    QCOMPARE(overdue->first().dueOn, QDate::currentDate().addDays(-6));
    // Due back today is not overdue yet.
    QCOMPARE(store.overdue(QDate::currentDate().addDays(-6), &error)->size(), 0);

    PersonHandoversDialog dialog(m_test->database());
    dialog.showPerson(m_person);
    QCOMPARE(dialog.heldTable()->rowCount(), 2);
    QCOMPARE(dialog.recordTable()->rowCount(), 2);
    QCOMPARE(dialog.overdueTable()->rowCount(), 1);
    QCOMPARE(dialog.overdueTable()->item(0, 2)->text(), QStringLiteral("SN-2026-000101"));
}

void TestHandovers::recordPrintsInGermanWithNumbersAndSerials()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed");
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("bestand"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    const auto uninstall = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });

    HandoverService service(m_test->database(), ChangeContext { QStringLiteral("akrueger") });
    QString error;
    HandoverRequest out = request({ m_notebook, m_dock });
    out.dueDate = QDate(2026, 12, 19);
    const std::optional<Handover> handed = service.checkOut(out, &error);
    QVERIFY2(handed, qPrintable(error));
    const std::optional<Handover> record = HandoverStore(m_test->database()).find(handed->id, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->siteName, QStringLiteral("Rathaus Am Markt"));
    const QString path = m_test->folder() + QStringLiteral("/uebergabe.pdf");
    QVERIFY2(HandoverPdfWriter::write(*record, path, &error), qPrintable(error));
    const QString text = pdfText(path);
    for (const char *expected :
         { "Übergabeprotokoll Nr.", "Doreen Weiß", "SN-2026-000101", "5CG1234XYZ", "SN-2026-000102",
           "DK77-0042", "Rathaus Am Markt", "19.12.2026", "Unterschrift" })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);

    HandoverRequest back = request({ m_notebook });
    back.personId = 0;
    const std::optional<Handover> returned = service.takeBack(back, &error);
    QVERIFY2(returned, qPrintable(error));
    QVERIFY(HandoverPdfWriter::write(*returned, path, &error));
    const QString returnText = pdfText(path);
    QVERIFY2(returnText.contains(QStringLiteral("Rückgabeprotokoll"))
                 && returnText.contains(QStringLiteral("5CG1234XYZ"))
                 && !returnText.contains(QStringLiteral("DK77-0042")),
             qPrintable(returnText));
}

void TestHandovers::dialogHandsOverWithAccessoriesAndShowsThePerson()
{
    QString error;
    const std::optional<QList<LabelItem>> devices =
        LabelItemQuery(m_test->database()).forAssets({ m_notebook, m_dock }, &error);
    QVERIFY2(devices, qPrintable(error));
    HandoverDialog dialog(m_test->database(), Handover::Kind::Checkout, *devices);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.deviceTable()->rowCount(), 2);
    // Without a person the handover is refused in the dialog.
    QVERIFY(!dialog.submit());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    dialog.personBox()->setCurrentId(m_person);
    dialog.loanBox()->setChecked(true);
    dialog.dueDateEdit()->setDate(QDate::currentDate().addDays(30));
    dialog.deviceTable()->item(0, 3)->setText(QStringLiteral("Netzteil, Tasche"));
    dialog.notesEdit()->setText(QStringLiteral("Für das Homeoffice"));
    QVERIFY2(dialog.submit(), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.record());
    QCOMPARE(dialog.record()->items.size(), 2);
    QCOMPARE(dialog.record()->items.at(0).accessories, QStringLiteral("Netzteil, Tasche"));
    QCOMPARE(dialog.record()->dueDate, QDate::currentDate().addDays(30));
    QCOMPARE(dialog.record()->notes, QStringLiteral("Für das Homeoffice"));
    const QString path = m_test->folder() + QStringLiteral("/record.pdf");
    QVERIFY(dialog.savePdf(path));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM asset WHERE person_id = %1").arg(m_person)), 2);
}

void TestHandovers::anonymisingRemovesTheNameAndKeepsTheRecords()
{
    HandoverService service(m_test->database(), ChangeContext { QStringLiteral("akrueger") });
    QString error;
    QVERIFY2(service.checkOut(request({ m_notebook, m_dock }), &error), qPrintable(error));
    HandoverRequest back = request({ m_dock });
    back.personId = 0;
    QVERIFY2(service.takeBack(back, &error), qPrintable(error));
    const qint64 records = count(QStringLiteral("SELECT COUNT(*) FROM handover"));
    const qint64 items = count(QStringLiteral("SELECT COUNT(*) FROM handover_item"));
    const qint64 assetHistory = count(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'asset'"));
    QCOMPARE(records, 2);

    QString output;
    QString errors;
    QCOMPARE(runBestand({ QStringLiteral("person"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("anonymise"), QString::number(m_person) },
                        &output, &errors),
             0);
    QVERIFY2(output.contains(QStringLiteral("2 handover and return records")), qPrintable(output + errors));

    // The name is gone from the person, every record and the history; the counts stay.
    const QString name = QStringLiteral("Doreen Weiß");
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM person WHERE name = '%1'").arg(name)), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM handover WHERE person_name = '%1'").arg(name)), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM history WHERE old_value LIKE '%Weiß%' OR new_value LIKE "
                             "'%Weiß%'")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM handover")), records);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM handover_item")), items);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'asset'")), assetHistory);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'person' AND entity_id = %1")
                       .arg(m_person)),
             1);
    // The person's view and a reprint show the anonymised name, with the devices.
    QCOMPARE(runBestand({ QStringLiteral("person"), QStringLiteral("--db"), m_test->path(),
                          QStringLiteral("show"), QString::number(m_person), QStringLiteral("--json") },
                        &output, &errors),
             0);
    const QJsonObject shown = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("holds")).toArray().size(), 1);
    const QJsonArray shownRecords = shown.value(QStringLiteral("records")).toArray();
    QCOMPARE(shownRecords.size(), 2);
    for (const QJsonValue &record : shownRecords)
        QCOMPARE(record.toObject().value(QStringLiteral("person")).toString(),
                 QStringLiteral("anonymised #%1").arg(m_person));
    // An anonymised person receives nothing more.
    QVERIFY(!service.checkOut(request({ m_dock }), &error));
}

QTEST_MAIN(TestHandovers)
#include "tst_handovers.moc"
