#include "labels/labelpainter.h"

#include "labels/code128symbol.h"
#include "labels/labelitem.h"
#include "labels/qrcodematrix.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <optional>

namespace {

constexpr double millimetresPerPoint = 25.4 / 72.0;
// Modules of white around a QR code and on each side of a barcode, as the
// standards ask (4 for QR, 10 for Code 128).
constexpr int qrQuietModules = 4;
constexpr int barcodeQuietModules = 10;

QFont fontOf(double points, double dotsPerMm, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, qRound(points * millimetresPerPoint * dotsPerMm)));
    font.setBold(bold);
    return font;
}

// A mono image of the code, one pixel per module with its quiet zone: drawn scaled
// without smoothing, every module stays a sharp square at any resolution.
QImage qrImage(const QrCodeMatrix &matrix)
{
    const int side = matrix.size() + 2 * qrQuietModules;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (matrix.isDark(x, y))
                image.setPixel(x + qrQuietModules, y + qrQuietModules, 1);
        }
    }
    return image;
}

} // namespace

bool LabelPainter::paint(QPainter &painter, const QRectF &rect, double dotsPerMm, const LabelItem &item,
                         const Options &options, QString *error)
{
    bool complete = true;
    const double padding = 1.5 * dotsPerMm;
    const QRectF inner = rect.adjusted(padding, padding, -padding, -padding);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);

    // The barcode strip along the bottom, its height a quarter of the label within 6–10 mm.
    double codesBottom = inner.bottom();
    if (options.barcode) {
        const std::optional<Code128Symbol> barcode = Code128Symbol::encode(item.inventoryNo, error);
        if (barcode) {
            const double height = std::clamp(rect.height() * 0.24, 6 * dotsPerMm, 10 * dotsPerMm);
            const double module = inner.width() / (barcode->modules() + 2 * barcodeQuietModules);
            const double left = inner.left() + barcodeQuietModules * module;
            const double top = inner.bottom() - height;
            for (const Code128Symbol::Bar &bar : barcode->bars())
                painter.fillRect(QRectF(left + bar.x * module, top, bar.width * module, height), Qt::black);
            codesBottom = top - 1 * dotsPerMm;
        } else {
            complete = false;
        }
    }

    // The QR code, as high as the space above the barcode, at most 45 % of the width.
    const double side = std::min(codesBottom - inner.top(), inner.width() * 0.45);
    double textLeft = inner.left();
    const std::optional<QrCodeMatrix> matrix = QrCodeMatrix::encode(item.inventoryNo, error);
    if (matrix) {
        // Drawn over the padding so that the quiet zone is not taken from the code.
        const double quiet = side * qrQuietModules / (matrix->size() + 2 * qrQuietModules);
        const QRectF target(inner.left() - std::min(quiet, padding), inner.top() - std::min(quiet, padding),
                            side, side);
        painter.drawImage(target, qrImage(*matrix));
        textLeft = target.right() + 0.5 * dotsPerMm;
    } else {
        complete = false;
    }

    // The text beside the code: the number as large as fits, then smaller lines.
    const QRectF textArea(QPointF(textLeft, inner.top()), QPointF(inner.right(), codesBottom));
    painter.setPen(Qt::black);
    double numberPoints = std::min(14.0, textArea.height() / dotsPerMm / millimetresPerPoint * 0.3);
    QFont numberFont = fontOf(numberPoints, dotsPerMm, true);
    while (numberPoints > 5
           && QFontMetricsF(numberFont).horizontalAdvance(item.inventoryNo) > textArea.width()) {
        numberPoints -= 0.5;
        numberFont = fontOf(numberPoints, dotsPerMm, true);
    }
    QStringList lines = { item.ownerCode + QStringLiteral(" · ") + item.ownerName, item.category };
    if (options.legacyNumber && !item.legacyNo.isEmpty())
        lines.append(tr("old no. %1").arg(item.legacyNo));
    const QFont smallFont = fontOf(std::min(7.0, numberPoints * 0.7), dotsPerMm);
    const QFontMetricsF numberMetrics(numberFont);
    const QFontMetricsF smallMetrics(smallFont);
    double y = textArea.top() + numberMetrics.ascent();
    painter.setFont(numberFont);
    painter.drawText(QPointF(textArea.left(), y), item.inventoryNo);
    y += numberMetrics.descent() + 0.5 * dotsPerMm;
    painter.setFont(smallFont);
    for (const QString &line : std::as_const(lines)) {
        if (y + smallMetrics.height() > textArea.bottom() + smallMetrics.descent())
            break;
        y += smallMetrics.ascent();
        painter.drawText(QPointF(textArea.left(), y),
                         smallMetrics.elidedText(line, Qt::ElideRight, textArea.width()));
        y += smallMetrics.descent();
    }
    painter.restore();
    return complete;
}
