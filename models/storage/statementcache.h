#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

// Prepared statements kept by their text, for a class whose statements depend on
// their arguments (a table per kind of master data): each is parsed once per
// connection instead of once per call, which a loop over thousands of rows (an
// import's undo) notices. Not for statements a class can prepare up front.
class StatementCache
{
public:
    // A borrowed statement. Finishing it when the handle goes keeps no read
    // cursor open between calls: an open cursor would pin the connection's
    // snapshot and hold back checkpoints.
    class Statement
    {
    public:
        explicit Statement(QSqlQuery *query = nullptr)
            : m_query(query)
        { }
        ~Statement();
        Statement(Statement &&other) noexcept;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        Statement &operator=(Statement &&) = delete;

        explicit operator bool() const { return m_query != nullptr; }
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }

    private:
        QSqlQuery *m_query;
    };

    explicit StatementCache(QSqlDatabase &connection);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for sql, prepared on first use; false with *error set when it
    // does not prepare. Values bound earlier stay bound: bind every placeholder.
    Statement prepared(const QString &sql, QString *error);

private:
    QSqlDatabase &m_connection;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
