#pragma once

#include <QTableView>

class AssetHistoryModel;
class Database;

// The history tab of an asset: who changed which field when, old → new.
class HistoryView : public QTableView
{
    Q_OBJECT

public:
    explicit HistoryView(Database &database, QWidget *parent = nullptr);

    void showAsset(qint64 assetId);
    AssetHistoryModel *historyModel() const { return m_model; }

private:
    AssetHistoryModel *m_model = nullptr;
};
