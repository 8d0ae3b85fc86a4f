#include "common/readonlytable.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

void ReadOnlyTable::setUp(QTableWidget *table, const QStringList &headers, int stretchColumn)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

QTableWidgetItem *ReadOnlyTable::cell(const QString &text, bool alignRight, bool bold)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignRight ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

QTableWidgetItem *ReadOnlyTable::number(qint64 value)
{
    return cell(QLocale().toString(value), true);
}

void ReadOnlyTable::appendRow(QTableWidget *table, const QList<QTableWidgetItem *> &items)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < int(items.size()); ++column)
        table->setItem(row, column, items.at(column));
}

void ReadOnlyTable::appendRow(QTableWidget *table, const QStringList &texts)
{
    QList<QTableWidgetItem *> items;
    for (const QString &text : texts)
        items.append(cell(text));
    appendRow(table, items);
}
