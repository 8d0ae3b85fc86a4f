#pragma once

#include <QHash>
#include <QTabWidget>

#include "assets/asset.h"

class AssetRepository;
class Database;
class HistoryView;
class MasterDataRepository;
class QLabel;

// The selected asset beside the table: its fields (read-only; edit with
// Return/F2) and its history tab.
class AssetDetailPanel : public QTabWidget
{
    Q_OBJECT

public:
    AssetDetailPanel(Database &database, MasterDataRepository &masterData, AssetRepository &repository,
                     QWidget *parent = nullptr);

    void showAsset(qint64 assetId);
    qint64 assetId() const { return m_assetId; }
    void showHistoryTab();
    HistoryView *historyView() const { return m_history; }

private:
    QString displayText(const Asset &asset, AssetField field);

    MasterDataRepository &m_masterData;
    AssetRepository &m_repository;
    qint64 m_assetId = 0;
    QHash<AssetField, QLabel *> m_values;
    HistoryView *m_history;
};
