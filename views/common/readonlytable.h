#pragma once

#include <QList>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

// The small tables of figures the report windows show (overview lists, billing
// totals, book values, a person's devices): read-only, a row at a time selected,
// columns as wide as their contents but one that takes the spare width.
class ReadOnlyTable
{
public:
    static void setUp(QTableWidget *table, const QStringList &headers, int stretchColumn);
    static QTableWidgetItem *cell(const QString &text, bool alignRight = false, bool bold = false);
    // A count in the user's locale, right-aligned.
    static QTableWidgetItem *number(qint64 value);
    static void appendRow(QTableWidget *table, const QList<QTableWidgetItem *> &items);
    static void appendRow(QTableWidget *table, const QStringList &texts);
};
