#include "labels/qrcodematrix.h"

#include <qrencode.h>

#include <memory>

std::optional<QrCodeMatrix> QrCodeMatrix::encode(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0')) {
        *error = tr("A QR code needs a text without NUL characters.");
        return std::nullopt;
    }
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        *error = tr("The text is too long for a QR code: %1").arg(text);
        return std::nullopt;
    }
    QrCodeMatrix matrix;
    matrix.m_size = code->width;
    matrix.m_dark.reserve(qsizetype(code->width) * code->width);
    // libqrencode marks a dark module in the lowest bit of each byte.
    for (int i = 0; i < code->width * code->width; ++i)
        matrix.m_dark.append((code->data[i] & 1) != 0);
    return matrix;
}
