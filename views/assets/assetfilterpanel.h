#pragma once

#include <QWidget>

#include "assets/assetfilter.h"

class MasterDataRepository;
class QCheckBox;
class QComboBox;
class QDateEdit;
class ReferenceComboBox;

// The filters beside the asset table: owner, using authority, category, status,
// site/room, unit, person, warranty ending before, not audited since. They
// combine; the search text is not part of this panel.
class AssetFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssetFilterPanel(MasterDataRepository &repository, QWidget *parent = nullptr);

    // The panel's criteria; searchText stays empty.
    AssetFilter filter() const;
    void setFilter(const AssetFilter &filter);
    void clear();
    // Re-reads the master data lists after they were edited.
    void reloadLists();

    void saveState(const QString &settingsGroup) const;
    void restoreState(const QString &settingsGroup);

signals:
    void filterChanged();

private:
    void addRow(class QFormLayout *layout, const QString &label, QWidget *field);

    // The category entry that stands for m_severalCategories.
    static constexpr qint64 severalCategories = -1;

    ReferenceComboBox *m_owner;
    ReferenceComboBox *m_using;
    ReferenceComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_age;
    ReferenceComboBox *m_site;
    ReferenceComboBox *m_room;
    ReferenceComboBox *m_unit;
    ReferenceComboBox *m_person;
    QCheckBox *m_warrantyEnabled;
    QDateEdit *m_warrantyBefore;
    QCheckBox *m_auditEnabled;
    QDateEdit *m_notAuditedSince;
    bool m_updating = false;
    QList<qint64> m_severalCategories;
};
