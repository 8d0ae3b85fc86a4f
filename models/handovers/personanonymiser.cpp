#include "handovers/personanonymiser.h"

#include "history/historyrecorder.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <optional>

PersonAnonymiser::PersonAnonymiser(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
{ }

std::optional<PersonAnonymiser::Result> PersonAnonymiser::anonymise(qint64 personId, QString *error)
{
    QSqlQuery query(m_database.connection());
    Sql::Transaction transaction(m_database.connection());
    if (!transaction.isActive()
        || !Sql::prepare(query, QStringLiteral("SELECT anonymised FROM person WHERE id = ?"), error))
        return std::nullopt;
    query.addBindValue(personId);
    if (!Sql::exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        *error = tr("Person %1 does not exist.").arg(personId);
        return std::nullopt;
    }
    const bool already = query.value(0).toInt() != 0;
    query.finish();
    const QString replacement = MasterDataRepository::anonymisedName(personId);
    Result result;
    if (!already && !MasterDataRepository(m_database).anonymisePerson(personId, error))
        return std::nullopt;

    if (!Sql::prepare(query, QStringLiteral("UPDATE handover SET person_name = ? WHERE person_id = ?"),
                      error))
        return std::nullopt;
    query.addBindValue(replacement);
    query.addBindValue(personId);
    if (!Sql::exec(query, error))
        return std::nullopt;
    result.handoverRecords = query.numRowsAffected();

    query.finish();
    if (!already
        && !HistoryRecorder(m_database)
                .record(QStringLiteral("person"), personId, HistoryRecorder::Action::Update,
                        QStringLiteral("name"), QVariant(), replacement, m_context, error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return result;
}
