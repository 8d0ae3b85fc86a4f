#include "history/historyrecorder.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlplaceholders.h"

#include <QStringList>

namespace {
const QString columns = QStringLiteral("entity, entity_id, action, field, old_value, new_value, changed_by, "
                                       "changed_at, import_batch_id");
constexpr int columnCount = 9;
// 64 rows bind 576 values: far below SQLite's and PostgreSQL's limits per statement.
constexpr int rowsPerBatch = 64;

QString insertSql(int rows)
{
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList values(rows, row);
    return Sql::named(
        QStringLiteral("INSERT INTO history (%1) VALUES %2").arg(columns, values.join(QStringLiteral(", "))));
}
} // namespace

HistoryRecorder::HistoryRecorder(Database &database)
    : m_database(database)
    , m_insert(database.connection())
    , m_insertBatch(database.connection())
{ }

QString HistoryRecorder::actionCode(Action action)
{
    switch (action) {
    case Action::Insert:
        return QStringLiteral("insert");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Warning:
        return QStringLiteral("warning");
    case Action::Reveal:
        return QStringLiteral("reveal");
    }
    return {};
}

bool HistoryRecorder::prepare(QString *error)
{
    if (!m_prepared)
        m_prepared = Sql::prepare(m_insert, insertSql(1), error);
    return m_prepared;
}

bool HistoryRecorder::record(const QString &entity, qint64 entityId, Action action, const QString &field,
                             const QVariant &oldValue, const QVariant &newValue, const ChangeContext &context,
                             QString *error)
{
    if (!prepare(error))
        return false;
    const auto text = [](const QVariant &value) {
        return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.toString());
    };
    const qsizetype first = m_pending.size();
    m_pending.append(entity);
    m_pending.append(entityId);
    m_pending.append(actionCode(action));
    m_pending.append(field.isNull() ? QString(QLatin1String("")) : field);
    m_pending.append(text(oldValue));
    m_pending.append(text(newValue));
    m_pending.append(context.resolved(m_database).user);
    m_pending.append(context.at.isEmpty() ? Sql::nowText() : context.at);
    m_pending.append(Sql::idOrNull(context.importBatchId));
    if (!m_buffering) {
        const bool written = writeRows(m_insert, first, 1, error);
        m_pending.clear();
        return written;
    }
    if (m_pending.size() < rowsPerBatch * columnCount)
        return true;
    if (!m_batchPrepared) {
        m_batchPrepared = Sql::prepare(m_insertBatch, insertSql(rowsPerBatch), error);
        if (!m_batchPrepared)
            return false;
    }
    const bool written = writeRows(m_insertBatch, 0, rowsPerBatch, error);
    m_pending.clear();
    return written;
}

bool HistoryRecorder::writeRows(QSqlQuery &statement, qsizetype firstValue, qsizetype rows, QString *error)
{
    for (qsizetype i = 0; i < rows * columnCount; ++i)
        Sql::bind(statement, int(i), m_pending.at(firstValue + i));
    return Sql::exec(statement, error);
}

qsizetype HistoryRecorder::pendingRows() const
{
    return m_pending.size() / columnCount;
}

bool HistoryRecorder::flush(QString *error)
{
    m_buffering = false;
    bool written = true;
    for (qsizetype row = 0; written && row < pendingRows(); ++row)
        written = writeRows(m_insert, row * columnCount, 1, error);
    m_pending.clear();
    return written;
}
