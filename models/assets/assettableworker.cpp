#include "assets/assettableworker.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {
// Rows per step of the anchor scan: small, so a page request waits only a few ms.
constexpr int ScanChunk = 5000;
// Start the anchor scan only when the user paused: typing in the search box
// changes the filter many times a second.
constexpr int ScanDelayMs = 300;
// Page requests beyond this many are dropped (oldest first): after a fast scroll
// only the rows now on screen matter.
constexpr int MaxPendingPages = 12;
// Beyond this OFFSET a page is read in two steps (key lookup, then the rows).
constexpr qint64 FarOffset = 1000;
} // namespace

AssetTableWorker::AssetTableWorker(DatabaseSettings settings, int pageSize)
    : m_settings(std::move(settings))
    , m_pageSize(pageSize)
{ }

AssetTableWorker::~AssetTableWorker() = default;

bool AssetTableWorker::ensureOpen()
{
    if (m_database)
        return true;
    if (m_openFailed)
        return false;
    auto database = std::make_unique<Database>(m_settings);
    QString error;
    if (!database->open(&error)
        || !database->dialect().configureInteractiveConnection(database->connection(), &error)) {
        m_openFailed = true;
        fail(error);
        return false;
    }
    m_database = std::move(database);
    return true;
}

void AssetTableWorker::fail(const QString &error)
{
    emit failed(error);
}

bool AssetTableWorker::count(const AssetQuery &query, qint64 *result)
{
    QSqlQuery sql(m_database->connection());
    QString error;
    if (!query.prepareCount(sql, &error) || !Sql::exec(sql, &error)) {
        fail(error);
        return false;
    }
    *result = sql.next() ? sql.value(0).toLongLong() : 0;
    return true;
}

bool AssetTableWorker::estimateSearchMatches(qint64 *matches)
{
    *matches = -1;
    if (!m_query->canSampleSearchMatches())
        return true;
    // About 5,000 entries whatever the size: all of a small inventory (exact), 0.5 %
    // of 1M. At the 1 % that separates few matches from many, that sample holds ~50.
    constexpr double wantedEntries = 5000;
    const double percent =
        m_total > 0 ? std::clamp(100.0 * wantedEntries / double(m_total), 0.5, 100.0) : 100.0;
    QSqlQuery sample(m_database->connection());
    QString error;
    if (!m_query->prepareSearchSample(sample, percent, &error) || !Sql::exec(sample, &error)) {
        fail(error);
        return false;
    }
    if (sample.next() && sample.value(1).toLongLong() > 0) {
        *matches = qint64(double(sample.value(0).toLongLong()) * double(m_total)
                          / double(sample.value(1).toLongLong()));
    }
    return true;
}

void AssetTableWorker::setQuery(quint64 generation, const AssetFilter &filter, int sortColumn,
                                Qt::SortOrder order, bool recount)
{
    m_generation = generation;
    m_pendingPages.clear();
    m_anchors.clear();
    m_scanDone = true;
    m_scannedRows = 0;
    m_scanKey.reset();
    if (!ensureOpen())
        return;
    m_query.emplace(m_database->dialect(), filter, sortColumn, order);

    if (recount || m_total < 0) {
        if (!count(AssetQuery(m_database->dialect(), AssetFilter(), sortColumn, order), &m_total))
            return;
    }
    // A search with many matches shows its first rows before they are counted: the
    // rows come off the sort index in a few ms, an exact count of a common word on a
    // server visits most of the search index (docs/PERFORMANCE.md).
    bool counted = true;
    qint64 searchMatches = -1;
    if (recount || !m_countedFilter || *m_countedFilter != filter) {
        m_countedFilter.reset();
        if (filter.isEmpty()) {
            m_shown = m_total;
        } else if (!estimateSearchMatches(&searchMatches)) {
            return;
        } else if (searchMatches > AssetQuery::FewSearchMatches) {
            counted = false;
        } else if (!count(*m_query, &m_shown)) {
            return;
        }
        if (counted)
            m_countedFilter = filter;
    }
    m_query->setSearchMatchCount(searchMatches >= 0 ? searchMatches : m_shown);
    if (!counted)
        m_shown = std::numeric_limits<int>::max(); // the first page alone decides
    AssetTablePage first;
    if (!loadPage(0, &first)) {
        if (!counted)
            m_shown = 0;
        return;
    }
    if (!counted && first.ids.size() < m_pageSize) {
        m_shown = first.ids.size();
        m_countedFilter = filter;
        counted = true;
    }
    emit queryReady(generation, counted ? m_shown : -1, m_total, first);
    if (!counted) {
        // Before any page or locate request: those read m_shown.
        if (!count(*m_query, &m_shown)) {
            m_shown = first.ids.size();
            return;
        }
        m_countedFilter = filter;
        emit countReady(generation, m_shown);
    }

    if (m_shown > m_pageSize) {
        QTimer::singleShot(ScanDelayMs, this, [this, generation] {
            if (generation != m_generation)
                return;
            m_scanDone = false;
            scheduleWork();
        });
    }
}

void AssetTableWorker::requestPage(quint64 generation, int page)
{
    if (generation != m_generation || !m_query)
        return;
    m_pendingPages.removeAll(page);
    m_pendingPages.append(page);
    scheduleWork();
}

void AssetTableWorker::scheduleWork()
{
    if (m_workScheduled)
        return;
    m_workScheduled = true;
    QMetaObject::invokeMethod(this, &AssetTableWorker::doWork, Qt::QueuedConnection);
}

void AssetTableWorker::doWork()
{
    m_workScheduled = false;
    if (!m_query)
        return;
    if (!m_pendingPages.isEmpty()) {
        if (m_pendingPages.size() > MaxPendingPages) {
            const QList<int> dropped = m_pendingPages.mid(0, m_pendingPages.size() - MaxPendingPages);
            m_pendingPages.remove(0, dropped.size());
            emit pagesDropped(m_generation, dropped);
        }
        // The newest request first: it is what the view shows now.
        const int page = m_pendingPages.takeLast();
        AssetTablePage result;
        if (loadPage(page, &result))
            emit pageLoaded(m_generation, result);
    } else if (!m_scanDone) {
        if (!buildAnchorChunk())
            m_scanDone = true;
    }
    if (!m_pendingPages.isEmpty() || !m_scanDone)
        scheduleWork();
}

bool AssetTableWorker::loadPage(int page, AssetTablePage *result)
{
    result->page = page;
    result->firstRow = page * m_pageSize;
    const qint64 first = result->firstRow;
    const int wanted = int(std::min<qint64>(m_pageSize, m_shown - first));
    if (wanted <= 0)
        return true;
    const qint64 last = first + wanted - 1;

    // Read from the closest known position: an anchor at or before the page going
    // forward, one at or after it going backward, or the end of the result going
    // backward. Anchors make the OFFSET small; the end makes the last page cheap.
    AssetQuery::Direction direction = AssetQuery::Direction::Forward;
    const AssetQuery::Key *from = nullptr;
    qint64 offset = first;
    auto before = m_anchors.upperBound(int(first));
    if (before != m_anchors.begin()) {
        --before;
        if (first - before.key() < offset) {
            offset = first - before.key();
            from = &before.value();
        }
    }
    const auto after = m_anchors.lowerBound(int(last));
    if (after != m_anchors.end() && after.key() - last < offset) {
        direction = AssetQuery::Direction::Backward;
        offset = after.key() - last;
        from = &after.value();
    }
    if (m_shown - 1 - last < offset) {
        direction = AssetQuery::Direction::Backward;
        offset = m_shown - 1 - last;
        from = nullptr;
    }

    QString error;
    AssetQuery::Key target;
    if (offset > FarOffset) {
        // Find the key of the page's edge row through the narrow (key, id) index
        // first; the page itself is then read with OFFSET 0.
        QSqlQuery keyAt(m_database->connection());
        if (!m_query->prepareKeyAt(keyAt, direction, from, int(offset), &error)
            || !Sql::exec(keyAt, &error)) {
            fail(error);
            return false;
        }
        if (keyAt.next()) {
            target = { keyAt.value(0), keyAt.value(1).toLongLong() };
            from = &target;
            offset = 0;
        }
    }
    QSqlQuery sql(m_database->connection());
    if (!m_query->preparePage(sql, direction, from, wanted, int(offset), &error) || !Sql::exec(sql, &error)) {
        fail(error);
        return false;
    }
    QList<AssetQuery::Key> keys;
    while (sql.next()) {
        QList<QVariant> values;
        values.reserve(AssetQuery::idColumn());
        for (int column = 0; column < AssetQuery::idColumn(); ++column)
            values.append(AssetQuery::rawValue(column, sql.value(column)));
        result->rows.append(values);
        result->ids.append(sql.value(AssetQuery::idColumn()).toLongLong());
        keys.append({ sql.value(AssetQuery::keyColumn()), result->ids.constLast() });
    }
    if (direction == AssetQuery::Direction::Backward) {
        std::reverse(result->rows.begin(), result->rows.end());
        std::reverse(result->ids.begin(), result->ids.end());
        std::reverse(keys.begin(), keys.end());
    }
    if (!keys.isEmpty() && keys.size() == wanted)
        m_anchors.insert(result->firstRow, keys.constFirst());
    return true;
}

bool AssetTableWorker::buildAnchorChunk()
{
    QSqlQuery sql(m_database->connection());
    QString error;
    const AssetQuery::Key *after = m_scanKey ? &*m_scanKey : nullptr;
    if (!m_query->prepareKeys(sql, after, ScanChunk, &error) || !Sql::exec(sql, &error)) {
        fail(error);
        return false;
    }
    int fetched = 0;
    while (sql.next()) {
        AssetQuery::Key key { sql.value(0), sql.value(1).toLongLong() };
        if (m_scannedRows % m_pageSize == 0)
            m_anchors.insert(m_scannedRows, key);
        m_scanKey = std::move(key);
        ++m_scannedRows;
        ++fetched;
    }
    return fetched == ScanChunk;
}

void AssetTableWorker::resolveRows(quint64 generation, quint64 request, const QList<int> &bounds)
{
    QList<qint64> ids;
    if (generation == m_generation && m_query) {
        for (qsizetype i = 0; i + 1 < bounds.size(); i += 2) {
            const qint64 first = std::max(0, bounds.at(i));
            const qint64 last = std::min<qint64>(bounds.at(i + 1), m_shown - 1);
            for (qint64 page = first / m_pageSize; page <= last / m_pageSize && first <= last; ++page) {
                AssetTablePage result;
                if (!loadPage(int(page), &result)) {
                    // loadPage has reported the failure; a generation no model has
                    // marks the answer incomplete, so the waiting action is dropped.
                    emit rowsResolved(std::numeric_limits<quint64>::max(), request, {});
                    return;
                }
                for (qsizetype k = 0; k < result.ids.size(); ++k) {
                    const qint64 row = result.firstRow + k;
                    if (row >= first && row <= last)
                        ids.append(result.ids.at(k));
                }
            }
        }
    }
    emit rowsResolved(generation, request, ids);
}

void AssetTableWorker::locate(quint64 generation, qint64 assetId)
{
    if (!m_query) {
        emit located(generation, assetId, -1);
        return;
    }
    QSqlQuery sql(m_database->connection());
    QString error;
    if (!m_query->prepareKeyOf(sql, assetId, &error) || !Sql::exec(sql, &error)) {
        fail(error);
        return;
    }
    if (!sql.next()) {
        emit located(m_generation, assetId, -1);
        return;
    }
    const AssetQuery::Key key { sql.value(0), sql.value(1).toLongLong() };
    sql.finish();
    QSqlQuery before(m_database->connection());
    if (!m_query->prepareCountBefore(before, key, &error) || !Sql::exec(before, &error) || !before.next()) {
        fail(error);
        return;
    }
    emit located(m_generation, assetId, before.value(0).toInt());
}
