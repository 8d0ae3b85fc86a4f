#include "billing/billingcalculator.h"

#include "billing/billingrate.h"
#include "billing/billingraterepository.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>
#include <tuple>
#include <vector>

namespace {

// Divisible by every month's length (28, 29, 30, 31): a day of any month is a whole
// number of these parts of a monthly rate, so a line sums exactly before its one rounding.
constexpr qint64 monthParts = 377580;

QDate dayOf(const QString &utcTimestamp)
{
    // The local day is the same within a UTC hour (zones and daylight saving move by
    // whole hours here), and an import stamps thousands of rows in the same hour:
    // converting each through the time zone cost a third of a million-device run.
    thread_local QString cachedHour;
    thread_local QDate cachedDay;
    const QStringView hour = QStringView(utcTimestamp).left(13);
    if (hour.size() == 13 && hour == cachedHour)
        return cachedDay;
    cachedHour = hour.toString();
    cachedDay = QDateTime::fromString(utcTimestamp, Qt::ISODateWithMs).toLocalTime().date();
    return cachedDay;
}

QString startOfDayUtc(const QDate &day)
{
    return Sql::timestampText(day.startOfDay().toMSecsSinceEpoch());
}

// The rates of one subject: the general ones and each authority's own, by start day.
struct RateSteps
{
    std::vector<const BillingRate *> general;
    QHash<qint64, std::vector<const BillingRate *>> byAuthority;
};

class RateTable
{
public:
    explicit RateTable(QList<BillingRate> rates)
        : m_rates(std::move(rates))
    {
        // all() returns them by start day within subject and authority.
        for (const BillingRate &rate : std::as_const(m_rates)) {
            RateSteps &steps = rate.categoryId ? m_byCategory[rate.categoryId]
                                               : m_byProduct[rate.licenceProduct.trimmed().toLower()];
            (rate.authorityId ? steps.byAuthority[rate.authorityId] : steps.general).push_back(&rate);
        }
    }

    // The rates of a subject, looked up once per item; null: none.
    const RateSteps *category(qint64 categoryId) const
    {
        const auto steps = m_byCategory.constFind(categoryId);
        return steps == m_byCategory.cend() ? nullptr : &*steps;
    }
    const RateSteps *product(const QString &product) const
    {
        const auto steps = m_byProduct.constFind(product.trimmed().toLower());
        return steps == m_byProduct.cend() ? nullptr : &*steps;
    }

    struct Piece
    {
        const BillingRate *rate = nullptr; // none: no rate for the day
        QDate until; // the same rate applies through this day
    };

    // The rate of `day`: the authority's own if one has started, else the general one.
    static Piece at(const RateSteps *steps, qint64 authorityId, const QDate &day)
    {
        Piece piece;
        piece.until = QDate(9999, 12, 31);
        if (!steps)
            return piece;
        const BillingRate *general = pick(steps->general, day, &piece.until);
        const BillingRate *own = nullptr;
        if (const auto list = steps->byAuthority.constFind(authorityId); list != steps->byAuthority.cend())
            own = pick(*list, day, &piece.until);
        piece.rate = own ? own : general;
        return piece;
    }

private:
    // The last rate started by `day`; shortens `until` to the day before the next one starts.
    static const BillingRate *pick(const std::vector<const BillingRate *> &steps, const QDate &day,
                                   QDate *until)
    {
        const BillingRate *current = nullptr;
        for (const BillingRate *rate : steps) {
            if (rate->validFrom <= day) {
                current = rate;
            } else {
                *until = std::min(*until, rate->validFrom.addDays(-1));
                break;
            }
        }
        return current;
    }

    QList<BillingRate> m_rates;
    QHash<qint64, RateSteps> m_byCategory;
    QHash<QString, RateSteps> m_byProduct;
};

// One item's lines while it is worked out: per authority and rate.
struct LineSum
{
    qint64 authorityId = 0;
    const BillingRate *rate = nullptr;
    qint64 parts = 0; // in 1/monthParts of a cent
    int days = 0;
    qint64 unitDays = 0;
    QDate first;
    QDate last;
};

class ItemLines
{
public:
    explicit ItemLines(const RateSteps *rates)
        : m_rates(rates)
    { }

    // Bills [from, to] to the authority, `units` devices or seats, at the rates of those days.
    void bill(qint64 authorityId, const QDate &from, const QDate &to, qint64 units)
    {
        for (QDate day = from; day <= to;) {
            const RateTable::Piece piece = RateTable::at(m_rates, authorityId, day);
            const QDate end = std::min(to, piece.until);
            LineSum &sum = lineFor(authorityId, piece.rate);
            for (QDate monthDay = day; monthDay <= end;) {
                const QDate monthEnd =
                    std::min(end, QDate(monthDay.year(), monthDay.month(), monthDay.daysInMonth()));
                const qint64 days = monthDay.daysTo(monthEnd) + 1;
                if (piece.rate)
                    sum.parts +=
                        piece.rate->monthlyCents * units * days * (monthParts / monthDay.daysInMonth());
                sum.days += int(days);
                sum.unitDays += units * days;
                if (!sum.first.isValid() || monthDay < sum.first)
                    sum.first = monthDay;
                if (!sum.last.isValid() || monthEnd > sum.last)
                    sum.last = monthEnd;
                monthDay = monthEnd.addDays(1);
            }
            day = end.addDays(1);
        }
    }

    const std::vector<LineSum> &sums() const { return m_sums; }

private:
    LineSum &lineFor(qint64 authorityId, const BillingRate *rate)
    {
        for (LineSum &sum : m_sums) {
            if (sum.authorityId == authorityId && sum.rate == rate)
                return sum;
        }
        LineSum sum;
        sum.authorityId = authorityId;
        sum.rate = rate;
        m_sums.push_back(sum);
        return m_sums.back();
    }

    const RateSteps *m_rates;
    std::vector<LineSum> m_sums;
};

struct Change
{
    QString field;
    QString oldValue;
    QString newValue;
    QDate day;
};

// Changes since the period's first day, per item, oldest first.
std::optional<QHash<qint64, QList<Change>>> loadChanges(Database &database, const QString &entity,
                                                        const QString &fieldCondition,
                                                        const QString &sinceUtc, QString *error)
{
    QSqlQuery query(database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT entity_id, field, old_value, new_value, changed_at FROM history"
                                     " WHERE entity = ? AND action = 'update' AND changed_at >= ? AND (%1)"
                                     " ORDER BY entity_id, changed_at, id")
                          .arg(fieldCondition),
                      error))
        return std::nullopt;
    query.addBindValue(entity);
    query.addBindValue(sinceUtc);
    if (!Sql::exec(query, error))
        return std::nullopt;
    QHash<qint64, QList<Change>> changes;
    while (query.next()) {
        changes[query.value(0).toLongLong()].append(
            Change { query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                     dayOf(query.value(4).toString()) });
    }
    return changes;
}

// Calls `segment(from, to)` for each run of days with one state, the state set
// before each call. A change counts from its day: the state at the end of a day
// is that day's. `apply(change, true)` takes a change back, `apply(change, false)` makes it.
template<typename Apply, typename Segment>
void walkSegments(const QList<Change> &changes, const QDate &from, const QDate &to, Apply apply,
                  Segment segment)
{
    for (auto change = changes.crbegin(); change != changes.crend(); ++change)
        apply(*change, true);
    qsizetype next = 0;
    while (next < changes.size() && changes.at(next).day <= from)
        apply(changes.at(next++), false);
    QDate start = from;
    while (next < changes.size()) {
        const QDate day = changes.at(next).day;
        if (day > to)
            break;
        if (day > start) {
            segment(start, day.addDays(-1));
            start = day;
        }
        while (next < changes.size() && changes.at(next).day == day)
            apply(changes.at(next++), false);
    }
    if (start <= to)
        segment(start, to);
}

// authority, kind, subject (category id, or a licence product's number), rate (-1: none)
using TotalKey = std::tuple<qint64, int, qint64, qint64>;

class Totals
{
public:
    Totals(BillingResult &result, qint64 authorityFilter, const BillingCalculator::LineSink &sink)
        : m_result(result)
        , m_filter(authorityFilter)
        , m_sink(sink)
    { }

    // subjectId: the category's id for a device, any number standing for the product for a licence.
    void add(const ItemLines &item, BillingKind kind, qint64 subjectId, qint64 itemId, const QString &label,
             const QString &serial, const QString &subject)
    {
        for (const LineSum &sum : item.sums()) {
            if (m_filter && sum.authorityId != m_filter)
                continue;
            const std::optional<qint64> rate =
                sum.rate ? std::optional<qint64>(sum.rate->monthlyCents) : std::nullopt;
            const qint64 amount = BillingCalculator::roundHalfUp(sum.parts, monthParts);
            BillingTotal &total =
                m_totals[TotalKey { sum.authorityId, int(kind), subjectId, rate.value_or(-1) }];
            if (total.lineCount == 0) {
                total.authorityId = sum.authorityId;
                total.kind = kind;
                total.subject = subject;
                total.rateCents = rate;
            }
            ++total.lineCount;
            total.unitDays += sum.unitDays;
            total.amountCents += amount;
            ++m_result.lineCount;
            if (!rate)
                ++m_result.unratedLines;
            m_result.totalCents += amount;
            if (!m_sink)
                continue;
            BillingLine line;
            line.authorityId = sum.authorityId;
            line.authorityCode = m_result.authorities.value(sum.authorityId).code;
            line.kind = kind;
            line.itemId = itemId;
            line.itemLabel = label;
            line.serialNo = serial;
            line.subject = subject;
            line.rateCents = rate;
            line.firstDay = sum.first;
            line.lastDay = sum.last;
            line.days = sum.days;
            line.unitDays = sum.unitDays;
            line.amountCents = amount;
            m_sink(line);
        }
    }

    // The totals by authority code, kind, subject and rate.
    void finish()
    {
        for (const auto &[key, total] : m_totals)
            m_result.totals.append(total);
        const auto &authorities = m_result.authorities;
        std::sort(m_result.totals.begin(), m_result.totals.end(),
                  [&authorities](const BillingTotal &a, const BillingTotal &b) {
                      return std::make_tuple(authorities.value(a.authorityId).code, int(a.kind), a.subject,
                                             a.rateCents.value_or(-1))
                          < std::make_tuple(authorities.value(b.authorityId).code, int(b.kind), b.subject,
                                            b.rateCents.value_or(-1));
                  });
    }

private:
    BillingResult &m_result;
    qint64 m_filter;
    const BillingCalculator::LineSink &m_sink;
    std::map<TotalKey, BillingTotal> m_totals;
};

bool billable(const QString &status)
{
    return status == QLatin1String("in_use") || status == QLatin1String("in_repair");
}

} // namespace

BillingCalculator::BillingCalculator(Database &database)
    : m_database(database)
{ }

qint64 BillingCalculator::roundHalfUp(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

std::optional<BillingResult> BillingCalculator::run(const BillingPeriod &period, qint64 authorityId,
                                                    const LineSink &lines, QString *error)
{
    BillingResult result;
    result.period = period;
    result.authorityId = authorityId;

    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, QStringLiteral("SELECT id, code, name FROM authority"), error)
        || !Sql::exec(query, error))
        return std::nullopt;
    QHash<QString, qint64> authorityByCode;
    while (query.next()) {
        const BillingAuthority authority { query.value(0).toLongLong(), query.value(1).toString(),
                                           query.value(2).toString() };
        result.authorities.insert(authority.id, authority);
        authorityByCode.insert(authority.code, authority.id);
    }
    if (authorityId && !result.authorities.contains(authorityId)) {
        if (error)
            *error = tr("There is no authority %1.").arg(authorityId);
        return std::nullopt;
    }
    QHash<qint64, QString> categories;
    if (!Sql::prepare(query, QStringLiteral("SELECT id, name FROM category"), error)
        || !Sql::exec(query, error))
        return std::nullopt;
    while (query.next())
        categories.insert(query.value(0).toLongLong(), query.value(1).toString());

    std::optional<QList<BillingRate>> rates = BillingRateRepository(m_database, {}).all(error);
    if (!rates)
        return std::nullopt;
    const RateTable rateTable(std::move(*rates));

    const QString sinceUtc = startOfDayUtc(period.first);
    const QString untilUtc = startOfDayUtc(period.last.addDays(1));
    Totals totals(result, authorityId, lines);
    const auto cancelled = [this, error] {
        if (!m_cancelled || !m_cancelled->load())
            return false;
        if (error)
            *error = tr("The billing run was cancelled.");
        return true;
    };

    // Devices.
    const std::optional<QHash<qint64, QList<Change>>> assetChanges = loadChanges(
        m_database, QStringLiteral("asset"),
        QStringLiteral("field IN ('status', 'owner_authority_id', 'using_authority_id', 'category_id')"),
        sinceUtc, error);
    if (!assetChanges)
        return std::nullopt;
    // Read in slices of ids: Qt's PostgreSQL driver holds a whole result set in the
    // client, so one query over every device cost 240 MB at 1M; a slice bounds it.
    constexpr int slice = 20000;
    QSqlQuery assets(m_database.connection());
    if (!Sql::prepare(
            assets,
            QStringLiteral("SELECT id, inventory_no, serial_no, category_id, status, owner_authority_id,"
                           " using_authority_id, created_at FROM asset WHERE created_at < ? AND id > ?"
                           " ORDER BY id LIMIT %1")
                .arg(slice),
            error))
        return std::nullopt;
    struct DeviceState
    {
        qint64 category;
        QString status;
        qint64 owner;
        qint64 user;
    };
    qint64 rows = 0;
    qint64 after = 0;
    for (int inSlice = slice; inSlice == slice;) {
        assets.bindValue(0, untilUtc);
        assets.bindValue(1, after);
        if (!Sql::exec(assets, error))
            return std::nullopt;
        inSlice = 0;
        while (assets.next()) {
            ++inSlice;
            if ((++rows & 0xFFF) == 0 && cancelled())
                return std::nullopt;
            const qint64 id = assets.value(0).toLongLong();
            after = id;
            DeviceState state { assets.value(3).toLongLong(), assets.value(4).toString(),
                                assets.value(5).toLongLong(), assets.value(6).toLongLong() };
            const QString created = assets.value(7).toString();
            const QDate from = created < sinceUtc ? period.first : std::max(period.first, dayOf(created));
            const QList<Change> changes = assetChanges->value(id);
            if (changes.isEmpty() && !billable(state.status))
                continue;
            // The category decides the rate: an item whose category changed bills each part under its own.
            std::vector<std::pair<qint64, ItemLines>> byCategory;
            const auto linesOf = [&](qint64 category) -> ItemLines & {
                for (auto &[key, item] : byCategory) {
                    if (key == category)
                        return item;
                }
                byCategory.emplace_back(category, ItemLines(rateTable.category(category)));
                return byCategory.back().second;
            };
            walkSegments(
                changes, from, period.last,
                [&state](const Change &change, bool takeBack) {
                    const QString &value = takeBack ? change.oldValue : change.newValue;
                    if (change.field == QLatin1String("status"))
                        state.status = value;
                    else if (change.field == QLatin1String("owner_authority_id"))
                        state.owner = value.toLongLong();
                    else if (change.field == QLatin1String("using_authority_id"))
                        state.user = value.toLongLong();
                    else if (change.field == QLatin1String("category_id"))
                        state.category = value.toLongLong();
                },
                [&](const QDate &first, const QDate &last) {
                    if (billable(state.status))
                        linesOf(state.category).bill(state.user ? state.user : state.owner, first, last, 1);
                });
            // Only a caller that wants lines needs their labels.
            const QString inventoryNo = lines ? assets.value(1).toString() : QString();
            const QString serial = lines ? assets.value(2).toString() : QString();
            for (const auto &[category, item] : byCategory)
                totals.add(item, BillingKind::Device, category, id, inventoryNo, serial,
                           categories.value(category));
        }
        assets.finish();
    }

    // Licences: the seats allotted to each authority, from the history as for devices.
    const std::optional<QHash<qint64, QList<Change>>> licenceChanges = loadChanges(
        m_database, QStringLiteral("licence"),
        QStringLiteral("field IN ('quantity', 'owner_authority_id') OR field LIKE 'allocation:%'"), sinceUtc,
        error);
    if (!licenceChanges)
        return std::nullopt;
    QHash<qint64, QHash<qint64, qint64>> allocations;
    if (!Sql::prepare(query, QStringLiteral("SELECT licence_id, authority_id, seats FROM licence_allocation"),
                      error)
        || !Sql::exec(query, error))
        return std::nullopt;
    while (query.next())
        allocations[query.value(0).toLongLong()].insert(query.value(1).toLongLong(),
                                                        query.value(2).toLongLong());
    QSqlQuery licences(m_database.connection());
    if (!Sql::prepare(
            licences,
            QStringLiteral("SELECT id, product, contract_no, owner_authority_id, quantity, valid_from,"
                           " valid_until, created_at FROM licence WHERE created_at < ?"),
            error))
        return std::nullopt;
    licences.addBindValue(untilUtc);
    if (!Sql::exec(licences, error))
        return std::nullopt;
    QHash<QString, qint64> productIds;
    while (licences.next()) {
        if (cancelled())
            return std::nullopt;
        const qint64 id = licences.value(0).toLongLong();
        const QString product = licences.value(1).toString();
        const QString contract = licences.value(2).toString();
        qint64 owner = licences.value(3).toLongLong();
        qint64 quantity = licences.value(4).toLongLong();
        const QDate validFrom = Sql::toDate(licences.value(5));
        const QDate validUntil = Sql::toDate(licences.value(6));
        const QString created = licences.value(7).toString();
        QDate from = created < sinceUtc ? period.first : std::max(period.first, dayOf(created));
        if (validFrom.isValid())
            from = std::max(from, validFrom);
        const QDate to = validUntil.isValid() ? std::min(period.last, validUntil) : period.last;
        if (from > to)
            continue;
        QHash<qint64, qint64> seats = allocations.value(id);
        ItemLines item(rateTable.product(product));
        walkSegments(
            licenceChanges->value(id), from, to,
            [&](const Change &change, bool takeBack) {
                const QString &value = takeBack ? change.oldValue : change.newValue;
                if (change.field == QLatin1String("quantity")) {
                    quantity = value.toLongLong();
                } else if (change.field == QLatin1String("owner_authority_id")) {
                    owner = value.toLongLong();
                } else {
                    const qint64 authority = authorityByCode.value(change.field.mid(11));
                    if (value.isEmpty() || value.toLongLong() == 0)
                        seats.remove(authority);
                    else
                        seats.insert(authority, value.toLongLong());
                }
            },
            [&](const QDate &first, const QDate &last) {
                if (seats.isEmpty()) {
                    if (quantity > 0)
                        item.bill(owner, first, last, quantity);
                    return;
                }
                for (auto seat = seats.cbegin(); seat != seats.cend(); ++seat) {
                    if (seat.value() > 0)
                        item.bill(seat.key(), first, last, seat.value());
                }
            });
        const QString label = contract.isEmpty() ? product : QStringLiteral("%1 (%2)").arg(product, contract);
        const auto productId = productIds.constFind(product);
        totals.add(item, BillingKind::Licence,
                   productId != productIds.cend() ? *productId
                                                  : *productIds.insert(product, productIds.size() + 1),
                   id, label, QString(), product);
    }
    totals.finish();
    return result;
}
