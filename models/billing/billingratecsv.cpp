#include "billing/billingratecsv.h"

#include "assets/assetcsvexporter.h"
#include "billing/billingcsvwriter.h"
#include "billing/billingraterepository.h"
#include "import/csvreader.h"
#include "import/valueparser.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>

namespace {
QHash<qint64, QString> names(Database &database, const QString &sql)
{
    QHash<qint64, QString> result;
    QSqlQuery query(database.connection());
    if (query.exec(sql)) {
        while (query.next())
            result.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return result;
}

QHash<QString, qint64> inverted(const QHash<qint64, QString> &names)
{
    QHash<QString, qint64> result;
    for (auto name = names.cbegin(); name != names.cend(); ++name)
        result.insert(name.value().toLower(), name.key());
    return result;
}
} // namespace

QStringList BillingRateCsv::columns()
{
    return { QStringLiteral("category"),   QStringLiteral("licence_product"), QStringLiteral("authority"),
             QStringLiteral("valid_from"), QStringLiteral("monthly_eur"),     QStringLiteral("note") };
}

bool BillingRateCsv::exportTo(Database &database, const QString &path, QString *error)
{
    const std::optional<QList<BillingRate>> rates = BillingRateRepository(database, {}).all(error);
    if (!rates)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    stream.setGenerateByteOrderMark(true);
    stream << columns().join(QLatin1Char(';')) << "\r\n";
    for (const BillingRate &rate : *rates) {
        QStringList cells = { rate.categoryId ? rate.subjectName : QString(),
                              rate.licenceProduct,
                              rate.authorityCode,
                              rate.validFrom.toString(QStringLiteral("dd.MM.yyyy")),
                              BillingCsvWriter::euros(rate.monthlyCents),
                              rate.note };
        for (QString &cell : cells)
            cell = AssetCsvExporter::cell(cell, QLatin1Char(';'), true);
        stream << cells.join(QLatin1Char(';')) << "\r\n";
    }
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

BillingRateCsv::ImportResult BillingRateCsv::importFrom(Database &database, const QString &path,
                                                        const ChangeContext &context, bool dryRun)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const CsvFormat format = CsvFormatDetector::detect(file.peek(256 * 1024));
    CsvReader reader(&file, format);
    CsvRecord record;
    if (!reader.readRecord(&record)) {
        result.error = tr("%1 is empty.").arg(path);
        return result;
    }
    QHash<QString, int> columnOf;
    for (int i = 0; i < record.fields.size(); ++i)
        columnOf.insert(record.fields.at(i).trimmed().toLower(), i);
    for (const QString &column : columns()) {
        if (!columnOf.contains(column)) {
            result.error = tr("%1 has no column \"%2\"; the columns are: %3.")
                               .arg(path, column, columns().join(QStringLiteral(", ")));
            return result;
        }
    }
    reader.setExpectedFieldCount(int(record.fields.size()));
    const QHash<QString, qint64> categories =
        inverted(names(database, QStringLiteral("SELECT id, name FROM category")));
    const QHash<QString, qint64> authorities =
        inverted(names(database, QStringLiteral("SELECT id, code FROM authority")));

    Sql::Transaction transaction(database.connection());
    if (!transaction.isActive()) {
        result.error = tr("Cannot start a transaction.");
        return result;
    }
    BillingRateRepository repository(database, context);
    std::optional<QList<BillingRate>> stored = repository.all(&result.error);
    if (!stored)
        return result;
    const auto keyOf = [](const BillingRate &rate) {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(rate.categoryId)
            .arg(rate.licenceProduct.trimmed().toLower())
            .arg(rate.authorityId)
            .arg(rate.validFrom.toString(Qt::ISODate));
    };
    QHash<QString, BillingRate> existing;
    for (const BillingRate &rate : std::as_const(*stored))
        existing.insert(keyOf(rate), rate);

    while (reader.readRecord(&record)) {
        if (record.isBlank())
            continue;
        ++result.rows;
        const auto reject = [&](const QString &column, const QString &reason) {
            result.rejected.append({ record.line, column, reason });
        };
        if (record.problem != CsvRecord::Problem::None) {
            reject(QString(), record.problemText());
            continue;
        }
        const auto field = [&](const QString &column) {
            return record.fields.value(columnOf.value(column)).trimmed();
        };
        BillingRate rate;
        const QString category = field(QStringLiteral("category"));
        rate.licenceProduct = field(QStringLiteral("licence_product"));
        if (category.isEmpty() == rate.licenceProduct.isEmpty()) {
            reject(QStringLiteral("category"), tr("Give either a category or a licence product."));
            continue;
        }
        if (!category.isEmpty()) {
            rate.categoryId = categories.value(category.toLower());
            if (!rate.categoryId) {
                reject(QStringLiteral("category"), tr("There is no category named %1.").arg(category));
                continue;
            }
        }
        const QString authority = field(QStringLiteral("authority"));
        if (!authority.isEmpty()) {
            rate.authorityId = authorities.value(authority.toLower());
            if (!rate.authorityId) {
                reject(QStringLiteral("authority"),
                       tr("There is no authority with the code %1.").arg(authority));
                continue;
            }
        }
        const ParsedValue from = ValueParser::date(field(QStringLiteral("valid_from")));
        if (!from.isOk() || from.isEmpty()) {
            reject(QStringLiteral("valid_from"),
                   from.isOk() ? tr("A rate needs the day it is valid from.") : from.error);
            continue;
        }
        rate.validFrom = from.value.toDate();
        const ParsedValue amount = ValueParser::money(field(QStringLiteral("monthly_eur")));
        if (!amount.isOk() || amount.isEmpty()) {
            reject(QStringLiteral("monthly_eur"),
                   amount.isOk() ? tr("The rate per month is missing.") : amount.error);
            continue;
        }
        rate.monthlyCents = amount.value.toLongLong();
        rate.note = field(QStringLiteral("note"));
        QString error;
        const auto match = existing.find(keyOf(rate));
        if (match == existing.end()) {
            if (!repository.insert(rate, &error)) {
                reject(QStringLiteral("monthly_eur"), error);
                continue;
            }
            existing.insert(keyOf(rate), rate);
            ++result.created;
        } else if (match->monthlyCents == rate.monthlyCents && match->note == rate.note) {
            ++result.unchanged;
        } else {
            rate.id = match->id;
            rate.rowVersion = match->rowVersion;
            if (!repository.update(rate, &error)) {
                reject(QStringLiteral("monthly_eur"), error);
                continue;
            }
            *match = rate;
            ++result.updated;
        }
    }
    if (!reader.errorString().isEmpty()) {
        result.error = reader.errorString();
        return result;
    }
    if (dryRun) {
        transaction.rollback();
    } else if (!transaction.commit(&result.error)) {
        return result;
    }
    result.ok = true;
    return result;
}
