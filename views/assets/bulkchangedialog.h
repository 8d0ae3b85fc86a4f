#pragma once

#include <QDialog>

#include "assets/assetbulkupdater.h"

class MasterDataRepository;
class QCheckBox;
class QComboBox;
class ReferenceComboBox;

// Asks which fields to set for all selected assets: owner, using authority,
// site and room, unit, status. Only ticked fields are changed.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    BulkChangeDialog(MasterDataRepository &masterData, int assetCount, QWidget *parent = nullptr);

    AssetBulkUpdater::Changes changes() const;

    // For tests and for preselecting a value: ticks the field and selects the id/status code.
    void setChange(AssetField field, const QVariant &value);

private:
    void addRow(class QGridLayout *grid, AssetField field, QWidget *editor);

    QHash<AssetField, QCheckBox *> m_enabled;
    QHash<AssetField, QWidget *> m_editors;
    ReferenceComboBox *m_site = nullptr;
    ReferenceComboBox *m_room = nullptr;
    QComboBox *m_status = nullptr;
};
