#include "billing/billingraterepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QLocale>
#include <QSqlQuery>

namespace {
const QString entityName = QStringLiteral("billing_rate");

BillingRate rateFrom(const QSqlQuery &query)
{
    BillingRate rate;
    rate.id = query.value(0).toLongLong();
    rate.categoryId = query.value(1).toLongLong();
    rate.licenceProduct = query.value(2).toString();
    rate.authorityId = query.value(3).toLongLong();
    rate.validFrom = Sql::toDate(query.value(4));
    rate.monthlyCents = query.value(5).toLongLong();
    rate.note = query.value(6).toString();
    rate.rowVersion = query.value(7).toInt();
    rate.subjectName = rate.categoryId ? query.value(8).toString() : rate.licenceProduct;
    rate.authorityCode = query.value(9).toString();
    return rate;
}

const QString selectColumns = QStringLiteral(
    "SELECT r.id, r.category_id, r.licence_product, r.authority_id, r.valid_from, r.monthly_cents, r.note,"
    " r.row_version, c.name, a.code FROM billing_rate r LEFT JOIN category c ON c.id = r.category_id"
    " LEFT JOIN authority a ON a.id = r.authority_id");

// The history keeps amounts as plain cents: exact, and the same in every language.
QStringList fieldTexts(const BillingRate &rate)
{
    return { QString::number(rate.categoryId),   rate.licenceProduct,
             QString::number(rate.authorityId),  Sql::dateText(rate.validFrom),
             QString::number(rate.monthlyCents), rate.note };
}
const QStringList fieldNames = { QStringLiteral("category_id"),   QStringLiteral("licence_product"),
                                 QStringLiteral("authority_id"),  QStringLiteral("valid_from"),
                                 QStringLiteral("monthly_cents"), QStringLiteral("note") };

// The whole rate in one history row (on insert and delete): "field=value; …".
QString snapshotText(const BillingRate &rate)
{
    QStringList snapshot;
    const QStringList texts = fieldTexts(rate);
    for (qsizetype i = 0; i < fieldNames.size(); ++i)
        snapshot.append(fieldNames.at(i) + QLatin1Char('=') + texts.at(i));
    return snapshot.join(QStringLiteral("; "));
}
} // namespace

BillingRateRepository::BillingRateRepository(Database &database, const ChangeContext &context)
    : m_database(database)
    , m_context(context.resolved(database))
    , m_history(database)
{ }

std::optional<QList<BillingRate>> BillingRateRepository::all(QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            selectColumns
                + QStringLiteral(" ORDER BY COALESCE(r.category_id, 0), COALESCE(r.licence_product, ''),"
                                 " COALESCE(r.authority_id, 0), r.valid_from"),
            error)
        || !Sql::exec(query, error))
        return std::nullopt;
    QList<BillingRate> rates;
    while (query.next())
        rates.append(rateFrom(query));
    return rates;
}

std::optional<BillingRate> BillingRateRepository::find(qint64 id, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, selectColumns + QStringLiteral(" WHERE r.id = ?"), error))
        return std::nullopt;
    query.addBindValue(id);
    if (!Sql::exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = tr("The rate %1 does not exist (any more).").arg(id);
        return std::nullopt;
    }
    return rateFrom(query);
}

bool BillingRateRepository::validate(const BillingRate &rate, QString *error)
{
    QString problem;
    if ((rate.categoryId == 0) == rate.licenceProduct.trimmed().isEmpty())
        problem = tr("A rate is for either a category or a licence product.");
    else if (!rate.validFrom.isValid())
        problem = tr("A rate needs the day it is valid from.");
    else if (rate.monthlyCents < 0)
        problem = tr("A rate cannot be negative.");
    if (problem.isEmpty())
        return true;
    if (error)
        *error = problem;
    return false;
}

bool BillingRateRepository::checkNotClosed(const QDate &from, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(
            query,
            QStringLiteral("SELECT period_start, period_end FROM billing_run WHERE status = 'closed'"
                           " AND period_end >= ? ORDER BY period_end DESC"),
            error))
        return false;
    query.addBindValue(Sql::dateText(from));
    if (!Sql::exec(query, error))
        return false;
    if (!query.next())
        return true;
    if (error) {
        const QLocale locale;
        *error = tr("A rate from %1 on would change the closed billing of %2 – %3. Closed billing runs "
                    "stay as they were; let the new rate start after %3.")
                     .arg(locale.toString(from, QLocale::ShortFormat),
                          locale.toString(Sql::toDate(query.value(0)), QLocale::ShortFormat),
                          locale.toString(Sql::toDate(query.value(1)), QLocale::ShortFormat));
    }
    return false;
}

bool BillingRateRepository::insert(BillingRate &rate, QString *error)
{
    if (!validate(rate, error))
        return false;
    // Declared before the transaction: a failed statement is freed after the rollback.
    QSqlQuery insert(m_database.connection());
    Sql::Transaction transaction(m_database.connection());
    if (!checkNotClosed(rate.validFrom, error))
        return false;
    const QString now = Sql::nowText();
    if (!Sql::prepare(insert,
                      QStringLiteral("INSERT INTO billing_rate (category_id, licence_product, authority_id, "
                                     "valid_from, monthly_cents, note, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      error))
        return false;
    insert.addBindValue(Sql::idOrNull(rate.categoryId));
    insert.addBindValue(rate.categoryId == 0 ? QVariant(rate.licenceProduct.trimmed()) : QVariant());
    insert.addBindValue(Sql::idOrNull(rate.authorityId));
    insert.addBindValue(Sql::dateText(rate.validFrom));
    insert.addBindValue(rate.monthlyCents);
    insert.addBindValue(Sql::textOrEmpty(rate.note));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!Sql::exec(insert, error) || !insert.next()) {
        if (error && error->isEmpty())
            *error = tr("The rate was not stored.");
        return false;
    }
    rate.id = insert.value(0).toLongLong();
    rate.rowVersion = 1;
    insert.finish();
    ChangeContext stamped = m_context;
    stamped.at = now;
    return m_history.record(entityName, rate.id, HistoryRecorder::Action::Insert, QString(), QVariant(),
                            snapshotText(rate), stamped, error)
        && transaction.commit(error);
}

bool BillingRateRepository::update(BillingRate &rate, QString *error)
{
    if (!validate(rate, error))
        return false;
    // Declared before the transaction: a failed statement is freed after the rollback.
    QSqlQuery update(m_database.connection());
    Sql::Transaction transaction(m_database.connection());
    const std::optional<BillingRate> stored = find(rate.id, error);
    if (!stored)
        return false;
    if (stored->rowVersion != rate.rowVersion) {
        if (error)
            *error = tr("The rate was changed by someone else since you opened it; reload it and apply "
                        "your change again.");
        return false;
    }
    if (!checkNotClosed(std::min(stored->validFrom, rate.validFrom), error))
        return false;
    const QString now = Sql::nowText();
    if (!Sql::prepare(update,
                      QStringLiteral("UPDATE billing_rate SET category_id = ?, licence_product = ?, "
                                     "authority_id = ?, valid_from = ?, monthly_cents = ?, note = ?, "
                                     "updated_at = ?, row_version = row_version + 1 "
                                     "WHERE id = ? AND row_version = ?"),
                      error))
        return false;
    update.addBindValue(Sql::idOrNull(rate.categoryId));
    update.addBindValue(rate.categoryId == 0 ? QVariant(rate.licenceProduct.trimmed()) : QVariant());
    update.addBindValue(Sql::idOrNull(rate.authorityId));
    update.addBindValue(Sql::dateText(rate.validFrom));
    update.addBindValue(rate.monthlyCents);
    update.addBindValue(Sql::textOrEmpty(rate.note));
    update.addBindValue(now);
    update.addBindValue(rate.id);
    update.addBindValue(rate.rowVersion);
    if (!Sql::exec(update, error))
        return false;
    if (update.numRowsAffected() != 1) {
        if (error)
            *error = tr("The rate was changed by someone else since you opened it; reload it and apply "
                        "your change again.");
        return false;
    }
    ChangeContext stamped = m_context;
    stamped.at = now;
    const QStringList before = fieldTexts(*stored);
    const QStringList after = fieldTexts(rate);
    for (qsizetype i = 0; i < fieldNames.size(); ++i) {
        if (before.at(i) != after.at(i)
            && !m_history.record(entityName, rate.id, HistoryRecorder::Action::Update, fieldNames.at(i),
                                 before.at(i), after.at(i), stamped, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    ++rate.rowVersion;
    return true;
}

bool BillingRateRepository::remove(qint64 id, QString *error)
{
    // Declared before the transaction: a failed statement is freed after the rollback.
    QSqlQuery remove(m_database.connection());
    Sql::Transaction transaction(m_database.connection());
    const std::optional<BillingRate> stored = find(id, error);
    if (!stored || !checkNotClosed(stored->validFrom, error))
        return false;
    if (!Sql::prepare(remove, QStringLiteral("DELETE FROM billing_rate WHERE id = ?"), error))
        return false;
    remove.addBindValue(id);
    return Sql::exec(remove, error)
        && m_history.record(entityName, id, HistoryRecorder::Action::Delete, QString(), snapshotText(*stored),
                            QVariant(), m_context, error)
        && transaction.commit(error);
}
