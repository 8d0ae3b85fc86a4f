#include "tabletext.h"

#include <QTableWidget>

QStringList tableText(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}
