#include "audits/auditreportpdfwriter.h"

#include "audits/auditreport.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString headerRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
}

QString lineTable(const QList<AuditReport::Line> &lines, const QStringList &headers,
                  QStringList (*cells)(const AuditReport::Line &), const QString &none)
{
    if (lines.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(escaped(none));
    QString html =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(header));
    html += QStringLiteral("</tr>");
    for (const AuditReport::Line &line : lines) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : cells(line))
            html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}
} // namespace

QString AuditReportPdfWriter::toHtml(const AuditReport &report)
{
    const Audit &audit = report.audit;
    const QLocale locale;
    auto date = [&](const QDateTime &dateTime) {
        return dateTime.isValid() ? locale.toString(dateTime.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    QString html = QStringLiteral("<html><body style=\"font-size: 9pt\">");
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Inventory record: %1").arg(audit.name)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += headerRow(tr("Audit number"), QString::number(audit.id));
    html += headerRow(tr("Authority"), report.authorities);
    html += headerRow(tr("Scope"), report.scope);
    html += headerRow(tr("Responsible"), audit.responsible);
    html += headerRow(tr("Started"), date(audit.createdAt));
    html +=
        headerRow(tr("Due"),
                  audit.dueDate.isValid() ? locale.toString(audit.dueDate, QLocale::ShortFormat) : QString());
    html += headerRow(tr("Closed"),
                      audit.closedAt.isValid() ? tr("%1 by %2").arg(date(audit.closedAt), audit.closedBy)
                                               : tr("not yet closed"));
    html += QStringLiteral("</table>");

    const AuditCounters &counters = audit.counters;
    html +=
        QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">").arg(escaped(tr("Result")));
    html += headerRow(tr("Expected"), QString::number(counters.expected));
    html += headerRow(tr("Found"), QString::number(counters.found));
    html += headerRow(tr("Moved"), QString::number(counters.moved));
    html += headerRow(tr("Missing"), QString::number(counters.open()));
    html += headerRow(tr("Unexpected"), QString::number(counters.unexpected));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Missing items")));
    html += lineTable(
        report.missing,
        { tr("Inventory no."), tr("Description"), tr("Serial number"), tr("Expected location") },
        [](const AuditReport::Line &l) {
            return QStringList { l.code, l.description, l.serialNo, l.expectedLocation };
        },
        tr("None."));
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Moved items")));
    html += lineTable(
        report.moved,
        { tr("Inventory no."), tr("Description"), tr("Expected location"), tr("Found location"), tr("Note") },
        [](const AuditReport::Line &l) {
            return QStringList { l.code, l.description, l.expectedLocation, l.foundLocation, l.note };
        },
        tr("None."));
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Unexpected items")));
    html += lineTable(
        report.unexpected,
        { tr("Code"), tr("Description"), tr("Serial number"), tr("Found location"), tr("Note") },
        [](const AuditReport::Line &l) {
            return QStringList { l.code, l.description, l.serialNo, l.foundLocation, l.note };
        },
        tr("None."));

    html +=
        QStringLiteral("<br><br><br><table width=\"100%\" cellpadding=\"4\"><tr>"
                       "<td width=\"45%\">______________________________<br>%1</td><td width=\"10%\"></td>"
                       "<td width=\"45%\">______________________________<br>%2</td></tr></table>")
            .arg(escaped(tr("Place, date, signature of the responsible person")),
                 escaped(tr("Place, date, signature of the witness")));
    return html + QStringLiteral("</body></html>");
}

bool AuditReportPdfWriter::write(const AuditReport &report, const QString &path, QString *error)
{
    // QPdfWriter reports no error itself: an empty or missing file afterwards is the sign.
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Inventory record: %1").arg(report.audit.name));
        writer.setCreator(QStringLiteral("Bestand"));
        QTextDocument document;
        document.setHtml(toHtml(report));
        document.print(&writer);
    }
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
