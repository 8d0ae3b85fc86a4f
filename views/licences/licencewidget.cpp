#include "licences/licencewidget.h"

#include "access/accessroles.h"
#include "common/referencecombobox.h"
#include "common/searchfield.h"
#include "licences/licencecsvexporter.h"
#include "licences/licencedetaileditor.h"
#include "licences/licencehistorymodel.h"
#include "licences/licencerepository.h"
#include "licences/licenceseatspanel.h"
#include "licences/licencetablemodel.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

LicenceWidget::LicenceWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_repository(std::make_unique<LicenceRepository>(database, ChangeContext {}))
    , m_model(new LicenceTableModel(database, this))
    , m_search(new SearchField(this))
    , m_ownerFilter(new ReferenceComboBox(*m_masterData, MasterDataKind::Authority, tr("Any owner"), this))
    , m_typeFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New licence"), this))
    , m_delete(new QPushButton(tr("Delete licence"), this))
    , m_export(new QPushButton(tr("Export list…"), this))
    , m_editor(new LicenceDetailEditor(*m_repository, *m_masterData, this))
    , m_seats(new LicenceSeatsPanel(database, *m_repository, *m_masterData, this))
    , m_history(new LicenceHistoryModel(database, this))
    , m_message(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("licenceSearch"));
    m_ownerFilter->setObjectName(QStringLiteral("licenceOwnerFilter"));
    m_typeFilter->setObjectName(QStringLiteral("licenceTypeFilter"));
    m_table->setObjectName(QStringLiteral("licenceTable"));
    m_new->setObjectName(QStringLiteral("newLicenceButton"));
    m_delete->setObjectName(QStringLiteral("deleteLicenceButton"));
    m_export->setObjectName(QStringLiteral("exportLicencesButton"));
    m_export->setToolTip(tr("Saves the list as shown (CSV); licence keys stay masked."));
    m_message->setObjectName(QStringLiteral("licenceMessage"));

    m_search->setPlaceholderText(tr("Search product, vendor, contract, notes"));
    m_typeFilter->addItem(tr("Any type"), -1);
    for (LicenceType type : LicenceTypeText::all())
        m_typeFilter->addItem(LicenceTypeText::displayName(type), int(type));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LicenceTableModel::Product, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_ownerFilter);
    filterRow->addWidget(m_typeFilter);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_new);
    buttonRow->addWidget(m_delete);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_export);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttonRow);

    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    auto *detailTabs = new QTabWidget(this);
    detailTabs->setObjectName(QStringLiteral("licenceDetailTabs"));
    detailTabs->addTab(editorScroll, tr("Licence"));
    detailTabs->addTab(m_seats, tr("Seats"));
    auto *historyView = new QTableView(this);
    historyView->setObjectName(QStringLiteral("licenceHistoryView"));
    historyView->setModel(m_history);
    historyView->verticalHeader()->hide();
    historyView->horizontalHeader()->setStretchLastSection(true);
    detailTabs->addTab(historyView, tr("History"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    // On a server the login's roles decide, and the server refuses the rest whatever
    // the client; the window says so before anyone fills in a form.
    QString roleError;
    const std::optional<QList<AccessRoles::Role>> roles = AccessRoles::currentRoles(database, &roleError);
    m_editable = roles && roles->contains(AccessRoles::Role::Editor);
    m_new->setEnabled(m_editable);
    m_delete->setEnabled(false);
    m_editor->setReadOnly(!m_editable);
    m_seats->setReadOnly(!m_editable);
    if (!m_editable)
        showMessage(tr("Read only: your login on the server may look up licences but not change them."),
                    false);

    connect(m_search, &SearchField::searchRequested, m_model, &LicenceTableModel::setSearchText);
    connect(m_ownerFilter, &ReferenceComboBox::currentIdChanged, m_model, &LicenceTableModel::setOwnerFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int type = m_typeFilter->currentData().toInt();
        m_model->setTypeFilter(type < 0 ? std::nullopt : std::optional<LicenceType>(LicenceType(type)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LicenceWidget::onCurrentRowChanged);
    connect(m_new, &QPushButton::clicked, this, &LicenceWidget::newLicence);
    connect(m_delete, &QPushButton::clicked, this, &LicenceWidget::deleteLicence);
    connect(m_export, &QPushButton::clicked, this, &LicenceWidget::exportList);
    // Every message follows a change or a key showing: the history has a new row.
    connect(m_editor, &LicenceDetailEditor::message, this, &LicenceWidget::reloadHistory);
    connect(m_seats, &LicenceSeatsPanel::message, this, &LicenceWidget::reloadHistory);
    connect(m_editor, &LicenceDetailEditor::message, this, &LicenceWidget::showMessage);
    connect(m_seats, &LicenceSeatsPanel::message, this, &LicenceWidget::showMessage);
    connect(m_editor, &LicenceDetailEditor::saved, this, [this](qint64 licenceId) {
        selectLicence(licenceId);
        emit licencesChanged();
    });
    connect(m_seats, &LicenceSeatsPanel::seatsChanged, this, [this](qint64 licenceId) {
        // The Assigned column changed; keep the licence selected across the reload.
        m_model->refresh();
        const int row = m_model->rowOf(licenceId);
        if (row >= 0)
            m_table->selectRow(row);
        emit licencesChanged();
    });
    onCurrentRowChanged();
}

LicenceWidget::~LicenceWidget() = default;

void LicenceWidget::refresh()
{
    m_model->refresh();
}

void LicenceWidget::selectLicence(qint64 licenceId)
{
    m_model->refresh();
    int row = m_model->rowOf(licenceId);
    if (row < 0) {
        m_search->clear();
        m_ownerFilter->setCurrentId(0);
        m_typeFilter->setCurrentIndex(0);
        m_model->setSearchText(QString());
        row = m_model->rowOf(licenceId);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void LicenceWidget::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 licenceId = current.isValid() ? m_model->licenceId(current.row()) : 0;
    if (licenceId == m_editor->licenceId() && licenceId != 0)
        return;
    m_editor->setLicence(licenceId);
    m_seats->setLicence(licenceId);
    m_delete->setEnabled(licenceId > 0 && m_editable);
    reloadHistory();
}

void LicenceWidget::reloadHistory()
{
    QString error;
    if (!m_history->load(m_editor->licenceId(), &error))
        showMessage(error, true);
}

void LicenceWidget::exportList()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export licence list"), QStringLiteral("lizenzen.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    if (!LicenceCsvExporter::write(*m_model, &file, &error) || !file.commit()) {
        showMessage(error.isEmpty() ? file.errorString() : error, true);
        return;
    }
    showMessage(tr("%n licence(s) exported to %1.", nullptr, m_model->rowCount()).arg(path), false);
}

void LicenceWidget::newLicence()
{
    m_table->clearSelection();
    m_table->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
    m_editor->setLicence(0);
    m_seats->setLicence(0);
    m_delete->setEnabled(false);
    reloadHistory();
}

void LicenceWidget::deleteLicence()
{
    const qint64 licenceId = m_editor->licenceId();
    if (licenceId <= 0)
        return;
    if (QMessageBox::question(
            this, tr("Delete licence"),
            tr("Delete this licence with its allocations and seat assignments? The history keeps "
               "a record of it."))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_repository->remove(licenceId, &error)) {
        showMessage(error, true);
        return;
    }
    m_model->refresh();
    newLicence();
    showMessage(tr("Licence deleted."), false);
    emit licencesChanged();
}

void LicenceWidget::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}
