#pragma once

#include <QStringList>

class QTableWidget;

// What a user reads off a table: one string per row, its cells joined by '|'
// (an empty cell for a cell without an item).
QStringList tableText(const QTableWidget *table);
