#include "assets/bulkchangedialog.h"

#include "common/referencecombobox.h"
#include "masterdata/masterdatarepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BulkChangeDialog::BulkChangeDialog(MasterDataRepository &masterData, int assetCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    setWindowTitle(tr("Change %n asset(s)", nullptr, assetCount));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);

    m_site = new ReferenceComboBox(masterData, MasterDataKind::Site, tr("none"), this);
    m_room = new ReferenceComboBox(masterData, MasterDataKind::Room, tr("none"), this);
    connect(m_site, &ReferenceComboBox::currentIdChanged, this, [this](qint64 siteId) {
        m_room->reload(siteId > 0 ? std::optional<qint64>(siteId) : std::nullopt);
    });
    m_status = new QComboBox(this);
    for (AssetStatus status : AssetStatusText::all())
        m_status->addItem(AssetStatusText::displayName(status), AssetStatusText::code(status));

    addRow(grid, AssetField::OwnerAuthority,
           new ReferenceComboBox(masterData, MasterDataKind::Authority, tr("choose"), this));
    addRow(grid, AssetField::UsingAuthority,
           new ReferenceComboBox(masterData, MasterDataKind::Authority, tr("same as owner"), this));
    addRow(grid, AssetField::Site, m_site);
    addRow(grid, AssetField::Room, m_room);
    addRow(grid, AssetField::Unit,
           new ReferenceComboBox(masterData, MasterDataKind::OrgUnit, tr("none"), this));
    addRow(grid, AssetField::Status, m_status);
    // A room belongs to a site: moving to a room moves to its site as well.
    connect(m_enabled.value(AssetField::Room), &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_enabled.value(AssetField::Site)->setChecked(true);
    });

    auto *hint =
        new QLabel(tr("Only the ticked fields are changed. Each change is recorded in the history of "
                      "every asset and can be undone with Ctrl+Z."),
                   this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void BulkChangeDialog::addRow(QGridLayout *grid, AssetField field, QWidget *editor)
{
    const int row = grid->rowCount();
    auto *check = new QCheckBox(AssetFields::displayName(field), this);
    check->setObjectName(QStringLiteral("change_") + AssetFields::column(field));
    editor->setObjectName(AssetFields::column(field));
    editor->setEnabled(false);
    connect(check, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    grid->addWidget(check, row, 0);
    grid->addWidget(editor, row, 1);
    m_enabled.insert(field, check);
    m_editors.insert(field, editor);
}

void BulkChangeDialog::setChange(AssetField field, const QVariant &value)
{
    if (QCheckBox *check = m_enabled.value(field))
        check->setChecked(true);
    if (auto *box = qobject_cast<ReferenceComboBox *>(m_editors.value(field)))
        box->setCurrentId(value.toLongLong());
    else if (field == AssetField::Status)
        m_status->setCurrentIndex(qMax(0, m_status->findData(value.toString())));
}

AssetBulkUpdater::Changes BulkChangeDialog::changes() const
{
    AssetBulkUpdater::Changes changes;
    for (auto it = m_enabled.constBegin(); it != m_enabled.constEnd(); ++it) {
        if (!it.value()->isChecked())
            continue;
        QWidget *editor = m_editors.value(it.key());
        if (auto *box = qobject_cast<ReferenceComboBox *>(editor))
            changes.insert(it.key(), box->currentId());
        else if (it.key() == AssetField::Status)
            changes.insert(it.key(), m_status->currentData().toString());
    }
    // Owner is required: "none" there would be refused for every asset, so it is no change.
    if (changes.value(AssetField::OwnerAuthority, qint64(1)).toLongLong() <= 0)
        changes.remove(AssetField::OwnerAuthority);
    return changes;
}
