#include "auditcommand.h"

#include "audits/auditduequery.h"
#include "audits/auditreport.h"
#include "audits/auditreportpdfwriter.h"
#include "audits/auditscanimporter.h"
#include "audits/auditservice.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList subcommands = { QStringLiteral("new"),    QStringLiteral("scans"), QStringLiteral("close"),
                                  QStringLiteral("report"), QStringLiteral("pause"), QStringLiteral("resume"),
                                  QStringLiteral("list"),   QStringLiteral("due") };

// The subcommand is the first argument that is neither an option nor --db's value.
qsizetype subcommandIndex(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return subcommands.contains(argument) ? i : -1;
    }
    return -1;
}

QJsonObject countersJson(const AuditCounters &counters)
{
    return { { QStringLiteral("expected"), counters.expected },
             { QStringLiteral("found"), counters.found },
             { QStringLiteral("moved"), counters.moved },
             { QStringLiteral("unexpected"), counters.unexpected },
             { QStringLiteral("open"), counters.open() } };
}

QCommandLineOption auditOption()
{
    return QCommandLineOption(QStringLiteral("audit"),
                              AuditCommand::tr("The audit's number (see `bestand audit list`)."),
                              QStringLiteral("ID"));
}
} // namespace

QString AuditCommand::summary() const
{
    return tr("Inventory audits: create one, feed it scanner files, close it and write the signed record.");
}

QString AuditCommand::usage() const
{
    return tr("Usage: bestand audit [--db PATH] SUBCOMMAND [OPTIONS]\n\n"
              "Subcommands:\n"
              "  new      --name N [--owner CODE] [--user CODE] [--site S] [--room R] [--category C]\n"
              "           [--responsible P] [--due DATE]   create an audit; its expected list is the\n"
              "           assets in scope now (retired ones excluded). Options may repeat.\n"
              "  scans    --audit ID [--room R] FILE      record a batch scanner's file\n"
              "  close    --audit ID [--report FILE.pdf] [--csv FILE]   close (cannot be undone)\n"
              "  report   --audit ID [--report FILE.pdf] [--csv FILE]   write the record, change nothing\n"
              "  pause    --audit ID / resume --audit ID\n"
              "  list     [--json]                        all audits with their counters\n"
              "  due      [--json] [--limit N]            assets due for a physical count\n\n"
              "`bestand audit SUBCOMMAND --help` describes a subcommand.\n");
}

bool AuditCommand::needsGuiApplication(const QStringList &arguments) const
{
    return hasOption(arguments, QStringLiteral("report"));
}

int AuditCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const qsizetype index = subcommandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            out << usage();
            return Success;
        }
        err << tr("Name a subcommand.") << Qt::endl << usage();
        return UsageError;
    }
    const QString subcommand = arguments.at(index);
    m_subcommand = subcommand;
    QStringList rest = arguments;
    rest.removeAt(index);
    if (subcommand == QLatin1String("new"))
        return runNew(rest, out, err);
    if (subcommand == QLatin1String("scans"))
        return runScans(rest, out, err);
    if (subcommand == QLatin1String("close") || subcommand == QLatin1String("report"))
        return runClose(rest, out, err, subcommand == QLatin1String("close"));
    if (subcommand == QLatin1String("pause") || subcommand == QLatin1String("resume"))
        return runPauseResume(rest, out, err, subcommand == QLatin1String("pause"));
    if (subcommand == QLatin1String("list"))
        return runList(rest, out, err);
    return runDue(rest, out, err);
}

QString AuditCommand::invocation() const
{
    return m_subcommand.isEmpty() ? Command::invocation()
                                  : QStringLiteral("bestand audit %1").arg(m_subcommand);
}

int AuditCommand::runNew(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption name(QStringLiteral("name"), tr("The audit's name."), QStringLiteral("N"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Owner authority code (may repeat)."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Using authority code (may repeat)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption site(QStringLiteral("site"), tr("Site name (may repeat)."), QStringLiteral("S"));
    const QCommandLineOption room(QStringLiteral("room"), tr("Room as \"Site / Room\" (may repeat)."),
                                  QStringLiteral("R"));
    const QCommandLineOption category(QStringLiteral("category"), tr("Category name (may repeat)."),
                                      QStringLiteral("C"));
    const QCommandLineOption responsible(QStringLiteral("responsible"), tr("The responsible person."),
                                         QStringLiteral("P"));
    const QCommandLineOption due(QStringLiteral("due"), tr("Due date, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({ name, owner, user, site, room, category, responsible, due, json });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    if (parser.value(name).trimmed().isEmpty()) {
        err << tr("--name is required.") << Qt::endl;
        return UsageError;
    }
    QDate dueDate;
    if (parser.isSet(due)) {
        dueDate = QDate::fromString(parser.value(due), Qt::ISODate);
        if (!dueDate.isValid())
            dueDate = QDate::fromString(parser.value(due), QStringLiteral("dd.MM.yyyy"));
        if (!dueDate.isValid()) {
            err << tr("The due date %1 is not a date (use YYYY-MM-DD).").arg(parser.value(due)) << Qt::endl;
            return UsageError;
        }
    }
    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    AuditService service(*database);
    MasterDataLookup &lookup = service.lookup();
    AuditScope scope;
    QString error;
    auto resolve = [&](const QCommandLineOption &option, QList<qint64> *ids, auto &&find) {
        for (const QString &value : parser.values(option)) {
            const std::optional<qint64> id = find(value);
            if (!id)
                return false;
            ids->append(*id);
        }
        return true;
    };
    if (!resolve(owner, &scope.ownerAuthorityIds,
                 [&](const QString &v) { return lookup.authorityByCode(v, &error); })
        || !resolve(user, &scope.usingAuthorityIds,
                    [&](const QString &v) { return lookup.authorityByCode(v, &error); })
        || !resolve(site, &scope.siteIds, [&](const QString &v) { return lookup.siteByName(v, &error); })
        || !resolve(room, &scope.roomIds, [&](const QString &v) { return lookup.roomByName(v, &error); })
        || !resolve(category, &scope.categoryIds,
                    [&](const QString &v) { return lookup.categoryByName(v, &error); })) {
        err << error << Qt::endl;
        return UsageError;
    }
    const std::optional<qint64> auditId =
        service.create(parser.value(name), scope, parser.value(responsible), dueDate, &error);
    if (!auditId) {
        err << error << Qt::endl;
        return Failure;
    }
    const AuditCounters counters = service.counters(*auditId, &error).value_or(AuditCounters());
    if (parser.isSet(json)) {
        QJsonObject object = countersJson(counters);
        object.insert(QStringLiteral("id"), *auditId);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        out << tr("Audit %1 created: %n item(s) expected.", nullptr, counters.expected).arg(*auditId)
            << Qt::endl;
    }
    return Success;
}

int AuditCommand::runScans(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption audit = auditOption();
    const QCommandLineOption room(
        QStringLiteral("room"), tr("Room of lines that name none, as \"Site / Room\"."), QStringLiteral("R"));
    parser.addOptions({ audit, room });
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("Scanner file: one scan per line, CODE[;TIMESTAMP[;ROOM]], e.g. "
           "\"INV-1;2026-11-25T10:15:00;Rathaus / "
           "B 212\". Separator ; or tab (a comma when there is neither); TIMESTAMP local time, ISO or "
           "DD.MM.YYYY HH:MM[:SS], may be empty; ROOM as \"Site / Room\" or a room name unique across sites. "
           "Blank lines and lines starting with # are skipped; a first line starting with \"code\" is a "
           "header. "
           "Lines that cannot be read are reported with their number, the others recorded; the exit code is "
           "then 1."));
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    bool ok = false;
    const qint64 auditId = parser.value(audit).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1) {
        err << tr("Give --audit ID and one FILE.") << Qt::endl;
        return UsageError;
    }
    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    AuditService service(*database);
    QString error;
    qint64 roomId = 0;
    if (parser.isSet(room)) {
        const std::optional<qint64> id = service.lookup().roomByName(parser.value(room), &error);
        if (!id) {
            err << error << Qt::endl;
            return UsageError;
        }
        roomId = *id;
    }
    const QString file = parser.positionalArguments().constFirst();
    AuditScanImporter importer(service);
    const std::optional<AuditScanImporter::Report> report =
        importer.importFile(auditId, file, roomId, &error);
    if (!report) {
        err << error << Qt::endl;
        return Failure;
    }
    for (const AuditScanFileProblem &problem : report->problems)
        err << tr("%1:%2: %3").arg(file).arg(problem.lineNo).arg(problem.reason) << Qt::endl;
    using Outcome = AuditScanResult::Outcome;
    out << tr("%n scan(s) recorded", nullptr, report->applied) << QStringLiteral(": ")
        << tr("%1 found, %2 moved, %3 unexpected, %4 outside the scope, %5 repeated, %6 ambiguous.")
               .arg(report->outcomes.value(Outcome::Found))
               .arg(report->outcomes.value(Outcome::Moved))
               .arg(report->outcomes.value(Outcome::Unexpected))
               .arg(report->outcomes.value(Outcome::OutOfScope))
               .arg(report->outcomes.value(Outcome::Duplicate))
               .arg(report->outcomes.value(Outcome::Ambiguous))
        << Qt::endl;
    const AuditCounters &c = report->counters;
    out << tr("Audit %1: %2 expected, %3 found, %4 moved, %5 unexpected, %6 still open.")
               .arg(auditId)
               .arg(c.expected)
               .arg(c.found)
               .arg(c.moved)
               .arg(c.unexpected)
               .arg(c.open())
        << Qt::endl;
    if (!report->problems.isEmpty()) {
        err << tr("%n line(s) could not be read.", nullptr, int(report->problems.size())) << Qt::endl;
        return Failure;
    }
    return Success;
}

int AuditCommand::runClose(const QStringList &arguments, QTextStream &out, QTextStream &err, bool close)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption audit = auditOption();
    const QCommandLineOption pdf(QStringLiteral("report"), tr("Write the record as PDF to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write the record as CSV to FILE."),
                                 QStringLiteral("FILE"));
    parser.addOptions({ audit, pdf, csv });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    bool ok = false;
    const qint64 auditId = parser.value(audit).toLongLong(&ok);
    if (!ok) {
        err << tr("Give --audit ID.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(pdf) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << tr("Writing a PDF needs the Qt GUI libraries; run it through the bestand program.")
            << Qt::endl;
        return Failure;
    }
    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    QString error;
    if (close) {
        AuditService service(*database);
        if (!service.close(auditId, &error)) {
            err << error << Qt::endl;
            return Failure;
        }
        out << tr("Audit %1 closed.").arg(auditId) << Qt::endl;
    }
    const std::optional<AuditReport> report = AuditReportBuilder(*database).build(auditId, &error);
    if (!report) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(pdf)) {
        if (!AuditReportPdfWriter::write(*report, parser.value(pdf), &error)) {
            err << error << Qt::endl;
            return Failure;
        }
        out << tr("Record written to %1.").arg(parser.value(pdf)) << Qt::endl;
    }
    if (parser.isSet(csv)) {
        if (!AuditReportCsvWriter::write(*report, parser.value(csv), &error)) {
            err << error << Qt::endl;
            return Failure;
        }
        out << tr("Record written to %1.").arg(parser.value(csv)) << Qt::endl;
    }
    const AuditCounters &c = report->audit.counters;
    out << tr("%1 expected, %2 found, %3 moved, %4 missing, %5 unexpected.")
               .arg(c.expected)
               .arg(c.found)
               .arg(c.moved)
               .arg(c.open())
               .arg(c.unexpected)
        << Qt::endl;
    return Success;
}

int AuditCommand::runPauseResume(const QStringList &arguments, QTextStream &out, QTextStream &err, bool pause)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption audit = auditOption();
    parser.addOption(audit);
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    bool ok = false;
    const qint64 auditId = parser.value(audit).toLongLong(&ok);
    if (!ok) {
        err << tr("Give --audit ID.") << Qt::endl;
        return UsageError;
    }
    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    AuditService service(*database);
    QString error;
    if (!(pause ? service.pause(auditId, &error) : service.resume(auditId, &error))) {
        err << error << Qt::endl;
        return Failure;
    }
    out << (pause ? tr("Audit %1 paused.") : tr("Audit %1 resumed.")).arg(auditId) << Qt::endl;
    return Success;
}

int AuditCommand::runList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the audits as a JSON array."));
    parser.addOption(json);
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    AuditService service(*database);
    QString error;
    const QList<Audit> audits = service.list(&error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Audit &audit : audits) {
            QJsonObject object = countersJson(audit.counters);
            object.insert(QStringLiteral("id"), audit.id);
            object.insert(QStringLiteral("name"), audit.name);
            object.insert(QStringLiteral("status"), AuditStatusText::code(audit.status));
            object.insert(QStringLiteral("responsible"), audit.responsible);
            object.insert(QStringLiteral("due"), audit.dueDate.toString(Qt::ISODate));
            object.insert(QStringLiteral("created_at"), audit.createdAt.toString(Qt::ISODateWithMs));
            object.insert(QStringLiteral("closed_at"), audit.closedAt.toString(Qt::ISODateWithMs));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (audits.isEmpty())
        out << tr("No audits yet.") << Qt::endl;
    for (const Audit &audit : audits) {
        out << tr("%1  %2  [%3]  expected %4, found %5, moved %6, unexpected %7, open %8")
                   .arg(audit.id)
                   .arg(audit.name, AuditStatusText::displayName(audit.status))
                   .arg(audit.counters.expected)
                   .arg(audit.counters.found)
                   .arg(audit.counters.moved)
                   .arg(audit.counters.unexpected)
                   .arg(audit.counters.open())
            << Qt::endl;
    }
    return Success;
}

int AuditCommand::runDue(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the assets as a JSON array."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("Print at most N assets (default 1000, 0: all)."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    parser.addOptions({ json, limit });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;
    AuditDueQuery query(*database);
    QString error;
    const QDate today = QDate::currentDate();
    const QList<DueAsset> assets = query.dueAssets(today, parser.value(limit).toInt(), &error);
    const int total = query.dueCount(today, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DueAsset &asset : assets) {
            array.append(
                QJsonObject { { QStringLiteral("inventory_no"), asset.inventoryNo },
                              { QStringLiteral("category"), asset.category },
                              { QStringLiteral("last_audited"), asset.lastAudited.toString(Qt::ISODate) },
                              { QStringLiteral("due_since"), asset.dueSince.toString(Qt::ISODate) } });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const DueAsset &asset : assets) {
        out << QStringLiteral("%1\t%2\t%3")
                   .arg(asset.inventoryNo, asset.category,
                        asset.lastAudited.isValid() ? asset.lastAudited.toString(Qt::ISODate)
                                                    : tr("never audited"))
            << Qt::endl;
    }
    out << tr("%n asset(s) due for audit.", nullptr, total) << Qt::endl;
    return Success;
}
