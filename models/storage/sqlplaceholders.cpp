#include "storage/sqlplaceholders.h"

#include "storage/sqlhelpers.h"

#include <QList>

namespace {
// Covers the largest per-row statement (64 history rows of 9 values); larger
// indexes are formatted on demand.
constexpr int precomputedNames = 1024;

QString formatPlaceholder(int index)
{
    return QStringLiteral(":v") + QString::number(index);
}

const QList<QString> &names()
{
    static const QList<QString> table = [] {
        QList<QString> list;
        list.reserve(precomputedNames);
        for (int i = 0; i < precomputedNames; ++i)
            list.append(formatPlaceholder(i));
        return list;
    }();
    return table;
}
} // namespace

QString Sql::placeholder(int index)
{
    return index >= 0 && index < precomputedNames ? names().at(index) : formatPlaceholder(index);
}

QString Sql::named(const QString &statement)
{
    QString result;
    result.reserve(statement.size() + statement.size() / 4);
    QChar quote;
    int next = 0;
    for (const QChar ch : statement) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            result.append(ch);
        } else if (ch == u'\'' || ch == u'"') {
            quote = ch;
            result.append(ch);
        } else if (ch == u'?') {
            result.append(placeholder(next++));
        } else {
            result.append(ch);
        }
    }
    return result;
}

bool Sql::prepareNamed(QSqlQuery &query, const QString &statement, QString *error)
{
    return prepare(query, named(statement), error);
}
