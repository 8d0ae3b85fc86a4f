#include "import/importrejectreader.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

bool ImportRejectReader::read(Database &database, qint64 batchId, int limit, QList<ImportReject> *rejects,
                              QString *error)
{
    QSqlQuery query(database.connection());
    if (!Sql::prepare(query,
                      QStringLiteral("SELECT line_no, column_name, reason, raw_text FROM import_reject "
                                     "WHERE batch_id = ? ORDER BY line_no LIMIT ?"),
                      error))
        return false;
    query.addBindValue(batchId);
    query.addBindValue(limit);
    if (!Sql::exec(query, error))
        return false;
    rejects->clear();
    while (query.next()) {
        rejects->append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString() });
    }
    return true;
}
