#include "storage/sqlhelpers.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>

namespace Sql {

namespace {
void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

QString errorText(const QSqlQuery &query)
{
    QString statement = query.lastQuery().simplified();
    if (statement.size() > 200)
        statement = statement.left(200) + QStringLiteral("…");
    return QStringLiteral("%1 [%2]").arg(query.lastError().text(), statement);
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        setError(error, errorText(query));
        return false;
    }
    return true;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *error)
{
    // Qt's PostgreSQL driver streams a forward-only query row by row (libpq's
    // single-row mode), and then no other statement may run on the connection until
    // its rows are read: readers here look names up while they iterate. There a
    // query is read whole at exec, as libpq does by default; the asset table's
    // pages and the exports read bounded slices, so that stays small.
    const QSqlDriver *driver = query.driver();
    query.setForwardOnly(!driver || driver->dbmsType() != QSqlDriver::PostgreSQL);
    if (!query.prepare(statement)) {
        setError(error, errorText(query));
        return false;
    }
    return true;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        setError(error, errorText(query));
        return false;
    }
    return true;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant dateOrNull(const QDate &date)
{
    // Bound as its stored text: Qt's driver would format a QDate through the slow
    // QDate::toString() on every bind, and history texts reuse the same value.
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrEmpty(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QString nowText()
{
    // Rows written within the same millisecond share the text.
    thread_local qint64 cachedMsecs = -1;
    thread_local QString cachedText;
    const qint64 msecs = QDateTime::currentMSecsSinceEpoch();
    if (msecs != cachedMsecs) {
        cachedMsecs = msecs;
        cachedText = timestampText(msecs);
    }
    return cachedText;
}

namespace {
// Writes fixed-width numbers and separators into a string of known length.
// QDate and QDateTime format through a printf-style path that costs more than a
// history row's INSERT; an import formats several dates and timestamps per row.
class DigitWriter
{
public:
    explicit DigitWriter(qsizetype length)
        : m_text(length, Qt::Uninitialized)
        , m_out(m_text.data())
    { }
    DigitWriter(const DigitWriter &) = delete;
    DigitWriter &operator=(const DigitWriter &) = delete;

    DigitWriter &number(int value, int digits)
    {
        for (int i = digits - 1; i >= 0; --i) {
            m_out[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        m_out += digits;
        return *this;
    }
    DigitWriter &separator(char16_t c)
    {
        *m_out++ = QChar(c);
        return *this;
    }
    DigitWriter &date(int year, int month, int day)
    {
        return number(year, 4).separator(u'-').number(month, 2).separator(u'-').number(day, 2);
    }
    QString text() const { return m_text; }

private:
    QString m_text;
    QChar *m_out;
};

// The direct path covers the four-digit years; Qt formats the others.
bool hasFourDigitYear(int year)
{
    return year >= 1000 && year <= 9999;
}
} // namespace

QString timestampText(qint64 msecsSinceEpoch)
{
    constexpr qint64 msecsPerDay = 24 * 60 * 60 * 1000;
    const qint64 days = msecsSinceEpoch >= 0 ? msecsSinceEpoch / msecsPerDay
                                             : -((-msecsSinceEpoch + msecsPerDay - 1) / msecsPerDay);
    const int msecsOfDay = int(msecsSinceEpoch - days * msecsPerDay);
    int year = 0;
    int month = 0;
    int day = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    if (!hasFourDigitYear(year))
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
    DigitWriter writer(24); // 2026-11-26T03:39:53.123Z
    writer.date(year, month, day)
        .separator(u'T')
        .number(msecsOfDay / 3600000, 2)
        .separator(u':')
        .number(msecsOfDay / 60000 % 60, 2)
        .separator(u':')
        .number(msecsOfDay / 1000 % 60, 2)
        .separator(u'.')
        .number(msecsOfDay % 1000, 3)
        .separator(u'Z');
    return writer.text();
}

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!hasFourDigitYear(year))
        return date.toString(Qt::ISODate);
    DigitWriter writer(10);
    writer.date(year, month, day);
    return writer.text();
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool execInIdSlices(QSqlQuery &query, qint64 after, qint64 last, qint64 slice, QString *error)
{
    for (qint64 lower = after; lower < last; lower += slice) {
        query.bindValue(0, lower);
        query.bindValue(1, std::min(lower + slice, last));
        if (!exec(query, error))
            return false;
    }
    return true;
}

namespace {
// Open transaction depth per connection. A connection belongs to one thread, and
// each thread only touches its own connections' entries.
thread_local QHash<QString, int> transactionDepth;
// Connections whose open transaction lost a step that had no savepoint.
thread_local QSet<QString> doomedTransactions;
} // namespace

Transaction::Transaction(QSqlDatabase &db, Nested nested)
    : m_db(db)
    , m_depth(transactionDepth.value(db.connectionName()))
{
    if (m_depth > 0 && nested == Nested::JoinOuter) {
        m_joined = true;
        m_active = true;
        return;
    }
    if (m_depth == 0) {
        doomedTransactions.remove(m_db.connectionName());
        m_active = m_db.transaction();
    } else {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT bestand_%1").arg(m_depth));
    }
    if (m_active)
        transactionDepth[m_db.connectionName()] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        setError(error, QStringLiteral("no transaction is active"));
        return false;
    }
    if (m_joined) {
        m_active = false;
        return true;
    }
    bool committed = false;
    if (m_depth == 0 && doomedTransactions.contains(m_db.connectionName())) {
        setError(error, QStringLiteral("a step of this transaction failed, so none of it was kept"));
    } else if (m_depth == 0) {
        committed = m_db.commit();
        if (!committed)
            setError(error, m_db.lastError().text());
    } else {
        QSqlQuery query(m_db);
        committed = query.exec(QStringLiteral("RELEASE SAVEPOINT bestand_%1").arg(m_depth));
        if (!committed)
            setError(error, errorText(query));
    }
    if (!committed) {
        rollback();
        return false;
    }
    m_active = false;
    transactionDepth[m_db.connectionName()] = m_depth;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_joined) {
        doomedTransactions.insert(m_db.connectionName());
        m_active = false;
        return;
    }
    if (m_depth == 0) {
        doomedTransactions.remove(m_db.connectionName());
        m_db.rollback();
    } else {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT bestand_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE SAVEPOINT bestand_%1").arg(m_depth));
    }
    m_active = false;
    transactionDepth[m_db.connectionName()] = m_depth;
}

} // namespace Sql
