// AssetTableModel: a lazy view of up to millions of assets.
//
// Threads. The model owns a QThread with an AssetTableWorker and the worker's own
// database connection; the GUI thread never runs a query. Requests go to the worker
// as queued calls, results come back as queued signals. Each sort/filter/refresh
// bumps a generation number; requests and results of older generations are dropped,
// so a fast typist never sees the rows of a search already replaced.
//
// Signals. rowCount() is 0 until the worker has counted. A change of sort or filter
// keeps the old rows on screen until the worker answers with the new count AND the
// first page in one message; then the model does one beginResetModel/endResetModel.
// That is the simplest sequence a view and QAbstractItemModelTester accept, and the
// first visible rows are there immediately after the reset (no placeholder flash).
//
// Pages. Rows are read in pages of PageSize; data() of a row not loaded returns a
// placeholder and requests its page; a loaded page is one dataChanged. At most
// MaxPages pages are cached (least recently used evicted): memory stays flat at
// any row count.
//
// SQL. Keyset paging: a page is `WHERE (sort_key, id) >= (?, ?) ORDER BY sort_key, id
// LIMIT n OFFSET m` from the closest known "anchor" (the key of a page's first row),
// going forward, or backward (DESC) from an anchor after the page or from the end of
// the result, so the last rows are as cheap as the first. Anchors come from every
// loaded page and from a background scan (after the user paused for ScanDelayMs) that
// walks the sort index once in small chunks and records the key of every page start;
// afterwards any page is a single index seek with OFFSET 0. Until then m <= half the
// distance to the closest anchor.
// Every column sorts by one index on (sort_key, id) (migration 4). Referenced names
// (category, owner and user codes, unit, site, room, person) are denormalised into
// *_sort columns kept current by triggers: an ORDER BY over a join cannot use an
// index, and at a million rows a sort would take about a second. Text sorts
// binary (byte order, portable to PostgreSQL with C collation): "Ä" after "Z".
// The status sorts by its stored code. Empty dates and prices sort first.
// Filters and the full-text search (FTS5 rowid IN (...)) are AND-ed conditions with
// bound values only; SQLite picks the filter or the sort index.

#include "assets/assettablemodel.h"

#include "assets/asset.h"
#include "assets/assetquery.h"
#include "assets/assettableworker.h"

#include <QDate>

#include <limits>

namespace {

AssetField fieldOf(int column)
{
    static const AssetField fields[AssetTableModel::ColumnCount] = {
        AssetField::InventoryNo,
        AssetField::Category,
        AssetField::Manufacturer,
        AssetField::Model,
        AssetField::SerialNo,
        AssetField::Status,
        AssetField::OwnerAuthority,
        AssetField::UsingAuthority,
        AssetField::Unit,
        AssetField::Site,
        AssetField::Room,
        AssetField::Person,
        AssetField::PurchaseDate,
        AssetField::PurchasePrice,
        AssetField::WarrantyEnd,
        AssetField::Hostname,
        AssetField::Mac,
        AssetField::Ip,
        AssetField::CostCentre,
        AssetField::LastAudited,
        AssetField::Notes,
    };
    return fields[column];
}

QString placeholderText()
{
    return QString(QChar(0x2026)); // …
}

} // namespace

AssetTableModel::AssetTableModel(const DatabaseSettings &settings, QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<AssetTablePage>();
    qRegisterMetaType<QList<int>>();
    qRegisterMetaType<QList<qint64>>();
    m_thread.setObjectName(QStringLiteral("AssetTableModel"));
    m_worker = new AssetTableWorker(settings, PageSize);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AssetTableWorker::queryReady, this, &AssetTableModel::onQueryReady);
    connect(m_worker, &AssetTableWorker::countReady, this, &AssetTableModel::onCountReady);
    connect(m_worker, &AssetTableWorker::pageLoaded, this, &AssetTableModel::onPageLoaded);
    connect(m_worker, &AssetTableWorker::pagesDropped, this, &AssetTableModel::onPagesDropped);
    connect(m_worker, &AssetTableWorker::located, this, &AssetTableModel::onLocated);
    connect(m_worker, &AssetTableWorker::rowsResolved, this, &AssetTableModel::onRowsResolved);
    connect(m_worker, &AssetTableWorker::failed, this, &AssetTableModel::onFailed);
    m_thread.start();
    startQuery(true);
}

AssetTableModel::~AssetTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssetTableModel::columnName(Column column)
{
    if (column < 0 || column >= ColumnCount)
        return QString();
    return AssetFields::displayName(fieldOf(column));
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(Column(section));
    return QVariant();
}

void AssetTableModel::startQuery(bool recount)
{
    ++m_generation;
    m_ready = false;
    m_pending.clear();
    const quint64 generation = m_generation;
    const AssetFilter filter = m_filter;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    AssetTableWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [=] { worker->setQuery(generation, filter, column, order, recount); },
        Qt::QueuedConnection);
}

void AssetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    startQuery(false);
}

void AssetTableModel::setFilter(const AssetFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    startQuery(false);
}

void AssetTableModel::setSearchText(const QString &text)
{
    AssetFilter filter = m_filter;
    filter.searchText = text;
    setFilter(filter);
}

void AssetTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1), { Qt::DisplayRole });
}

void AssetTableModel::refresh()
{
    startQuery(true);
}

void AssetTableModel::locateAsset(qint64 assetId)
{
    const quint64 generation = m_generation;
    AssetTableWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [=] { worker->locate(generation, assetId); }, Qt::QueuedConnection);
}

quint64 AssetTableModel::resolveRows(const QList<std::pair<int, int>> &ranges)
{
    QList<int> bounds;
    bounds.reserve(ranges.size() * 2);
    for (const auto &[first, last] : ranges)
        bounds << first << last;
    const quint64 request = ++m_lastResolveRequest;
    const quint64 generation = m_generation;
    AssetTableWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [=] { worker->resolveRows(generation, request, bounds); }, Qt::QueuedConnection);
    return request;
}

void AssetTableModel::onRowsResolved(quint64 generation, quint64 request, const QList<qint64> &ids)
{
    emit rowsResolved(request, ids, generation == m_generation);
}

void AssetTableModel::onQueryReady(quint64 generation, qint64 shown, qint64 total,
                                   const AssetTablePage &firstPage)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_pages.clear();
    m_pending.clear();
    m_rowCount =
        shown < 0 ? int(firstPage.ids.size()) : int(std::min<qint64>(shown, std::numeric_limits<int>::max()));
    m_shownCount = shown;
    m_totalCount = total;
    m_ready = true;
    if (!firstPage.ids.isEmpty())
        storePage(firstPage);
    endResetModel();
    emit countsChanged(shown, total);
    if (!firstPage.ids.isEmpty())
        emit rowsLoaded(firstPage.firstRow, int(firstPage.ids.size()));
    emit ready();
}

void AssetTableModel::onCountReady(quint64 generation, qint64 shown)
{
    if (generation != m_generation)
        return;
    // Rows come and go only at the end: the first page, the selection and the
    // scroll position stay as they are.
    const int rows = int(std::min<qint64>(shown, std::numeric_limits<int>::max()));
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // Assets removed by a colleague between the first page and the count.
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            it = it.key() * PageSize >= rows ? m_pages.erase(it) : std::next(it);
        }
        endRemoveRows();
    }
    m_shownCount = shown;
    emit countsChanged(shown, m_totalCount);
}

void AssetTableModel::onPageLoaded(quint64 generation, const AssetTablePage &page)
{
    if (generation != m_generation || !m_ready)
        return;
    m_pending.remove(page.page);
    if (page.ids.isEmpty())
        return;
    storePage(page);
    const int last = std::min(page.firstRow + int(page.ids.size()), m_rowCount) - 1;
    if (last < page.firstRow)
        return;
    emit dataChanged(index(page.firstRow, 0), index(last, ColumnCount - 1));
    emit rowsLoaded(page.firstRow, last - page.firstRow + 1);
}

void AssetTableModel::onPagesDropped(quint64 generation, const QList<int> &pages)
{
    if (generation != m_generation)
        return;
    for (int page : pages)
        m_pending.remove(page);
}

void AssetTableModel::onLocated(quint64 generation, qint64 assetId, int row)
{
    // Answered for a sort or filter that has changed since: ask again.
    if (generation != m_generation) {
        if (generation < m_generation)
            locateAsset(assetId);
        return;
    }
    emit assetLocated(assetId, row < m_rowCount ? row : -1);
}

void AssetTableModel::onFailed(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void AssetTableModel::storePage(const AssetTablePage &page)
{
    CachedPage &cached = m_pages[page.page];
    cached.ids = page.ids;
    cached.rows = page.rows;
    cached.lastUse = ++m_useClock;
    while (m_pages.size() > MaxPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (oldest == m_pages.end() || it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void AssetTableModel::requestPage(int page) const
{
    if (!m_ready || m_pending.contains(page))
        return;
    m_pending.insert(page);
    const quint64 generation = m_generation;
    AssetTableWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [=] { worker->requestPage(generation, page); }, Qt::QueuedConnection);
}

const QList<QVariant> *AssetTableModel::rowValues(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / PageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row - page * PageSize;
    if (offset >= it->rows.size())
        return nullptr;
    it->lastUse = ++m_useClock;
    return &it->rows.at(offset);
}

qint64 AssetTableModel::assetId(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd())
        return 0;
    return it->ids.value(row % PageSize, 0);
}

bool AssetTableModel::isRowLoaded(int row) const
{
    return assetId(row) != 0;
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != AssetIdRole && role != RawValueRole
        && role != Qt::TextAlignmentRole)
        return QVariant();
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == PurchasePrice)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    const QList<QVariant> *values = rowValues(index.row());
    if (role == AssetIdRole)
        return values ? assetId(index.row()) : qint64(0);
    if (!values)
        return role == Qt::DisplayRole ? QVariant(placeholderText()) : QVariant();
    const QVariant &raw = values->at(index.column());
    if (role == RawValueRole)
        return raw;
    if (role == Qt::ToolTipRole)
        return index.column() == Notes ? displayValue(index.column(), raw) : QVariant();
    return displayValue(index.column(), raw);
}

QVariant AssetTableModel::displayValue(int column, const QVariant &raw) const
{
    switch (column) {
    case PurchaseDate:
    case WarrantyEnd:
    case LastAudited: {
        const QDate date = raw.toDate();
        if (!date.isValid())
            return QString();
        QString format = m_locale.dateFormat(QLocale::ShortFormat);
        // Short formats have two-digit years in some locales; an inventory spans decades.
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        return m_locale.toString(date, format);
    }
    case PurchasePrice:
        if (raw.isNull())
            return QString();
        return m_locale.toString(double(raw.toLongLong()) / 100.0, 'f', 2);
    case Status: {
        const std::optional<AssetStatus> status = AssetStatusText::fromCode(raw.toString());
        return status ? AssetStatusText::displayName(*status) : raw.toString();
    }
    default:
        return raw.toString();
    }
}
