#include "history/rowversionupdate.h"

#include "history/historyrecorder.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlplaceholders.h"

#include <QSqlQuery>
#include <QStringList>

namespace {
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

RowVersionUpdate::RowVersionUpdate(Database &database, HistoryRecorder &history)
    : m_database(database)
    , m_history(history)
{ }

RowVersionUpdate::Result RowVersionUpdate::apply(const QString &entity, qint64 id, int rowVersion,
                                                 const QList<ColumnChange> &changes,
                                                 const ChangeContext &context, QString *now, QString *error)
{
    QStringList assignments;
    for (const ColumnChange &change : changes)
        assignments.append(change.column + QStringLiteral(" = ?"));
    QSqlQuery query(m_database.connection());
    if (!Sql::prepareNamed(query,
                           QStringLiteral("UPDATE %1 SET %2, updated_at = ?, row_version = row_version + 1 "
                                          "WHERE id = ? AND row_version = ?")
                               .arg(entity, assignments.join(QStringLiteral(", "))),
                           error))
        return Result::Failed;
    int index = 0;
    for (const ColumnChange &change : changes)
        Sql::bind(query, index++, change.value);
    *now = Sql::nowText();
    Sql::bind(query, index++, *now);
    Sql::bind(query, index++, id);
    Sql::bind(query, index++, rowVersion);
    if (!Sql::exec(query, error))
        return Result::Failed;
    if (query.numRowsAffected() != 1)
        return Result::Conflict;
    ChangeContext stamped = context;
    stamped.at = *now;
    for (const ColumnChange &change : changes) {
        if (!m_history.record(entity, id, HistoryRecorder::Action::Update, change.column,
                              textOrNull(change.oldText), textOrNull(change.newText), stamped, error))
            return Result::Failed;
    }
    return Result::Updated;
}
