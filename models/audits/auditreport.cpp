#include "audits/auditreport.h"

#include "audits/auditservice.h"
#include "masterdata/masterdatalookup.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>

namespace {
QString description(const QString &category, const QString &manufacturer, const QString &model)
{
    QStringList parts = { category, manufacturer, model };
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}
} // namespace

AuditReportBuilder::AuditReportBuilder(Database &database)
    : m_database(database)
{ }

std::optional<AuditReport> AuditReportBuilder::build(qint64 auditId, QString *error)
{
    AuditService service(m_database);
    const std::optional<Audit> audit = service.find(auditId, error);
    if (!audit)
        return std::nullopt;
    MasterDataLookup &lookup = service.lookup();
    AuditReport report;
    report.audit = *audit;

    QStringList owners;
    for (qint64 id : audit->scope.ownerAuthorityIds)
        owners.append(lookup.authorityName(id));
    if (owners.isEmpty()) {
        QSqlQuery query(m_database.connection());
        if (!Sql::prepare(
                query,
                QStringLiteral("SELECT DISTINCT au.name FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                               "JOIN authority au ON au.id = a.owner_authority_id WHERE i.audit_id = ? "
                               "ORDER BY au.name"),
                error))
            return std::nullopt;
        query.addBindValue(auditId);
        if (!Sql::exec(query, error))
            return std::nullopt;
        while (query.next())
            owners.append(query.value(0).toString());
    }
    report.authorities = owners.join(QStringLiteral(", "));

    QStringList scope;
    auto names = [](const QList<qint64> &ids, auto &&name) {
        QStringList result;
        for (qint64 id : ids)
            result.append(name(id));
        return result.join(QStringLiteral(", "));
    };
    if (!audit->scope.ownerAuthorityIds.isEmpty())
        scope.append(tr("Owner: %1").arg(names(audit->scope.ownerAuthorityIds, [&](qint64 id) {
            return lookup.authorityName(id);
        })));
    if (!audit->scope.usingAuthorityIds.isEmpty())
        scope.append(tr("User: %1").arg(names(audit->scope.usingAuthorityIds, [&](qint64 id) {
            return lookup.authorityName(id);
        })));
    if (!audit->scope.siteIds.isEmpty())
        scope.append(
            tr("Sites: %1").arg(names(audit->scope.siteIds, [&](qint64 id) { return lookup.siteName(id); })));
    if (!audit->scope.roomIds.isEmpty())
        scope.append(tr("Rooms: %1").arg(names(audit->scope.roomIds, [&](qint64 id) {
            return lookup.roomLabel(id);
        })));
    if (!audit->scope.categoryIds.isEmpty())
        scope.append(tr("Categories: %1").arg(names(audit->scope.categoryIds, [&](qint64 id) {
            return lookup.categoryName(id);
        })));
    report.scope = scope.isEmpty() ? tr("whole inventory") : scope.join(QLatin1Char('\n'));

    QSqlQuery items(m_database.connection());
    if (!Sql::prepare(
            items,
            QStringLiteral("SELECT i.state, a.inventory_no, c.name, a.manufacturer, a.model, a.serial_no, "
                           "i.expected_room_id, i.found_room_id, i.accept_move "
                           "FROM audit_item i JOIN asset a ON a.id = i.asset_id "
                           "JOIN category c ON c.id = a.category_id "
                           "WHERE i.audit_id = ? AND i.state IN ('expected', 'missing', 'moved') "
                           "ORDER BY a.inventory_no"),
            error))
        return std::nullopt;
    items.addBindValue(auditId);
    if (!Sql::exec(items, error))
        return std::nullopt;
    while (items.next()) {
        AuditReport::Line line;
        line.code = items.value(1).toString();
        line.description =
            description(items.value(2).toString(), items.value(3).toString(), items.value(4).toString());
        line.serialNo = items.value(5).toString();
        line.expectedLocation = lookup.roomLabel(items.value(6).toLongLong());
        if (items.value(0).toString() == QLatin1String("moved")) {
            line.foundLocation = lookup.roomLabel(items.value(7).toLongLong());
            line.note = items.value(8).toInt() != 0 ? tr("new room accepted") : tr("room not changed");
            report.moved.append(line);
        } else {
            report.missing.append(line);
        }
    }

    QSqlQuery unexpected(m_database.connection());
    if (!Sql::prepare(
            unexpected,
            QStringLiteral("SELECT u.code, c.name, u.manufacturer, u.model, u.serial_no, u.room_id, u.note, "
                           "u.asset_id, a.room_id FROM audit_unexpected u "
                           "LEFT JOIN category c ON c.id = u.category_id "
                           "LEFT JOIN asset a ON a.id = u.asset_id WHERE u.audit_id = ? ORDER BY u.code"),
            error))
        return std::nullopt;
    unexpected.addBindValue(auditId);
    if (!Sql::exec(unexpected, error))
        return std::nullopt;
    while (unexpected.next()) {
        AuditReport::Line line;
        line.code = unexpected.value(0).toString();
        line.description = description(unexpected.value(1).toString(), unexpected.value(2).toString(),
                                       unexpected.value(3).toString());
        line.serialNo = unexpected.value(4).toString();
        line.foundLocation = lookup.roomLabel(unexpected.value(5).toLongLong());
        QStringList notes;
        if (!unexpected.value(7).isNull()) {
            notes.append(tr("in the inventory, outside the scope"));
            line.expectedLocation = lookup.roomLabel(unexpected.value(8).toLongLong());
        }
        if (!unexpected.value(6).toString().isEmpty())
            notes.append(unexpected.value(6).toString());
        line.note = notes.join(QStringLiteral("; "));
        report.unexpected.append(line);
    }
    return report;
}

namespace {
QString csvField(QString text)
{
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped.append(csvField(field));
    return escaped.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}
} // namespace

QByteArray AuditReportCsvWriter::toCsv(const AuditReport &report)
{
    const Audit &audit = report.audit;
    QString text;
    text += csvLine({ tr("Audit"), audit.name });
    text += csvLine({ tr("Audit number"), QString::number(audit.id) });
    text += csvLine({ tr("Authority"), report.authorities });
    text += csvLine({ tr("Scope"), QString(report.scope).replace(QLatin1Char('\n'), QStringLiteral("; ")) });
    text += csvLine({ tr("Responsible"), audit.responsible });
    text += csvLine({ tr("Started"), audit.createdAt.toLocalTime().toString(Qt::ISODate) });
    text += csvLine({ tr("Due"), audit.dueDate.toString(Qt::ISODate) });
    text += csvLine(
        { tr("Closed"),
          audit.closedAt.isValid() ? audit.closedAt.toLocalTime().toString(Qt::ISODate) : QString() });
    text += csvLine({ tr("Status"), AuditStatusText::displayName(audit.status) });
    text += csvLine({ tr("Expected"), QString::number(audit.counters.expected) });
    text += csvLine({ tr("Found"), QString::number(audit.counters.found) });
    text += csvLine({ tr("Moved"), QString::number(audit.counters.moved) });
    text += csvLine({ tr("Missing"), QString::number(audit.counters.open()) });
    text += csvLine({ tr("Unexpected"), QString::number(audit.counters.unexpected) });
    text += QStringLiteral("\r\n");
    text += csvLine({ tr("List"), tr("Code"), tr("Description"), tr("Serial number"), tr("Expected location"),
                      tr("Found location"), tr("Note") });
    auto section = [&](const QString &name, const QList<AuditReport::Line> &lines) {
        for (const AuditReport::Line &line : lines)
            text += csvLine({ name, line.code, line.description, line.serialNo, line.expectedLocation,
                              line.foundLocation, line.note });
    };
    section(tr("missing"), report.missing);
    section(tr("moved"), report.moved);
    section(tr("unexpected"), report.unexpected);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool AuditReportCsvWriter::write(const AuditReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(report)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
