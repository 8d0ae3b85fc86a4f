#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Named placeholders for the statements that run once per row.
//
// Qt 6's QSqlResult::bindValue(int) names every positionally bound value by
// formatting ":N" with QString::arg, on every call: about 2,000 instructions a
// value, 15 % of an import's instructions (callgrind). A bind by name is one
// hash look-up. Statements written with "?" are renamed once when prepared and
// then bound by index through these precomputed names.
namespace Sql {

// ":v0", ":v1", …: the name of the index-th placeholder.
QString placeholder(int index);
// The statement with its "?" placeholders (outside quotes) renamed ":v0", ":v1", … in order.
QString named(const QString &statement);
// Sql::prepare() of named(statement).
bool prepareNamed(QSqlQuery &query, const QString &statement, QString *error);

// Binds the value to the index-th placeholder of a statement prepared from named().
inline void bind(QSqlQuery &query, int index, const QVariant &value)
{
    query.bindValue(placeholder(index), value);
}

} // namespace Sql
