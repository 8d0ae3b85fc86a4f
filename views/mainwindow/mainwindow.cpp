#include "mainwindow/mainwindow.h"

#include "access/accessroles.h"
#include "assets/assetcommandcontext.h"
#include "assets/assetdetailpanel.h"
#include "assets/asseteditdialog.h"
#include "assets/assetexportdialog.h"
#include "assets/assetexportjob.h"
#include "assets/assetfilterpanel.h"
#include "assets/assetlookup.h"
#include "assets/assetrepository.h"
#include "assets/assettablemodel.h"
#include "assets/bulkchangeassetscommand.h"
#include "assets/bulkchangedialog.h"
#include "assets/createassetcommand.h"
#include "assets/editassetcommand.h"
#include "billing/billingrundialog.h"
#include "billing/bookvaluesdialog.h"
#include "billing/replacementsdialog.h"
#include "common/columnsettings.h"
#include "common/scanfield.h"
#include "common/searchfield.h"
#include "common/waitingworker.h"
#include "handovers/handoverdialog.h"
#include "handovers/handoverpdfwriter.h"
#include "handovers/personhandoversdialog.h"
#include "labels/labelitemquery.h"
#include "labels/labelprintdialog.h"
#include "mainwindow/connectiondialog.h"
#include "mainwindow/secondaryscreens.h"
#include "masterdata/masterdatadialog.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"
#include "storage/databasechangewatcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace {
enum EditorMode { CreateMode, EditMode, DuplicateMode };

const QString settingsGroup = QStringLiteral("mainWindow");
// A bulk change is applied and kept for undo in this window's thread. It is
// set-based (10,000 rows: ~0.3 s, see AssetBulkUpdater); beyond this many rows it
// would still hold the window for seconds, and a filter describes the rows better.
constexpr qint64 maxBulkRows = 10000;
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_lookup(std::make_unique<AssetLookup>(database))
    , m_commands(new AssetCommandContext(database, this))
    , m_model(new AssetTableModel(database.settings(), this))
    , m_assetView(new QTableView(this))
    , m_searchField(new SearchField(this))
    , m_scanField(new ScanField(this))
    , m_undoStack(new QUndoStack(this))
    , m_countLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bestand – %1").arg(m_database.settings().displayName()));

    m_assetView->setObjectName(QStringLiteral("assetView"));
    m_assetView->setModel(m_model);
    m_assetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assetView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_assetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assetView->setWordWrap(false);
    m_assetView->setAlternatingRowColors(true);
    // Fixed row height: measuring rows would read every row of a million.
    m_assetView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_assetView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_assetView->verticalHeader()->hide();
    m_assetView->horizontalHeader()->setHighlightSections(false);
    m_assetView->setSortingEnabled(true);
    m_assetView->sortByColumn(AssetTableModel::InventoryNo, Qt::AscendingOrder);
    m_columnSettings =
        new ColumnSettings(m_assetView->horizontalHeader(), QStringLiteral("assetTable/header"), this);
    setDefaultColumnWidths();
    setCentralWidget(m_assetView);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    m_screens = new SecondaryScreens(m_database, this);
    connect(m_screens, &SecondaryScreens::assetsChanged, this, [this] { m_model->refresh(); });

    createDocks();
    createActions();

    connect(m_model, &AssetTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &AssetTableModel::assetLocated, this, &MainWindow::onAssetLocated);
    connect(m_model, &AssetTableModel::rowsResolved, this, &MainWindow::onSelectionResolved);
    connect(m_model, &AssetTableModel::errorOccurred, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &AssetTableModel::rowsLoaded, this, [this](int first, int count) {
        const int row = m_assetView->currentIndex().row();
        if (row >= first && row < first + count && m_detailPanel->assetId() != m_model->assetId(row))
            onCurrentRowChanged();
    });
    connect(m_assetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_assetView, &QTableView::doubleClicked, this, &MainWindow::editCurrent);
    connect(m_searchField, &SearchField::searchRequested, this, &MainWindow::applyFilter);
    connect(m_scanField, &ScanField::codeScanned, this, &MainWindow::scanCode);
    connect(m_filterPanel, &AssetFilterPanel::filterChanged, this, &MainWindow::applyFilter);
    connect(m_screens, &SecondaryScreens::assetFilterRequested, this, &MainWindow::showFilteredAssets);
    connect(m_commands, &AssetCommandContext::assetsChanged, this, [this](const QList<qint64> &ids) {
        const qint64 current = currentAssetId();
        m_model->refresh();
        // The reset of the refresh loses the selection: find the asset again.
        const qint64 focus = ids.size() == 1 ? ids.first() : current;
        if (focus > 0) {
            m_pendingAsset = focus;
            m_pendingRetried = true;
            m_pendingOpensDetails = false;
            m_model->locateAsset(focus);
        }
        m_detailPanel->showAsset(focus);
    });
    connect(m_commands, &AssetCommandContext::commandFailed, this,
            [this](const QString &text) { showMessage(text, true); });

    m_changeWatcher = new DatabaseChangeWatcher(m_database, this);
    connect(m_changeWatcher, &DatabaseChangeWatcher::changedElsewhere, this,
            &MainWindow::showChangesElsewhere);
    if (QString error; !m_changeWatcher->start(&error))
        showMessage(tr("Changes made elsewhere are shown only after Refresh (F5): %1").arg(error), true);

    resize(1280, 760);
    restoreSettings();
    applyFilter();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_filterPanel = new AssetFilterPanel(*m_masterData, this);
    auto *filterDock = new QDockWidget(tr("Filter"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(m_filterPanel);
    filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);

    m_detailPanel = new AssetDetailPanel(m_database, *m_masterData, m_commands->repository(), this);
    auto *detailDock = new QDockWidget(tr("Asset"), this);
    detailDock->setObjectName(QStringLiteral("detailDock"));
    detailDock->setWidget(m_detailPanel);
    detailDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, detailDock);
    resizeDocks({ filterDock, detailDock }, { 230, 460 }, Qt::Horizontal);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *created = new QAction(text, this);
        created->setShortcuts(keys);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    // Return opens the current asset only in the table: in the search and scan
    // fields it means "go". (A menu or toolbar action would be active there too.)
    auto *openWithReturn = new QAction(this);
    openWithReturn->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    openWithReturn->setShortcutContext(Qt::WidgetShortcut);
    connect(openWithReturn, &QAction::triggered, this, &MainWindow::editCurrent);
    m_assetView->addAction(openWithReturn);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, m_screens, &SecondaryScreens::showImportWizard);
    file->addAction(m_importAction);
    auto *importsAction = new QAction(tr("Imports and &undo…"), this);
    importsAction->setObjectName(QStringLiteral("importBatchesAction"));
    importsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importsAction, &QAction::triggered, m_screens, &SecondaryScreens::showImportBatches);
    file->addAction(importsAction);
    QAction *exportAction =
        action(tr("&Export view as CSV…"), { QKeySequence(Qt::CTRL | Qt::Key_E) }, &MainWindow::exportCsv);
    file->addAction(exportAction);
    QAction *labelsAction =
        action(tr("Print &labels…"), { QKeySequence::Print }, &MainWindow::printLabelsForSelection);
    labelsAction->setObjectName(QStringLiteral("printLabelsAction"));
    file->addAction(labelsAction);
    file->addSeparator();
    auto *connectionAction = new QAction(tr("Database &connection…"), this);
    connectionAction->setObjectName(QStringLiteral("connectionAction"));
    connect(connectionAction, &QAction::triggered, this, [this] {
        QSettings settings;
        ConnectionDialog dialog(settings, this);
        if (dialog.exec() == QDialog::Accepted)
            showMessage(tr("The database connection is used from the next start on."), false);
    });
    file->addAction(connectionAction);
    file->addSeparator();
    QAction *quit = action(tr("&Quit"), { QKeySequence::Quit }, &QWidget::close);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Z) });
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newAction = action(tr("&New asset…"), { QKeySequence::New }, &MainWindow::newAsset);
    QAction *editAction = action(tr("&Edit asset…"), { QKeySequence(Qt::Key_F2) }, &MainWindow::editCurrent);
    QAction *duplicate = action(tr("&Duplicate asset…"), { QKeySequence(Qt::CTRL | Qt::Key_D) },
                                &MainWindow::duplicateCurrent);
    QAction *bulk =
        action(tr("&Bulk change…"), { QKeySequence(Qt::CTRL | Qt::Key_B) }, &MainWindow::bulkChangeSelected);
    // Del in a text field deletes text: line edits take the key before any shortcut.
    QAction *retire = action(tr("&Retire"), { QKeySequence::Delete }, &MainWindow::retireSelected);
    for (QAction *item : { newAction, editAction, duplicate, bulk, retire })
        edit->addAction(item);
    edit->addSeparator();
    QAction *handOver = action(tr("&Hand over…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H) },
                               [this] { handOverSelected(Handover::Kind::Checkout); });
    QAction *takeBack = action(tr("&Take back…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
                               [this] { handOverSelected(Handover::Kind::Return); });
    handOver->setObjectName(QStringLiteral("handOverAction"));
    takeBack->setObjectName(QStringLiteral("takeBackAction"));
    edit->addAction(handOver);
    edit->addAction(takeBack);
    newAction->setObjectName(QStringLiteral("newAssetAction"));
    bulk->setObjectName(QStringLiteral("bulkChangeAction"));
    retire->setObjectName(QStringLiteral("retireAction"));
    // On a server the login's roles decide. The server refuses what a role may not
    // do whatever the client; the window says so before anyone tries.
    QString roleError;
    const std::optional<QList<AccessRoles::Role>> roles = AccessRoles::currentRoles(m_database, &roleError);
    const bool mayEdit = roles && roles->contains(AccessRoles::Role::Editor);
    const bool mayImport = roles && roles->contains(AccessRoles::Role::Importer);
    for (QAction *item : { newAction, duplicate, bulk, retire, handOver, takeBack })
        item->setEnabled(mayEdit);
    m_importAction->setEnabled(mayImport);
    importsAction->setEnabled(mayImport);
    if (!mayEdit)
        showMessage(tr("Read only: your login on the server may look up the inventory but not change it."),
                    false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = action(tr("&Search"), { QKeySequence::Find }, [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    QAction *scan =
        action(tr("S&can field"), { QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::Key_L) }, [this] {
            m_scanField->setFocus();
            m_scanField->selectAll();
        });
    QAction *table = action(tr("Asset &table"), { QKeySequence(Qt::CTRL | Qt::Key_T) },
                            [this] { m_assetView->setFocus(); });
    QAction *history =
        action(tr("&History"), { QKeySequence(Qt::CTRL | Qt::Key_H) }, &MainWindow::showHistory);
    QAction *clearFilters =
        action(tr("&Clear filters and search"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X) }, [this] {
            m_searchField->clear();
            m_filterPanel->clear();
        });
    QAction *refresh = action(tr("&Refresh"), { QKeySequence::Refresh }, [this] { m_model->refresh(); });
    QAction *handoverRecords = action(tr("Handover &records of the asset…"),
                                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) }, [this] {
                                          if (currentAssetId() <= 0) {
                                              showMessage(tr("Select the device first."), true);
                                              return;
                                          }
                                          PersonHandoversDialog dialog(m_database, this);
                                          dialog.showAssetRecords(currentAssetId());
                                          dialog.exec();
                                      });
    for (QAction *item : { search, scan, table, history, handoverRecords, clearFilters, refresh })
        view->addAction(item);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *master = menuBar()->addMenu(tr("&Master data"));
    int number = 1;
    for (MasterDataKind kind : MasterDataKinds::all()) {
        QAction *item =
            action(MasterDataKinds::pluralName(kind) + QStringLiteral("…"),
                   { QKeySequence(QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key(Qt::Key_0 + number++))) },
                   [this, kind] { editMasterData(kind); });
        master->addAction(item);
    }

    QMenu *screens = menuBar()->addMenu(tr("&Licences && audits"));
    screens->addAction(action(tr("&Licences…"), { QKeySequence(Qt::CTRL | Qt::Key_1) },
                              [this] { m_screens->showLicences(); }));
    screens->addAction(action(tr("Licence &compliance…"), { QKeySequence(Qt::CTRL | Qt::Key_2) },
                              [this] { m_screens->showCompliance(); }));
    screens->addAction(action(tr("Inventory &audits…"), { QKeySequence(Qt::CTRL | Qt::Key_3) },
                              [this] { m_screens->showAudits(); }));
    screens->addAction(action(tr("&Handovers and loans…"), { QKeySequence(Qt::CTRL | Qt::Key_6) }, [this] {
        PersonHandoversDialog dialog(m_database, this);
        dialog.exec();
    }));

    QMenu *figures = menuBar()->addMenu(tr("Fi&gures"));
    auto *overviewAction = action(tr("&Overview…"), { QKeySequence(Qt::CTRL | Qt::Key_4) },
                                  [this] { m_screens->showOverview(); });
    overviewAction->setObjectName(QStringLiteral("overviewAction"));
    figures->addAction(overviewAction);
    auto *ratesAction = action(tr("Billing &rates…"), { QKeySequence(Qt::CTRL | Qt::Key_5) },
                               [this] { m_screens->showBillingRates(); });
    ratesAction->setObjectName(QStringLiteral("billingRatesAction"));
    figures->addAction(ratesAction);
    auto *billingAction =
        action(tr("&Billing the authorities…"), { QKeySequence(Qt::CTRL | Qt::Key_7) }, [this] {
            BillingRunDialog dialog(m_database, this);
            dialog.exec();
        });
    billingAction->setObjectName(QStringLiteral("billingAction"));
    figures->addAction(billingAction);
    figures->addAction(action(tr("Book &values…"), { QKeySequence(Qt::CTRL | Qt::Key_8) }, [this] {
        BookValuesDialog dialog(m_database, this);
        dialog.exec();
    }));
    figures->addAction(action(tr("Re&placement planning…"), { QKeySequence(Qt::CTRL | Qt::Key_9) }, [this] {
        ReplacementsDialog dialog(m_database, this);
        dialog.exec();
    }));

    auto *toolBar = addToolBar(tr("Search"));
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(new QLabel(tr("Search:"), this));
    m_searchField->setMinimumWidth(320);
    toolBar->addWidget(m_searchField);
    toolBar->addSeparator();
    toolBar->addWidget(new QLabel(tr("Scan:"), this));
    m_scanField->setMinimumWidth(240);
    toolBar->addWidget(m_scanField);
    toolBar->addSeparator();
    for (QAction *item : { newAction, editAction, duplicate, bulk, retire, undo, redo, exportAction })
        toolBar->addAction(item);
}

void MainWindow::setDefaultColumnWidths()
{
    // Measured on typical values ("SN-2021-000003", "Straßenverkehrsamt"); the user's
    // own widths are restored from the settings afterwards.
    const int character = fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths = {
        { AssetTableModel::InventoryNo, 17 },
        { AssetTableModel::Category, 14 },
        { AssetTableModel::Manufacturer, 11 },
        { AssetTableModel::Model, 20 },
        { AssetTableModel::SerialNo, 13 },
        { AssetTableModel::Status, 11 },
        { AssetTableModel::OwnerAuthority, 8 },
        { AssetTableModel::UsingAuthority, 9 },
        { AssetTableModel::Unit, 20 },
        { AssetTableModel::Site, 18 },
        { AssetTableModel::Room, 16 },
        { AssetTableModel::Person, 18 },
        { AssetTableModel::Hostname, 16 },
        { AssetTableModel::Mac, 19 },
        { AssetTableModel::Ip, 15 },
        { AssetTableModel::Notes, 30 },
    };
    for (const auto &[column, characters] : widths)
        m_assetView->setColumnWidth(column, characters * character + 16);
}

qint64 MainWindow::currentAssetId() const
{
    const QModelIndex current = m_assetView->currentIndex();
    return current.isValid() ? m_model->assetId(current.row()) : 0;
}

QList<qint64> MainWindow::selectedAssetIds(int *notLoaded) const
{
    QList<qint64> ids;
    int missing = 0;
    const QModelIndexList rows = m_assetView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const qint64 id = m_model->assetId(index.row());
        if (id > 0)
            ids.append(id);
        else
            ++missing;
    }
    if (notLoaded)
        *notLoaded = missing;
    if (ids.isEmpty() && currentAssetId() > 0)
        ids.append(currentAssetId());
    return ids;
}

void MainWindow::applyFilter()
{
    AssetFilter filter = m_filterPanel->filter();
    filter.searchText = m_searchField->text();
    m_model->setFilter(filter);
}

void MainWindow::showFilteredAssets(const AssetFilter &filter)
{
    // The search would narrow what was clicked: the table shows exactly the filter.
    m_searchField->clear();
    m_filterPanel->setFilter(filter);
    raise();
    activateWindow();
    m_assetView->setFocus();
}

void MainWindow::updateCounts(qint64 shown, qint64 total)
{
    const QLocale locale;
    if (shown < 0)
        m_countLabel->setText(tr("Counting matches among %1 assets…").arg(locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 of %2 assets").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_messageLabel->setProperty("isError", isError);
}

void MainWindow::scanCode(const QString &code)
{
    QString error;
    const QList<qint64> ids = m_lookup->find(code, &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        m_scanField->showResult(false);
        return;
    }
    if (ids.size() != 1) {
        QString text = AssetLookup::noMatchMessage(code, int(ids.size()));
        if (ids.size() > 1) {
            QStringList numbers;
            for (qint64 id : ids) {
                if (const std::optional<Asset> asset = m_commands->repository().find(id, &error))
                    numbers.append(asset->inventoryNo);
            }
            text += QLatin1Char(' ') + tr("Matches: %1").arg(numbers.join(QStringLiteral(", ")));
        }
        showMessage(text, true);
        m_scanField->showResult(false);
        return;
    }
    m_scanField->showResult(true);
    m_scanField->selectAll();
    m_pendingOpensDetails = true;
    m_pendingAsset = ids.first();
    m_pendingRetried = false;
    m_model->locateAsset(ids.first());
}

void MainWindow::showAsset(qint64 assetId)
{
    m_pendingAsset = assetId;
    m_pendingRetried = false;
    m_pendingOpensDetails = false;
    m_model->locateAsset(assetId);
}

void MainWindow::showChangesElsewhere()
{
    const qint64 current = currentAssetId();
    const int scroll = m_assetView->verticalScrollBar()->value();
    m_model->refresh();
    m_screens->refreshOpenScreens();
    connect(
        m_model, &AssetTableModel::ready, this,
        [this, current, scroll] {
            m_assetView->verticalScrollBar()->setValue(scroll);
            if (current <= 0)
                return;
            // Rows above may have come or gone: find the asset again, without clearing
            // the user's filter when it no longer matches.
            m_pendingAsset = current;
            m_pendingRetried = true;
            m_pendingOpensDetails = false;
            m_pendingKeepsScroll = true;
            m_model->locateAsset(current);
        },
        Qt::SingleShotConnection);
}

void MainWindow::onAssetLocated(qint64 assetId, int row)
{
    if (assetId != m_pendingAsset)
        return;
    if (row < 0) {
        if (m_pendingRetried) {
            m_pendingAsset = 0;
            return;
        }
        // Outside the current filter or search: show everything, then look again.
        m_pendingRetried = true;
        m_searchField->blockSignals(true);
        m_searchField->clear();
        m_searchField->blockSignals(false);
        m_filterPanel->clear();
        applyFilter();
        showMessage(tr("The asset was hidden by the filter; the filter has been cleared."), false);
        m_model->locateAsset(assetId);
        return;
    }
    m_pendingAsset = 0;
    const QModelIndex index = m_model->index(row, m_assetView->horizontalHeader()->logicalIndex(0));
    m_assetView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_assetView->scrollTo(index,
                          std::exchange(m_pendingKeepsScroll, false) ? QAbstractItemView::EnsureVisible
                                                                     : QAbstractItemView::PositionAtCenter);
    m_detailPanel->showAsset(assetId);
    if (m_pendingOpensDetails) {
        m_detailPanel->setCurrentIndex(0);
        std::optional<Asset> asset = m_commands->repository().find(assetId, nullptr);
        showMessage(asset ? tr("Found %1.").arg(asset->inventoryNo) : QString(), false);
    }
}

void MainWindow::onCurrentRowChanged()
{
    const qint64 id = currentAssetId();
    if (id > 0 && id != m_detailPanel->assetId())
        m_detailPanel->showAsset(id);
}

void MainWindow::openEditor(int mode)
{
    Asset asset;
    const qint64 id = currentAssetId();
    if (mode != CreateMode) {
        if (id <= 0) {
            showMessage(tr("Select an asset first."), true);
            return;
        }
        QString error;
        const std::optional<Asset> stored = m_commands->repository().find(id, &error);
        if (!stored) {
            showMessage(error, true);
            return;
        }
        asset = *stored;
    } else {
        // Sensible defaults for a new device: the filter's owner and category.
        const AssetFilter filter = m_filterPanel->filter();
        asset.ownerAuthorityId = filter.ownerAuthorityIds.value(0);
        asset.categoryId = filter.categoryIds.value(0);
    }
    if (mode == DuplicateMode) {
        // A batch of identical devices: everything but what identifies one device.
        asset.id = 0;
        asset.rowVersion = 0;
        asset.importBatchId = 0;
        asset.inventoryNo.clear();
        asset.serialNo.clear();
        asset.mac.clear();
        asset.hostname.clear();
        asset.ip.clear();
        asset.lastAudited = QDate();
    }
    const Asset before = asset;
    const auto dialogMode = mode == CreateMode ? AssetEditDialog::Mode::Create
        : mode == EditMode                     ? AssetEditDialog::Mode::Edit
                                               : AssetEditDialog::Mode::Duplicate;
    AssetEditDialog dialog(m_database, *m_masterData, m_commands->repository(), dialogMode, asset, this);
    dialog.setSaveHandler([this, before, mode](Asset &edited, QString *error) {
        AssetRepository &repository = m_commands->repository();
        if (mode == EditMode) {
            const AssetRepository::UpdateResult result = repository.update(edited, error);
            if (result == AssetRepository::UpdateResult::Conflict)
                return AssetEditDialog::SaveOutcome::Conflict;
            if (result == AssetRepository::UpdateResult::Failed)
                return AssetEditDialog::SaveOutcome::Failed;
            if (result == AssetRepository::UpdateResult::Updated)
                m_undoStack->push(new EditAssetCommand(*m_commands, before, edited));
            m_commands->notifyChanged({ edited.id });
            return AssetEditDialog::SaveOutcome::Saved;
        }
        if (!repository.insert(edited, error))
            return AssetEditDialog::SaveOutcome::Failed;
        const QString text = mode == DuplicateMode ? tr("Duplicate as %1").arg(edited.inventoryNo)
                                                   : tr("New asset %1").arg(edited.inventoryNo);
        m_undoStack->push(new CreateAssetCommand(*m_commands, edited, text));
        m_commands->notifyChanged({ edited.id });
        return AssetEditDialog::SaveOutcome::Saved;
    });
    dialog.exec();
}

void MainWindow::newAsset()
{
    openEditor(CreateMode);
}

void MainWindow::editCurrent()
{
    openEditor(EditMode);
}

void MainWindow::duplicateCurrent()
{
    openEditor(DuplicateMode);
}

void MainWindow::retireSelected()
{
    withCompleteSelection([this](const QList<qint64> &ids) { retireAssets(ids); });
}

void MainWindow::retireAssets(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QString error;
    BulkChangeAssetsCommand *command = BulkChangeAssetsCommand::apply(
        *m_commands, ids, { { AssetField::Status, AssetStatusText::code(AssetStatus::Retired) } },
        tr("Retire %n asset(s)", nullptr, int(ids.size())), &error);
    if (!command) {
        showMessage(error, true);
        return;
    }
    m_undoStack->push(command);
    showMessage(tr("%n asset(s) retired. Ctrl+Z undoes it.", nullptr, int(ids.size())), false);
}

void MainWindow::withCompleteSelection(std::function<void(const QList<qint64> &)> action)
{
    qint64 selectedRows = 0;
    for (const QItemSelectionRange &range : m_assetView->selectionModel()->selection())
        selectedRows += range.height();
    if (selectedRows > maxBulkRows) {
        showMessage(tr("%1 rows are selected; a change from this window reaches at most %2. Narrow the "
                       "filter. Nothing was changed.")
                        .arg(selectedRows)
                        .arg(maxBulkRows),
                    true);
        return;
    }
    int notLoaded = 0;
    const QList<qint64> ids = selectedAssetIds(&notLoaded);
    if (notLoaded == 0) {
        action(ids);
        return;
    }
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_assetView->selectionModel()->selection())
        ranges.append({ range.top(), range.bottom() });
    showMessage(tr("Reading %n selected row(s) that are not loaded yet…", nullptr, notLoaded), false);
    m_selectionAction = std::move(action);
    m_selectionRequest = m_model->resolveRows(ranges);
}

void MainWindow::onSelectionResolved(quint64 request, const QList<qint64> &ids, bool complete)
{
    if (request != m_selectionRequest || !m_selectionAction)
        return;
    const std::function<void(const QList<qint64> &)> action = std::exchange(m_selectionAction, nullptr);
    if (!complete) {
        showMessage(tr("The list changed while the selection was read. Nothing was changed."), true);
        return;
    }
    // Ranges of a selection may overlap; each asset once, in row order.
    QList<qint64> unique;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    action(unique);
}

void MainWindow::printLabelsForSelection()
{
    withCompleteSelection([this](const QList<qint64> &ids) { printLabels(ids); });
}

void MainWindow::printLabels(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        showMessage(tr("Select the assets to label first."), true);
        return;
    }
    readDevices(ids, [this](const QList<LabelItem> &items) {
        LabelPrintDialog dialog(items, this);
        dialog.exec();
    });
}

void MainWindow::readDevices(const QList<qint64> &ids, std::function<void(const QList<LabelItem> &)> then)
{
    WaitingWorker::read<QList<LabelItem>>(
        this, m_database.settings(),
        [ids](Database &database, QString *error) { return LabelItemQuery(database).forAssets(ids, error); },
        [this, then = std::move(then)](const std::optional<QList<LabelItem>> &devices, const QString &error) {
            if (!devices) {
                showMessage(error, true);
                return;
            }
            then(*devices);
        });
}

void MainWindow::handOverSelected(Handover::Kind kind)
{
    withCompleteSelection([this, kind](const QList<qint64> &ids) {
        if (ids.isEmpty()) {
            showMessage(tr("Select the devices first."), true);
            return;
        }
        readDevices(ids, [this, kind](const QList<LabelItem> &devices) {
            HandoverDialog dialog(m_database, kind, devices, this);
            if (dialog.exec() == QDialog::Accepted && dialog.record()) {
                m_model->refresh();
                m_detailPanel->showAsset(currentAssetId());
                showMessage(tr("%1 saved.").arg(HandoverPdfWriter::title(*dialog.record())), false);
            }
        });
    });
}

void MainWindow::bulkChangeSelected()
{
    withCompleteSelection([this](const QList<qint64> &ids) { bulkChangeAssets(ids); });
}

void MainWindow::bulkChangeAssets(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        showMessage(tr("Select the assets to change first."), true);
        return;
    }
    BulkChangeDialog dialog(*m_masterData, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.changes().isEmpty())
        return;
    QString error;
    BulkChangeAssetsCommand *command = BulkChangeAssetsCommand::apply(
        *m_commands, ids, dialog.changes(), tr("Change %n asset(s)", nullptr, int(ids.size())), &error);
    if (!command) {
        showMessage(tr("Nothing was changed: %1").arg(error), true);
        return;
    }
    m_undoStack->push(command);
    showMessage(tr("%n asset(s) changed. Ctrl+Z undoes it.", nullptr, int(ids.size())), false);
}

void MainWindow::showHistory()
{
    m_detailPanel->showHistoryTab();
    if (QWidget *dock = m_detailPanel->parentWidget(); dock && !dock->isVisible())
        dock->show();
}

void MainWindow::exportCsv()
{
    const QString excelFilter = tr("CSV for German Excel (*.csv)");
    const QString plainFilter = tr("CSV, plain UTF-8 (*.csv)");
    QString chosenFilter = excelFilter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the assets shown"), tr("assets.csv"),
                                     excelFilter + QStringLiteral(";;") + plainFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    startExport(path,
                chosenFilter == plainFilter ? AssetCsvExporter::Format::Plain
                                            : AssetCsvExporter::Format::GermanExcel);
}

bool MainWindow::startExport(const QString &path, AssetCsvExporter::Format format)
{
    if (m_exportDialog) {
        showMessage(tr("An export is still running."), true);
        return false;
    }
    // What the user sees: the current filter and sort, the visible columns in their order.
    const QHeaderView *header = m_assetView->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    auto *job = new AssetExportJob(m_database, path, format);
    job->setFilter(m_model->filter());
    job->setSort(m_model->sortColumn(), m_model->sortOrder());
    job->setColumns(columns);
    m_exportDialog = new AssetExportDialog(job, this);
    connect(m_exportDialog, &AssetExportDialog::exportFinished, this,
            [this, path](AssetCsvExporter::Result result, qint64 rowsWritten, const QString &error) {
                switch (result) {
                case AssetCsvExporter::Result::Written:
                    showMessage(tr("%n asset(s) exported to %1.", nullptr, int(rowsWritten)).arg(path),
                                false);
                    break;
                case AssetCsvExporter::Result::Cancelled:
                    showMessage(tr("The export was cancelled; no file was written."), false);
                    break;
                case AssetCsvExporter::Result::Failed:
                    showMessage(tr("Export failed: %1").arg(error), true);
                    break;
                }
                emit exportFinished(result, error);
            });
    m_exportDialog->start();
    return true;
}

void MainWindow::editMasterData(MasterDataKind kind)
{
    MasterDataDialog dialog(m_database, *m_masterData, kind, this);
    bool changed = false;
    connect(&dialog, &MasterDataDialog::masterDataChanged, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed) {
        m_filterPanel->reloadLists();
        m_model->refresh();
        m_detailPanel->showAsset(currentAssetId());
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsGroup + QStringLiteral("/geometry"), saveGeometry());
    settings.setValue(settingsGroup + QStringLiteral("/state"), saveState());
    m_columnSettings->save();
    m_filterPanel->saveState(QStringLiteral("assetFilter"));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(settingsGroup + QStringLiteral("/geometry")).toByteArray());
    restoreState(settings.value(settingsGroup + QStringLiteral("/state")).toByteArray());
    m_columnSettings->restore();
    m_filterPanel->restoreState(QStringLiteral("assetFilter"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
