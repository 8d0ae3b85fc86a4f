#pragma once

#include <QCoreApplication>
#include <QRectF>

struct LabelItem;
class QPainter;

// Paints one asset label into a rectangle of a page: the QR code on the left, the
// inventory number large beside it with the owner, the category and, on request,
// the legacy number; a Code 128 barcode of the inventory number along the bottom for
// older scanners. Works on any paint device; dotsPerMm tells its resolution, so the
// label has the same physical size on a PDF, a printer and a preview image.
class LabelPainter
{
    Q_DECLARE_TR_FUNCTIONS(LabelPainter)

public:
    struct Options
    {
        bool legacyNumber = true;
        bool barcode = true;
    };

    // rect is in device units. False when a code could not be made (the text still is).
    static bool paint(QPainter &painter, const QRectF &rect, double dotsPerMm, const LabelItem &item,
                      const Options &options, QString *error);
};
