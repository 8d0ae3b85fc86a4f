#include "masterdata/masterdatadialog.h"

#include "access/accessroles.h"
#include "common/referencecombobox.h"
#include "masterdata/masterdatarepository.h"
#include "masterdata/masterdatatablemodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

MasterDataDialog::MasterDataDialog(Database &database, MasterDataRepository &repository, MasterDataKind kind,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_model(new MasterDataTableModel(database, kind, this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("masterDataDialog"));
    setWindowTitle(tr("Master data: %1").arg(MasterDataKinds::pluralName(kind)));
    resize(640, 480);

    auto *layout = new QVBoxLayout(this);
    if (MasterDataKinds::hasParent(kind)) {
        const MasterDataKind parentKind = MasterDataKinds::parentKind(kind);
        m_parent = new ReferenceComboBox(repository, parentKind, tr("all"), this);
        m_parent->setObjectName(QStringLiteral("parentFilter"));
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(MasterDataKinds::displayName(parentKind) + QLatin1Char(':'), this);
        label->setBuddy(m_parent);
        row->addWidget(label);
        row->addWidget(m_parent, 1);
        layout->addLayout(row);
        connect(m_parent, &ReferenceComboBox::currentIdChanged, this, [this](qint64 id) {
            m_model->setParentFilter(id > 0 ? std::optional<qint64>(id) : std::nullopt);
        });
    }

    m_view->setObjectName(QStringLiteral("masterDataView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 220);
    layout->addWidget(m_view, 1);

    m_message->setObjectName(QStringLiteral("masterDataMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("&Add"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addMasterDataButton"));
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setToolTip(tr("Add an entry (Ins)"));
    QPushButton *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    remove->setShortcut(QKeySequence::Delete);
    remove->setToolTip(tr("Delete the selected entry (Del)"));
    connect(add, &QPushButton::clicked, this, &MasterDataDialog::addEntry);
    connect(remove, &QPushButton::clicked, this, &MasterDataDialog::deleteCurrent);
    if (kind == MasterDataKind::Person) {
        m_anonymise = buttons->addButton(tr("A&nonymise"), QDialogButtonBox::ActionRole);
        m_anonymise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        m_anonymise->setToolTip(
            tr("Replace the name for data protection; the assets' history keeps its structure "
               "(Ctrl+Shift+A)"));
        connect(m_anonymise, &QPushButton::clicked, this, &MasterDataDialog::anonymiseCurrent);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // On a server the login's roles decide; the server refuses the rest whatever the client.
    QString roleError;
    const std::optional<QList<AccessRoles::Role>> roles = AccessRoles::currentRoles(database, &roleError);
    if (!roles || !roles->contains(AccessRoles::Role::Editor)) {
        for (QPushButton *button : { add, remove, m_anonymise }) {
            if (button)
                button->setEnabled(false);
        }
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        showMessage(tr("Read only: your login on the server may look up master data but not change it."),
                    false);
    }

    connect(m_model, &MasterDataTableModel::errorOccurred, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &MasterDataTableModel::dataChanged, this, &MasterDataDialog::masterDataChanged);
}

QString MasterDataDialog::message() const
{
    return m_message->text();
}

void MasterDataDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

int MasterDataDialog::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void MasterDataDialog::addEntry()
{
    QString error;
    const int row = m_model->addRecord(&error);
    if (row < 0) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Added. Type the name and press Enter."), false);
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
    emit masterDataChanged();
}

void MasterDataDialog::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QString error;
    const QString name = m_model->record(row).name;
    if (!m_model->removeRecord(row, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("%1 deleted.").arg(name), false);
    emit masterDataChanged();
}

void MasterDataDialog::anonymiseCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_kind != MasterDataKind::Person)
        return;
    const MasterDataRecord record = m_model->record(row);
    if (record.anonymised)
        return;
    // Irreversible by design (data protection): ask once.
    if (isVisible()
        && QMessageBox::question(
               this, windowTitle(),
               tr("Anonymise %1? The name is removed for good; assets and their history keep "
                  "pointing to \"%2\".")
                   .arg(record.name, MasterDataRepository::anonymisedName(record.id)))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!m_model->anonymise(row, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Anonymised."), false);
    emit masterDataChanged();
}
