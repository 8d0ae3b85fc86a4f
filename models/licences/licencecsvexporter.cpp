#include "licences/licencecsvexporter.h"

#include "assets/assetcsvexporter.h"
#include "licences/licencetablemodel.h"

#include <QIODevice>
#include <QStringList>

bool LicenceCsvExporter::write(const LicenceTableModel &model, QIODevice *device, QString *error)
{
    const QChar separator = QLatin1Char(';');
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&](const QStringList &cells) {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(AssetCsvExporter::cell(cell, separator, true));
        out += escaped.join(separator).toUtf8() + "\r\n";
    };
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(LicenceTableModel::columnName(LicenceTableModel::Column(column)));
    line(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data(Qt::DisplayRole).toString());
        line(cells);
    }
    if (device->write(out) != out.size()) {
        if (error)
            *error = tr("Writing the licence list failed: %1").arg(device->errorString());
        return false;
    }
    return true;
}
