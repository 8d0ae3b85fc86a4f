#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

#include "audits/auditscanfile.h"
#include "audits/auditservice.h"

// Applies a batch scanner's file to an audit, line by line through the same
// AuditService::recordScan as a live scan, so the outcome is identical. Lines
// that cannot be read or name an unknown room are reported, the others applied.
class AuditScanImporter
{
    Q_DECLARE_TR_FUNCTIONS(AuditScanImporter)

public:
    struct Report
    {
        int applied = 0;
        QMap<AuditScanResult::Outcome, int> outcomes;
        QList<AuditScanFileProblem> problems;
        AuditCounters counters;
    };

    explicit AuditScanImporter(AuditService &service);

    // defaultRoomId: the room of lines without one (0: none).
    std::optional<Report> importFile(qint64 auditId, const QString &path, qint64 defaultRoomId,
                                     QString *error);
    std::optional<Report> importLines(qint64 auditId, const QList<AuditScanLine> &lines,
                                      const QString &fileName, qint64 defaultRoomId, QString *error);

private:
    AuditService &m_service;
};
