#include "historyrecorder.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QDateTime>

HistoryRecorder::HistoryRecorder(Database &database)
    : m_database(database)
    , m_insert(database.connection())
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

bool HistoryRecorder::record(const QString &entity, qint64 entityId, Action action, const QString &field,
                             const QVariant &oldValue, const QVariant &newValue, const ChangeContext &context,
                             QString *error)
{
    if (!m_prepared) {
        m_prepared =
            Sql::prepare(m_insert,
                         QStringLiteral("INSERT INTO history (entity, entity_id, action, field, old_value, "
                                        "new_value, changed_by, changed_at, import_batch_id) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         error);
        if (!m_prepared)
            return false;
    }
    const auto text = [](const QVariant &value) {
        return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.toString());
    };
    m_insert.bindValue(0, entity);
    m_insert.bindValue(1, entityId);
    m_insert.bindValue(2, actionCode(action));
    m_insert.bindValue(3, field.isNull() ? QString(QLatin1String("")) : field);
    m_insert.bindValue(4, text(oldValue));
    m_insert.bindValue(5, text(newValue));
    m_insert.bindValue(6, context.user.isEmpty() ? m_database.userName() : context.user);
    m_insert.bindValue(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_insert.bindValue(8, Sql::idOrNull(context.importBatchId));
    return Sql::exec(m_insert, error);
}
