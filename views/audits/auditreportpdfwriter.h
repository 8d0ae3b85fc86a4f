#pragma once

#include <QCoreApplication>
#include <QString>

struct AuditReport;

// The signed record of an audit as a PDF (A4), from the data AuditReportBuilder
// computed. Needs a QGuiApplication (fonts), not a display: the command line
// runs it on the offscreen platform.
class AuditReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportPdfWriter)

public:
    static QString toHtml(const AuditReport &report);
    static bool write(const AuditReport &report, const QString &path, QString *error);
};
