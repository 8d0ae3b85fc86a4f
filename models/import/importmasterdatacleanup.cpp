#include "import/importmasterdatacleanup.h"

#include "masterdata/masterdatakind.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <map>
#include <set>

namespace {
// Children before their parents: a room keeps its site, a person its unit in use.
const MasterDataKind removalOrder[] = { MasterDataKind::Person, MasterDataKind::Room, MasterDataKind::OrgUnit,
                                        MasterDataKind::Site, MasterDataKind::Category };
} // namespace

ImportMasterDataCleanup::ImportMasterDataCleanup(Database &database)
    : m_database(database)
{ }

bool ImportMasterDataCleanup::removeUnused(qint64 batchId, QStringList *removed, QString *error)
{
    std::map<QString, std::set<qint64>> created; // table name -> ids, ascending
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT kind, row_id FROM import_batch_master_data WHERE batch_id = ?"),
                      error))
        return false;
    query.addBindValue(batchId);
    if (!Sql::exec(query, error))
        return false;
    while (query.next())
        created[query.value(0).toString()].insert(query.value(1).toLongLong());
    query.finish();

    MasterDataRepository repository(m_database);
    for (MasterDataKind kind : removalOrder) {
        for (qint64 id : created[MasterDataKinds::table(kind)]) {
            QString lookupError;
            const std::optional<MasterDataRecord> record = repository.find(kind, id, &lookupError);
            if (!record)
                continue;
            const QString usage = repository.usage(kind, id, &lookupError);
            if (!lookupError.isEmpty()) {
                *error = lookupError;
                return false;
            }
            if (!usage.isEmpty())
                continue;
            // A table usage() does not list (an audit) may still refer to it: the
            // foreign key refuses then, and remove() rolls back only its own step.
            QString removeError;
            if (!repository.remove(kind, id, &removeError))
                continue;
            removed->append(QStringLiteral("%1 %2").arg(MasterDataKinds::displayName(kind), record->name));
        }
    }
    return true;
}
