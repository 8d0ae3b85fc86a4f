#include "labels/labellayout.h"

QRectF LabelLayout::labelRectMm(int position) const
{
    const int column = position % columns;
    const int row = position / columns;
    return QRectF(QPointF(firstMm.x() + column * pitchMm.width(), firstMm.y() + row * pitchMm.height()),
                  labelMm);
}

int LabelLayout::pageCount(int count, int skipped) const
{
    const int places = count + skipped;
    return places <= 0 ? 0 : (places + labelsPerPage() - 1) / labelsPerPage();
}

QList<LabelLayout> LabelLayout::all()
{
    // Sheets as the common makers sell them for A4 (210 × 297 mm); the labels of the
    // 70 mm sheets run edge to edge across, the rest of the height is split evenly
    // above and below.
    const auto sheet = [](const QString &name, const QString &title, double width, double height, int columns,
                          int rows, double gapX, double gapY) {
        LabelLayout layout;
        layout.name = name;
        layout.title = title;
        layout.pageMm = QSizeF(210, 297);
        layout.labelMm = QSizeF(width, height);
        layout.columns = columns;
        layout.rows = rows;
        layout.pitchMm = QSizeF(width + gapX, height + gapY);
        const double usedX = columns * width + (columns - 1) * gapX;
        const double usedY = rows * height + (rows - 1) * gapY;
        layout.firstMm = QPointF((210 - usedX) / 2, (297 - usedY) / 2);
        return layout;
    };
    const auto roll = [](const QString &name, const QString &title, double width, double height) {
        LabelLayout layout;
        layout.name = name;
        layout.title = title;
        layout.pageMm = QSizeF(width, height);
        layout.labelMm = layout.pageMm;
        layout.pitchMm = layout.pageMm;
        return layout;
    };
    return {
        sheet(QStringLiteral("a4-3x8"), tr("A4 sheet, 3 × 8 labels of 70 × 37 mm"), 70, 37, 3, 8, 0, 0),
        sheet(QStringLiteral("a4-3x7"), tr("A4 sheet, 3 × 7 labels of 70 × 42.3 mm"), 70, 42.3, 3, 7, 0, 0),
        sheet(QStringLiteral("a4-2x7"), tr("A4 sheet, 2 × 7 labels of 99.1 × 38.1 mm"), 99.1, 38.1, 2, 7, 2.5,
              0),
        roll(QStringLiteral("roll-62x29"), tr("Label printer roll, 62 × 29 mm"), 62, 29),
        roll(QStringLiteral("roll-54x25"), tr("Label printer roll, 54 × 25 mm"), 54, 25),
    };
}

std::optional<LabelLayout> LabelLayout::find(const QString &name)
{
    for (const LabelLayout &layout : all()) {
        if (layout.name == name)
            return layout;
    }
    return std::nullopt;
}
