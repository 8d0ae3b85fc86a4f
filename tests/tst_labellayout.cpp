#include "labels/labellayout.h"

#include <QTest>

// Every label layout places exactly its labels on a page: all of the stated size,
// inside the page, none overlapping another (what a sheet from the shop needs).
class TestLabelLayout : public QObject
{
    Q_OBJECT

private slots:
    void placesEveryLabelInsideThePageWithoutOverlap_data();
    void placesEveryLabelInsideThePageWithoutOverlap();
    void countsPagesWithSkippedPlaces_data();
    void countsPagesWithSkippedPlaces();
    void unknownLayoutIsNotFound();
};

void TestLabelLayout::placesEveryLabelInsideThePageWithoutOverlap_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<QSizeF>("page");
    QTest::addColumn<QSizeF>("label");
    // The sheets as sold: 3 × 8 of 70 × 37 mm, 3 × 7 of 70 × 42.3 mm, 2 × 7 of
    // 99.1 × 38.1 mm on A4; roll labels one per page.
    QTest::newRow("a4-3x8") << QStringLiteral("a4-3x8") << 24 << QSizeF(210, 297) << QSizeF(70, 37);
    QTest::newRow("a4-3x7") << QStringLiteral("a4-3x7") << 21 << QSizeF(210, 297) << QSizeF(70, 42.3);
    QTest::newRow("a4-2x7") << QStringLiteral("a4-2x7") << 14 << QSizeF(210, 297) << QSizeF(99.1, 38.1);
    QTest::newRow("roll-62x29") << QStringLiteral("roll-62x29") << 1 << QSizeF(62, 29) << QSizeF(62, 29);
    QTest::newRow("roll-54x25") << QStringLiteral("roll-54x25") << 1 << QSizeF(54, 25) << QSizeF(54, 25);
}

void TestLabelLayout::placesEveryLabelInsideThePageWithoutOverlap()
{
    QFETCH(QString, name);
    QFETCH(int, perPage);
    QFETCH(QSizeF, page);
    QFETCH(QSizeF, label);
    const std::optional<LabelLayout> layout = LabelLayout::find(name);
    QVERIFY(layout);
    QCOMPARE(layout->labelsPerPage(), perPage);
    QCOMPARE(layout->pageMm, page);
    const QRectF pageRect(QPointF(0, 0), page);
    constexpr double tolerance = 1e-9;
    QList<QRectF> placed;
    for (int position = 0; position < perPage; ++position) {
        const QRectF rect = layout->labelRectMm(position);
        QCOMPARE(rect.size(), label);
        QVERIFY2(rect.left() >= -tolerance && rect.top() >= -tolerance
                     && rect.right() <= page.width() + tolerance
                     && rect.bottom() <= page.height() + tolerance,
                 qPrintable(QStringLiteral("label %1 leaves the page").arg(position)));
        for (const QRectF &other : std::as_const(placed)) {
            const QRectF common = rect.intersected(other);
            QVERIFY2(common.width() <= tolerance || common.height() <= tolerance,
                     qPrintable(QStringLiteral("label %1 overlaps another").arg(position)));
        }
        placed.append(rect);
    }
    // Row by row: the second label is right of the first unless there is one column.
    if (layout->columns > 1)
        QVERIFY(placed.at(1).left() > placed.at(0).left()
                && qFuzzyCompare(placed.at(1).top(), placed.at(0).top()));
    QVERIFY(pageRect.contains(placed.constLast().center()));
}

void TestLabelLayout::countsPagesWithSkippedPlaces_data()
{
    QTest::addColumn<int>("labels");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("pages");
    QTest::newRow("none") << 0 << 0 << 0;
    QTest::newRow("one") << 1 << 0 << 1;
    QTest::newRow("a full sheet") << 24 << 0 << 1;
    QTest::newRow("one more") << 25 << 0 << 2;
    QTest::newRow("a used sheet") << 10 << 20 << 2;
    QTest::newRow("used sheet filled up") << 4 << 20 << 1;
    QTest::newRow("10,000") << 10000 << 0 << 417;
}

void TestLabelLayout::countsPagesWithSkippedPlaces()
{
    QFETCH(int, labels);
    QFETCH(int, skipped);
    QFETCH(int, pages);
    QCOMPARE(LabelLayout::find(QStringLiteral("a4-3x8"))->pageCount(labels, skipped), pages);
}

void TestLabelLayout::unknownLayoutIsNotFound()
{
    QVERIFY(!LabelLayout::find(QStringLiteral("a4-4x10")));
    QCOMPARE(LabelLayout::all().constFirst().name, QStringLiteral("a4-3x8"));
}

QTEST_APPLESS_MAIN(TestLabelLayout)
#include "tst_labellayout.moc"
