#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

#include "assets/assetcsvexporter.h"
#include "assets/assetfilter.h"
#include "handovers/handover.h"
#include "labels/labelitem.h"
#include "masterdata/masterdatakind.h"

class AssetCommandContext;
class AssetDetailPanel;
class AssetExportDialog;
class AssetFilterPanel;
class AssetLookup;
class AssetTableModel;
class ColumnSettings;
class Database;
class DatabaseChangeWatcher;
class MasterDataRepository;
class QAction;
class QLabel;
class QTableView;
class QUndoStack;
class ScanField;
class SearchField;
class SecondaryScreens;

// The technicians' main screen: search and scan fields, the filter panel, the
// lazy asset table, the selected asset's details and history. Every action has
// a shortcut. The window only wires widgets together; dialogs do the editing
// and models/ services do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *assetView() const { return m_assetView; }
    AssetTableModel *assetModel() const { return m_model; }
    SearchField *searchField() const { return m_searchField; }
    ScanField *scanField() const { return m_scanField; }
    AssetFilterPanel *filterPanel() const { return m_filterPanel; }
    AssetDetailPanel *detailPanel() const { return m_detailPanel; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QLabel *messageLabel() const { return m_messageLabel; }
    QAction *importAction() const { return m_importAction; }
    SecondaryScreens *secondaryScreens() const { return m_screens; }

    // The asset of the current row (0 when none or not loaded yet).
    qint64 currentAssetId() const;
    // notLoaded counts selected rows whose data has not arrived yet (never silently skipped).
    QList<qint64> selectedAssetIds(int *notLoaded = nullptr) const;

    // Selects the asset when it is shown under the current filter, else clears the filter.
    void showAsset(qint64 assetId);
    void scanCode(const QString &code);

    void newAsset();
    void editCurrent();
    void duplicateCurrent();
    void retireSelected();
    void bulkChangeSelected();
    void showHistory();
    void exportCsv();
    // Labels with QR code for the selected assets (thousands at once), to a printer or a PDF.
    void printLabelsForSelection();
    // Hands the selected devices to a person, or takes them back, with a signed record.
    void handOverSelected(Handover::Kind kind);
    // Starts writing the current view to path in a worker thread, with a progress
    // dialog that can cancel it; exportFinished() reports the outcome. False while
    // another export runs.
    bool startExport(const QString &path, AssetCsvExporter::Format format);
    void editMasterData(MasterDataKind kind);
    // Shows the assets a filter selects, with no search text (a click on the overview).
    void showFilteredAssets(const AssetFilter &filter);

signals:
    void exportFinished(AssetCsvExporter::Result result, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void setDefaultColumnWidths();
    void saveSettings() const;
    void restoreSettings();
    void applyFilter();
    void updateCounts(qint64 shown, qint64 total);
    void onAssetLocated(qint64 assetId, int row);
    void onCurrentRowChanged();
    void showMessage(const QString &text, bool isError);
    // Runs action with the asset ids of every selected row. Rows not loaded yet are
    // read first by the model's worker, so the action may run later; a change of sort
    // or filter meanwhile cancels it with a message (a change reaches all or none).
    void withCompleteSelection(std::function<void(const QList<qint64> &)> action);
    void onSelectionResolved(quint64 request, const QList<qint64> &ids, bool complete);
    void retireAssets(const QList<qint64> &ids);
    void printLabels(const QList<qint64> &ids);
    // Reads what labels and handover records show of the devices (up to 10,000, in
    // slices by id) on a connection of its own, then calls `then` with them.
    void readDevices(const QList<qint64> &ids, std::function<void(const QList<LabelItem> &)> then);
    void bulkChangeAssets(const QList<qint64> &ids);
    void openEditor(int mode);
    // Another workstation or job committed: show it, keeping the current asset and
    // the scroll position.
    void showChangesElsewhere();

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    std::unique_ptr<AssetLookup> m_lookup;
    AssetCommandContext *m_commands = nullptr;
    AssetTableModel *m_model = nullptr;
    quint64 m_selectionRequest = 0;
    std::function<void(const QList<qint64> &)> m_selectionAction;
    QTableView *m_assetView = nullptr;
    SearchField *m_searchField = nullptr;
    ScanField *m_scanField = nullptr;
    AssetFilterPanel *m_filterPanel = nullptr;
    AssetDetailPanel *m_detailPanel = nullptr;
    ColumnSettings *m_columnSettings = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QAction *m_importAction = nullptr;
    SecondaryScreens *m_screens = nullptr;
    QPointer<AssetExportDialog> m_exportDialog;
    // The asset to select once the model has located it; the retry clears the filter first.
    qint64 m_pendingAsset = 0;
    bool m_pendingRetried = false;
    bool m_pendingOpensDetails = false;
    bool m_pendingKeepsScroll = false;
    DatabaseChangeWatcher *m_changeWatcher = nullptr;
};
