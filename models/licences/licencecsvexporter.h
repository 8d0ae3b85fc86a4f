#pragma once

#include <QCoreApplication>
#include <QString>

class LicenceTableModel;
class QIODevice;

// Writes the licence list as the table shows it (same filter, sort and
// formatting) to CSV for German Excel: UTF-8 with BOM, ';', CRLF. Keys are
// written masked, as the list shows them; formula-like text is neutralised.
class LicenceCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(LicenceCsvExporter)

public:
    static bool write(const LicenceTableModel &model, QIODevice *device, QString *error);
};
