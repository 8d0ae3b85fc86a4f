#include "audits/auditscanimporter.h"

#include <QFileInfo>
#include <QHash>

AuditScanImporter::AuditScanImporter(AuditService &service)
    : m_service(service)
{ }

std::optional<AuditScanImporter::Report> AuditScanImporter::importFile(qint64 auditId, const QString &path,
                                                                       qint64 defaultRoomId, QString *error)
{
    QList<AuditScanLine> lines;
    QList<AuditScanFileProblem> problems;
    if (!AuditScanFile::read(path, &lines, &problems, error))
        return std::nullopt;
    std::optional<Report> report =
        importLines(auditId, lines, QFileInfo(path).fileName(), defaultRoomId, error);
    if (report) {
        report->problems.append(problems);
        std::sort(
            report->problems.begin(), report->problems.end(),
            [](const AuditScanFileProblem &a, const AuditScanFileProblem &b) { return a.lineNo < b.lineNo; });
    }
    return report;
}

std::optional<AuditScanImporter::Report> AuditScanImporter::importLines(qint64 auditId,
                                                                        const QList<AuditScanLine> &lines,
                                                                        const QString &fileName,
                                                                        qint64 defaultRoomId, QString *error)
{
    Report report;
    QHash<QString, qint64> rooms;
    for (const AuditScanLine &line : lines) {
        AuditScan scan;
        scan.code = line.code;
        scan.scannedAt = line.scannedAt;
        scan.source = AuditScan::Source::File;
        scan.fileName = fileName;
        scan.lineNo = line.lineNo;
        scan.roomId = defaultRoomId;
        if (!line.room.isEmpty()) {
            auto known = rooms.constFind(line.room);
            if (known == rooms.constEnd()) {
                QString roomError;
                const std::optional<qint64> roomId = m_service.lookup().roomByName(line.room, &roomError);
                if (!roomId) {
                    report.problems.append(
                        { line.lineNo, roomError, line.code + QLatin1Char(';') + line.room });
                    continue;
                }
                known = rooms.insert(line.room, *roomId);
            }
            scan.roomId = *known;
        }
        const std::optional<AuditScanResult> result = m_service.recordScan(auditId, scan, error);
        if (!result) {
            if (error)
                *error = tr("Line %1: %2").arg(line.lineNo).arg(*error);
            return std::nullopt;
        }
        ++report.applied;
        report.outcomes[result->outcome] += 1;
        report.counters = result->counters;
    }
    if (report.applied == 0) {
        const std::optional<AuditCounters> counters = m_service.counters(auditId, error);
        if (!counters)
            return std::nullopt;
        report.counters = *counters;
    }
    return report;
}
