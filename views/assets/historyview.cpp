#include "assets/historyview.h"

#include "assets/assethistorymodel.h"

#include <QHeaderView>

HistoryView::HistoryView(Database &database, QWidget *parent)
    : QTableView(parent)
    , m_model(new AssetHistoryModel(database, this))
{
    setObjectName(QStringLiteral("historyView"));
    setModel(m_model);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One asset has few history rows: fitting the columns to them is cheap.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    // "old → new" in one column fits the narrow panel; the separate columns stay for export and tests.
    setColumnHidden(AssetHistoryModel::OldValue, true);
    setColumnHidden(AssetHistoryModel::NewValue, true);
}

void HistoryView::showAsset(qint64 assetId)
{
    if (assetId <= 0) {
        m_model->clear();
        return;
    }
    QString error;
    m_model->load(assetId, &error);
}
