#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlDatabase;

// Small checked wrappers: every SQL call in Bestand goes through one of these so
// that a failure is never silent and its message names the statement.
namespace Sql {

// Runs a statement without parameters.
bool exec(QSqlDatabase &db, const QString &statement, QString *error);
// Prepares once; a prepared QSqlQuery is meant to be kept and reused per row.
// The query is made forward-only: every reader here reads its rows once, front
// to back, and a scrollable query sets up Qt's row cache on every exec (half of
// a look-up by primary key).
bool prepare(QSqlQuery &query, const QString &statement, QString *error);
// Executes a prepared query with the values already bound.
bool exec(QSqlQuery &query, QString *error);
QString errorText(const QSqlQuery &query);

// Null for 0 ids, empty dates and missing numbers, so the column stays NULL.
QVariant idOrNull(qint64 id);
QVariant dateOrNull(const QDate &date);
// Text columns are NOT NULL: a null QString would bind as SQL NULL.
QVariant textOrEmpty(const QString &value);
// A date column's value as read back (a QDate or ISO text), invalid when NULL.
QDate toDate(const QVariant &value);
// The current time as every timestamp column stores it: UTC, ISO 8601 with milliseconds.
QString nowText();
// A time (milliseconds since 1970, UTC) in that form, as QDateTime::toString(Qt::ISODateWithMs).
QString timestampText(qint64 msecsSinceEpoch);
// A date as date columns store it (ISO 8601, "2026-11-26"); empty when invalid.
QString dateText(const QDate &date);

// Runs a statement with two placeholders (lower < id <= upper) over (after, last] in
// slices of `slice` ids. A statement that writes many rows inside a transaction
// keeps a journal of every page it touches until it ends (in memory with
// temp_store=MEMORY); slices keep that bounded at any table size.
bool execInIdSlices(QSqlQuery &query, qint64 after, qint64 last, qint64 slice, QString *error);

// Commits, or rolls back on scope exit: a failed step never leaves a half-written change.
// Nests: inside an open transaction of the same connection it becomes a savepoint,
// so a repository call is atomic on its own and also inside an import's transaction.
class Transaction
{
public:
    // How to behave inside an already open transaction of the same connection.
    enum class Nested {
        Savepoint, // atomic on its own: a failure undoes only this step
        // Joins the outer transaction without a savepoint (a bulk import's rows:
        // a savepoint per row copies every touched page). A failure then dooms the
        // outer transaction: its commit() refuses and rolls everything back.
        JoinOuter,
    };

    explicit Transaction(QSqlDatabase &db, Nested nested = Nested::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase &m_db;
    int m_depth = 0;
    bool m_active = false;
    bool m_joined = false;
};

} // namespace Sql
