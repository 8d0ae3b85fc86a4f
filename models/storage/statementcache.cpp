#include "storage/statementcache.h"

#include "storage/sqlhelpers.h"

StatementCache::Statement::~Statement()
{
    if (m_query)
        m_query->finish();
}

StatementCache::Statement::Statement(Statement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
{ }

StatementCache::StatementCache(QSqlDatabase &connection)
    : m_connection(connection)
{ }

StatementCache::~StatementCache() = default;

StatementCache::Statement StatementCache::prepared(const QString &sql, QString *error)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_connection);
        if (!Sql::prepare(*query, sql, error))
            return Statement();
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return Statement(found->second.get());
}
