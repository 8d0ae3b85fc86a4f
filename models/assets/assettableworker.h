#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QVariant>

#include <memory>
#include <optional>

#include "assets/assetfilter.h"
#include "assets/assetquery.h"
#include "storage/databasesettings.h"

class Database;

// One loaded block of rows of the asset table.
struct AssetTablePage
{
    int page = -1;
    int firstRow = 0;
    QList<qint64> ids;
    QList<QList<QVariant>> rows; // raw values in AssetTableModel::Column order
};
Q_DECLARE_METATYPE(AssetTablePage)

// Lives in AssetTableModel's thread and owns that thread's connection: counts, pages,
// anchors and locate requests run here. Every request carries the generation of the
// model's sort/filter; requests and results of older generations are dropped.
class AssetTableWorker : public QObject
{
    Q_OBJECT

public:
    explicit AssetTableWorker(DatabaseSettings settings, int pageSize);
    ~AssetTableWorker() override;

    // Slots, called queued from the model's thread.
    void setQuery(quint64 generation, const AssetFilter &filter, int sortColumn, Qt::SortOrder order,
                  bool recount);
    void requestPage(quint64 generation, int page);
    void locate(quint64 generation, qint64 assetId);
    // The ids at rows first..last of each pair in bounds ([first0, last0, first1, …]),
    // read page by page like the view reads them: a selection reaching rows not loaded.
    void resolveRows(quint64 generation, quint64 request, const QList<int> &bounds);

signals:
    // shown is -1 when the first rows came before the count: countReady follows.
    void queryReady(quint64 generation, qint64 shown, qint64 total, const AssetTablePage &firstPage);
    void countReady(quint64 generation, qint64 shown);
    void pageLoaded(quint64 generation, const AssetTablePage &page);
    void pagesDropped(quint64 generation, const QList<int> &pages);
    void located(quint64 generation, qint64 assetId, int row);
    void rowsResolved(quint64 generation, quint64 request, const QList<qint64> &ids);
    void failed(const QString &message);

private:
    bool ensureOpen();
    void scheduleWork();
    void doWork();
    bool loadPage(int page, AssetTablePage *result);
    bool buildAnchorChunk();
    bool count(const AssetQuery &query, qint64 *result);
    // The search's matches estimated from a sample, -1 when the engine has no sample.
    bool estimateSearchMatches(qint64 *matches);
    void fail(const QString &error);

    DatabaseSettings m_settings;
    int m_pageSize;
    std::unique_ptr<Database> m_database;
    bool m_openFailed = false;

    quint64 m_generation = 0;
    std::optional<AssetQuery> m_query;
    std::optional<AssetFilter> m_countedFilter;
    qint64 m_shown = 0;
    qint64 m_total = -1;
    // Keys of rows at page starts (row -> key): a page is read from the nearest one.
    QMap<int, AssetQuery::Key> m_anchors;
    // The anchor scan walks the whole result once, in chunks between page requests.
    int m_scannedRows = 0;
    std::optional<AssetQuery::Key> m_scanKey;
    bool m_scanDone = true;
    QList<int> m_pendingPages;
    bool m_workScheduled = false;
};
