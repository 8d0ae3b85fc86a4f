#include "auditfixture.h"
#include "audits/auditwidget.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// The audit screen driven like a technician does: keyboard and scanner only.
class TestAuditWidget : public QObject
{
    Q_OBJECT

private slots:
    void scanSequenceUpdatesCounters();
    void closeRunsInTheBackground();
    void closedAuditCannotBeScanned();
    void newAuditDialogOffersTheWholeScope();
};

static QString counter(const AuditWidget &widget, const char *name)
{
    const auto *label = widget.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("?");
}

static void scanInto(QLineEdit *field, const QString &code)
{
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestAuditWidget::scanSequenceUpdatesCounters()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditScope scope;
    scope.siteIds = { 1 };
    AuditService service(test.database());
    const qint64 auditId = created(service, QStringLiteral("Rathaus"), scope); // INV-1, -2, -3, -8

    AuditWidget widget(test.database());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    widget.setCurrentAudit(auditId);
    QCOMPARE(widget.currentAuditId(), auditId);
    widget.setCurrentRoom(11);
    QCOMPARE(counter(widget, "counterExpected"), QStringLiteral("4"));
    QCOMPARE(counter(widget, "counterOpen"), QStringLiteral("4"));
    auto *field = widget.findChild<QLineEdit *>(QStringLiteral("scanField"));
    auto *feedback = widget.findChild<QLabel *>(QStringLiteral("scanFeedback"));
    auto *capture = widget.findChild<QGroupBox *>(QStringLiteral("captureForm"));
    auto *openList = widget.findChild<QTreeWidget *>(QStringLiteral("openList"));
    QVERIFY(field && feedback && capture && openList);
    field->setFocus();

    scanInto(field, QStringLiteral("inv-1"));
    QCOMPARE(counter(widget, "counterFound"), QStringLiteral("1"));
    QCOMPARE(counter(widget, "counterOpen"), QStringLiteral("3"));
    QVERIFY2(feedback->text().contains(QStringLiteral("INV-1 found")), qPrintable(feedback->text()));
    QVERIFY(field->text().isEmpty());

    scanInto(field, QStringLiteral("INV-1")); // again: harmless
    QCOMPARE(counter(widget, "counterFound"), QStringLiteral("1"));
    QVERIFY2(feedback->text().contains(QStringLiteral("already")), qPrintable(feedback->text()));

    scanInto(field, QStringLiteral("SER3")); // expected in B 213, here in B 212
    QCOMPARE(counter(widget, "counterMoved"), QStringLiteral("1"));
    QCOMPARE(counter(widget, "counterOpen"), QStringLiteral("2"));
    QTest::keyClick(field, Qt::Key_F8);
    QCOMPARE(test.scalar(QStringLiteral("SELECT accept_move FROM audit_item WHERE asset_id = %1")
                             .arg(fixture.id("INV-3")))
                 .toInt(),
             1);

    scanInto(field, QStringLiteral("FREMD-9"));
    QCOMPARE(counter(widget, "counterUnexpected"), QStringLiteral("1"));
    QVERIFY(capture->isVisible());
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused && capture->isAncestorOf(focused));
    QTest::keyClicks(focused, QStringLiteral("Kyocera"));
    QTest::keyClick(focused, Qt::Key_Return);
    QVERIFY(!capture->isVisible());
    QCOMPARE(test.scalar(QStringLiteral("SELECT manufacturer FROM audit_unexpected WHERE code = 'FREMD-9'"))
                 .toString(),
             QStringLiteral("Kyocera"));
    QCOMPARE(QApplication::focusWidget(), field);

    // The open list: B 212 had INV-1 and INV-2 open; INV-2 is left.
    QTreeWidgetItem *room = nullptr;
    for (int i = 0; i < openList->topLevelItemCount(); ++i) {
        if (openList->topLevelItem(i)->text(0) == QStringLiteral("Rathaus / B 212"))
            room = openList->topLevelItem(i);
    }
    QVERIFY(room);
    QCOMPARE(room->childCount(), 1);
    QCOMPARE(room->child(0)->text(0), QStringLiteral("INV-2"));

    // The widget shows what the database holds.
    QCOMPARE(counter(widget, "counterFound"), QString::number(service.counters(auditId, nullptr)->found));
    QCOMPARE(counter(widget, "counterOpen"), QString::number(service.counters(auditId, nullptr)->open()));
}

void TestAuditWidget::closeRunsInTheBackground()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database());
    AuditScope scope;
    scope.roomIds = { 11 };
    const qint64 auditId = created(service, QStringLiteral("B 212"), scope); // INV-1, INV-2
    AuditWidget widget(test.database());
    widget.setCurrentAudit(auditId);
    widget.setCurrentRoom(11);
    widget.scan(QStringLiteral("INV-1"));
    QSignalSpy closed(&widget, &AuditWidget::auditClosed);
    widget.closeAuditWithoutAsking();
    QVERIFY(widget.isClosing());
    QVERIFY(closed.wait(30000));
    QVERIFY(!widget.isClosing());
    QCOMPARE(service.find(auditId, nullptr)->status, AuditStatus::Closed);
    QCOMPARE(test.scalar(QStringLiteral("SELECT status FROM asset WHERE inventory_no = 'INV-2'")).toString(),
             QStringLiteral("missing"));
    QVERIFY(!widget.findChild<QLineEdit *>(QStringLiteral("scanField"))->isEnabled());
    QVERIFY(widget.isEnabled());
}

void TestAuditWidget::closedAuditCannotBeScanned()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditService service(test.database());
    const qint64 auditId = created(service, QStringLiteral("Alt"), {});
    QVERIFY(service.close(auditId, nullptr));
    AuditWidget widget(test.database());
    widget.setCurrentAudit(auditId);
    auto *field = widget.findChild<QLineEdit *>(QStringLiteral("scanField"));
    QVERIFY(!field->isEnabled());
    widget.scan(QStringLiteral("INV-1")); // even when called directly
    QCOMPARE(test.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_scan")).toInt(), 0);
    QVERIFY2(
        widget.findChild<QLabel *>(QStringLiteral("scanFeedback"))->text().contains(QStringLiteral("closed")),
        qPrintable(widget.findChild<QLabel *>(QStringLiteral("scanFeedback"))->text()));
}

static bool check(QDialog *dialog, const char *listName, qint64 id)
{
    auto *list = dialog->findChild<QListWidget *>(QString::fromLatin1(listName));
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            list->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

// Planning from the screen offers what `bestand audit new` does: owner + categories.
void TestAuditWidget::newAuditDialogOffersTheWholeScope()
{
    TestDatabase test;
    AuditFixture fixture(test);
    AuditWidget widget(test.database());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const qint64 sn = test.authorityId(QStringLiteral("SN"));
    const QDate due(2027, 3, 31);
    bool filled = false;
    QTimer::singleShot(0, &widget, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (const char *list : { "scopeOwner", "scopeUsing", "scopeSite", "scopeRoom", "scopeCategory" })
            QVERIFY(dialog->findChild<QListWidget *>(QString::fromLatin1(list)));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a name is needed
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("auditName")),
                         QStringLiteral("SN Technik"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("auditResponsible")),
                         QStringLiteral("Frau Berg"));
        dialog->findChild<QDateEdit *>(QStringLiteral("auditDue"))->setDate(due);
        filled = check(dialog, "scopeOwner", sn)
            && check(dialog, "scopeCategory", test.categoryId(QStringLiteral("PC")))
            && check(dialog, "scopeCategory", test.categoryId(QStringLiteral("Monitor")));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("newAuditButton")), Qt::LeftButton);
    QVERIFY(filled);

    AuditService service(test.database());
    const std::optional<Audit> audit = service.find(widget.currentAuditId(), nullptr);
    QVERIFY(audit);
    QCOMPARE(audit->name, QStringLiteral("SN Technik"));
    QCOMPARE(audit->responsible, QStringLiteral("Frau Berg"));
    QCOMPARE(audit->dueDate, due);
    QCOMPARE(audit->scope.ownerAuthorityIds, QList<qint64>({ sn }));
    QCOMPARE(audit->scope.categoryIds.size(), 2);
    QVERIFY(audit->scope.siteIds.isEmpty() && audit->scope.roomIds.isEmpty()
            && audit->scope.usingAuthorityIds.isEmpty());
    // SN's PCs and monitors; INV-6 is retired.
    QStringList expected;
    QSqlQuery query(test.database().connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT a.inventory_no FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                                  "WHERE i.audit_id = %1 ORDER BY a.inventory_no")
                       .arg(audit->id)));
    while (query.next())
        expected.append(query.value(0).toString());
    QCOMPARE(expected,
             QStringList({ QStringLiteral("INV-1"), QStringLiteral("INV-2"), QStringLiteral("INV-3"),
                           QStringLiteral("INV-8") }));
    QCOMPARE(counter(widget, "counterExpected"), QStringLiteral("4"));
}

QTEST_MAIN(TestAuditWidget)
#include "tst_auditwidget.moc"
