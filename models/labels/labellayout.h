#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

// Where labels sit on a page, in millimetres from the page's top left corner: a
// sheet of self-adhesive labels (columns × rows) or a label printer's roll, where
// each label is a page of its own. Geometry only; painting is the views' job.
class LabelLayout
{
    Q_DECLARE_TR_FUNCTIONS(LabelLayout)

public:
    QString name; // what --layout takes: "a4-3x8"
    QString title; // what the dialog lists
    QSizeF pageMm;
    QSizeF labelMm;
    int columns = 1;
    int rows = 1;
    // The top left corner of the first label, and the distance from one label's
    // corner to the next one's (label size plus the gap between them).
    QPointF firstMm;
    QSizeF pitchMm;

    int labelsPerPage() const { return columns * rows; }
    bool isRoll() const { return labelsPerPage() == 1 && pageMm == labelMm; }
    // The label at position (0 .. labelsPerPage() - 1) on its page, row by row.
    QRectF labelRectMm(int position) const;
    // How many pages count labels fill when the first `skipped` places of the first
    // sheet are already used.
    int pageCount(int count, int skipped = 0) const;

    // The layouts the program knows, the first being the default.
    static QList<LabelLayout> all();
    static std::optional<LabelLayout> find(const QString &name);
};
