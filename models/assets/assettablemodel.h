#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QThread>
#include <QVariant>

#include <memory>

#include "assets/assetfilter.h"
#include "storage/databasesettings.h"

class AssetTableWorker;
struct AssetTablePage;

// The asset table for up to millions of rows: lazy, sorted and filtered in SQL by a
// worker thread on its own connection. The GUI thread never runs a query; rows not
// loaded yet show a placeholder until their page arrives. See the .cpp for the design.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InventoryNo,
        Category,
        Manufacturer,
        Model,
        SerialNo,
        Status,
        OwnerAuthority, // code
        UsingAuthority, // code
        Unit,
        Site,
        Room,
        Person,
        PurchaseDate,
        PurchasePrice,
        WarrantyEnd,
        Hostname,
        Mac,
        Ip,
        CostCentre,
        LastAudited,
        Notes,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        AssetIdRole = Qt::UserRole + 1, // qint64, 0 while the row is not loaded
        RawValueRole, // dates as QDate, price as qint64 cents, status as AssetStatus code text, names as text
    };

    static constexpr int PageSize = 200;

    explicit AssetTableModel(const DatabaseSettings &settings, QObject *parent = nullptr);
    ~AssetTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Header text of a column (also used by the CSV export).
    static QString columnName(Column column);

    void setFilter(const AssetFilter &filter);
    AssetFilter filter() const { return m_filter; }
    // Shorthand: the filter with only its search text replaced.
    void setSearchText(const QString &text);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Dates and prices are formatted with this locale (default: QLocale()).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    // The asset shown in a row, 0 while that row is not loaded.
    qint64 assetId(int row) const;
    bool isRowLoaded(int row) const;
    // Rows matching the filter and all assets, -1 until the worker has counted. A
    // search with many matches is ready (first rows shown) before it is counted:
    // the rows beyond the first page are then inserted when the count arrives.
    qint64 shownCount() const { return m_shownCount; }
    qint64 totalCount() const { return m_totalCount; }
    // False between a change of sort/filter/refresh and the arrival of its first rows.
    bool isReady() const { return m_ready; }
    QString lastError() const { return m_lastError; }

    // Re-reads counts and rows after edits, keeping sort and filter.
    void refresh();
    // Asynchronously finds the row of an asset under the current sort and filter;
    // answers with assetLocated (row -1 when the asset is not shown).
    void locateAsset(qint64 assetId);
    // Asynchronously finds the assets of rows first..last of each range, loaded or not
    // (a selection reaching rows not read yet); answers with rowsResolved. complete is
    // false when the sort or filter changed meanwhile: the rows are not those selected.
    quint64 resolveRows(const QList<std::pair<int, int>> &ranges);

signals:
    // shown is -1 while the rows of a search are being counted.
    void countsChanged(qint64 shown, qint64 total);
    void assetLocated(qint64 assetId, int row);
    void rowsResolved(quint64 request, const QList<qint64> &ids, bool complete);
    // A block of rows [firstRow, firstRow + count) has been loaded (after dataChanged).
    void rowsLoaded(int firstRow, int count);
    // The model has been reset to the result of the latest sort, filter or refresh.
    void ready();
    void errorOccurred(const QString &message);

private:
    void startQuery(bool recount);
    void requestPage(int page) const;
    void onQueryReady(quint64 generation, qint64 shown, qint64 total, const AssetTablePage &firstPage);
    void onCountReady(quint64 generation, qint64 shown);
    void onPageLoaded(quint64 generation, const AssetTablePage &page);
    void onPagesDropped(quint64 generation, const QList<int> &pages);
    void onLocated(quint64 generation, qint64 assetId, int row);
    void onRowsResolved(quint64 generation, quint64 request, const QList<qint64> &ids);
    void onFailed(const QString &message);
    void storePage(const AssetTablePage &page);
    const QList<QVariant> *rowValues(int row) const;
    QVariant displayValue(int column, const QVariant &raw) const;

    QThread m_thread;
    AssetTableWorker *m_worker = nullptr;
    AssetFilter m_filter;
    int m_sortColumn = InventoryNo;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
    quint64 m_generation = 0;
    quint64 m_lastResolveRequest = 0;
    int m_rowCount = 0;
    qint64 m_shownCount = -1;
    qint64 m_totalCount = -1;
    bool m_ready = false;
    QString m_lastError;

    // page number -> rows; least recently used pages are evicted beyond MaxPages.
    struct CachedPage
    {
        QList<qint64> ids;
        QList<QList<QVariant>> rows;
        quint64 lastUse = 0;
    };
    static constexpr int MaxPages = 50;
    mutable QHash<int, CachedPage> m_pages;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;
};
