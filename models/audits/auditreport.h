#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "audits/audit.h"

class Database;

// Everything the signed record of an audit shows, computed once here so the PDF
// and the CSV say the same. Texts are ready to print (names, not ids).
struct AuditReport
{
    struct Line
    {
        QString code; // inventory number, or the scanned code of an unexpected find
        QString description; // category, manufacturer, model
        QString serialNo;
        QString expectedLocation;
        QString foundLocation;
        QString note; // moved: whether the new room was accepted; unexpected: the capture note
    };

    Audit audit;
    QString authorities; // owner authorities in scope, or all of the items
    QString scope; // one line per restricted kind
    QList<Line> missing; // not found (still open while the audit runs)
    QList<Line> moved;
    QList<Line> unexpected;
};

class AuditReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportBuilder)

public:
    explicit AuditReportBuilder(Database &database);
    std::optional<AuditReport> build(qint64 auditId, QString *error);

private:
    Database &m_database;
};

// CSV in the form German spreadsheets open directly: UTF-8 with BOM, semicolons.
class AuditReportCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportCsvWriter)

public:
    static QByteArray toCsv(const AuditReport &report);
    static bool write(const AuditReport &report, const QString &path, QString *error);
};
