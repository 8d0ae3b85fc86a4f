#include "labels/code128symbol.h"

#include <zint.h>

#include <memory>

std::optional<Code128Symbol> Code128Symbol::encode(const QString &text, QString *error)
{
    // Code 128 carries Latin-1; an inventory number is plain ASCII.
    if (text.isEmpty()) {
        *error = tr("A barcode needs a text.");
        return std::nullopt;
    }
    const QByteArray latin1 = text.toLatin1();
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(),
                                                                          &ZBarcode_Delete);
    if (!symbol) {
        *error = tr("Out of memory for a barcode.");
        return std::nullopt;
    }
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0;
    symbol->input_mode = DATA_MODE;
    const int result = ZBarcode_Encode(
        symbol.get(), reinterpret_cast<const unsigned char *>(latin1.constData()), int(latin1.size()));
    if (result >= ZINT_ERROR || ZBarcode_Buffer_Vector(symbol.get(), 0) >= ZINT_ERROR || !symbol->vector) {
        *error = tr("No barcode for %1: %2").arg(text, QString::fromLatin1(symbol->errtxt));
        return std::nullopt;
    }
    Code128Symbol code;
    code.m_modules = symbol->vector->width;
    for (const zint_vector_rect *rect = symbol->vector->rectangles; rect; rect = rect->next)
        code.m_bars.append(Bar { rect->x, rect->width });
    return code;
}
