#include "personcommand.h"

#include "handovers/handoverstore.h"
#include "handovers/personanonymiser.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject openItemJson(const HandoverStore::OpenItem &open)
{
    return QJsonObject {
        { QStringLiteral("asset_id"), open.item.assetId },
        { QStringLiteral("inventory_no"), open.item.inventoryNo },
        { QStringLiteral("serial_no"), open.item.serialNo },
        { QStringLiteral("description"), open.item.description },
        { QStringLiteral("handover_id"), open.handoverId },
        { QStringLiteral("person_id"), open.personId },
        { QStringLiteral("person"), open.personName },
        { QStringLiteral("handed_on"), open.handedOn.toString(Qt::ISODate) },
        { QStringLiteral("due_on"),
          open.dueOn.isValid() ? QJsonValue(open.dueOn.toString(Qt::ISODate))
                               : QJsonValue(QJsonValue::Null) },
    };
}
} // namespace

QString PersonCommand::summary() const
{
    return tr(
        "A person's devices and records: `person show ID`, `person overdue` (loans past their due day), "
        "`person anonymise ID` (removes the name, keeps the records).");
}

int PersonCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("show, overdue or anonymise"),
                                 QStringLiteral("ACTION"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("show, anonymise: the person's id"),
                                 QStringLiteral("[ID]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOption(json);
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool idValid = false;
    const qint64 personId = positional.value(1).toLongLong(&idValid);
    const bool needsId = action == QLatin1String("show") || action == QLatin1String("anonymise");
    if (!((needsId && positional.size() == 2 && idValid && personId > 0)
          || (action == QLatin1String("overdue") && positional.size() == 1))) {
        err << tr("Usage: bestand person show ID | overdue | anonymise ID") << Qt::endl;
        return UsageError;
    }
    std::unique_ptr<Database> database = openDatabase(parser, action == QLatin1String("anonymise"), err);
    if (!database)
        return Failure;
    QString error;
    if (action == QLatin1String("anonymise")) {
        const std::optional<PersonAnonymiser::Result> result =
            PersonAnonymiser(*database, ChangeContext {}).anonymise(personId, &error);
        if (!result) {
            err << error << Qt::endl << tr("Nothing was changed.") << Qt::endl;
            return Failure;
        }
        out << tr("Person %1 is anonymised; %2 handover and return records keep the devices without the "
                  "name.")
                   .arg(personId)
                   .arg(result->handoverRecords)
            << Qt::endl;
        return Success;
    }
    HandoverStore store(*database);
    if (action == QLatin1String("overdue")) {
        const auto overdue = store.overdue(QDate::currentDate(), &error);
        if (!overdue) {
            err << error << Qt::endl;
            return Failure;
        }
        if (parser.isSet(json)) {
            QJsonArray items;
            for (const HandoverStore::OpenItem &open : *overdue)
                items.append(openItemJson(open));
            out << QJsonDocument(QJsonObject { { QStringLiteral("overdue"), items } })
                       .toJson(QJsonDocument::Indented);
        } else {
            for (const HandoverStore::OpenItem &open : *overdue)
                out << open.dueOn.toString(Qt::ISODate) << QLatin1Char('\t') << open.item.inventoryNo
                    << QLatin1Char('\t') << open.personName << QLatin1Char('\t')
                    << tr("record %1").arg(open.handoverId) << Qt::endl;
            out << tr("%1 devices overdue.").arg(overdue->size()) << Qt::endl;
        }
        return Success;
    }
    const auto held = store.heldNow(personId, &error);
    const auto records = held ? store.ofPerson(personId, &error) : std::nullopt;
    if (!held || !records) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray heldNow;
        for (const HandoverStore::OpenItem &open : *held)
            heldNow.append(openItemJson(open));
        QJsonArray recordList;
        for (const Handover &record : *records) {
            QJsonArray assets;
            for (const HandoverItem &item : record.items)
                assets.append(item.inventoryNo);
            recordList.append(QJsonObject { { QStringLiteral("id"), record.id },
                                            { QStringLiteral("kind"), Handover::kindCode(record.kind) },
                                            { QStringLiteral("date"), record.date.toString(Qt::ISODate) },
                                            { QStringLiteral("person"), record.personName },
                                            { QStringLiteral("handed_by"), record.handedBy },
                                            { QStringLiteral("assets"), assets } });
        }
        out << QJsonDocument(QJsonObject { { QStringLiteral("person_id"), personId },
                                           { QStringLiteral("holds"), heldNow },
                                           { QStringLiteral("records"), recordList } })
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << tr("Holds now:") << Qt::endl;
    for (const HandoverStore::OpenItem &open : *held)
        out << QStringLiteral("  %1\t%2\t%3\t%4")
                   .arg(open.item.inventoryNo, open.item.serialNo, open.item.description,
                        open.handedOn.toString(Qt::ISODate))
            << Qt::endl;
    out << tr("Records:") << Qt::endl;
    for (const Handover &record : *records)
        out << QStringLiteral("  %1\t%2\t%3\t%4")
                   .arg(QString::number(record.id), Handover::kindCode(record.kind),
                        record.date.toString(Qt::ISODate), QString::number(record.items.size()))
            << Qt::endl;
    return Success;
}
