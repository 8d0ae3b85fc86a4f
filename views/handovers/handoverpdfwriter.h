#pragma once

#include <QCoreApplication>
#include <QString>

struct Handover;

// A handover record (Übergabeprotokoll) or a return record (Rückgabeprotokoll) as
// a one-page A4 PDF: who hands what to whom and when, each device with inventory
// number, serial, accessories and condition, the short text both sign, and the two
// signature lines. In the user's language (German for KSM's staff).
class HandoverPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoverPdfWriter)

public:
    static QString toHtml(const Handover &record);
    static bool write(const Handover &record, const QString &path, QString *error);
    static QString title(const Handover &record);
};
