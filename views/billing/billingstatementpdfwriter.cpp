#include "billing/billingstatementpdfwriter.h"

#include "billing/billingrunstore.h"

#include <QDateTime>
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
    return text.toHtmlEscaped();
}

// Numbers and dates are right-aligned and never wrapped; names wrap.
QString row(const QStringList &cells, const QList<bool> &right, bool bold = false)
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        html += QStringLiteral("<td%1>%2%3%4</td>")
                    .arg(i < right.size() && right.at(i)
                             ? QStringLiteral(" align=\"right\" style=\"white-space: nowrap\"")
                             : QString(),
                         bold ? QStringLiteral("<b>") : QString(), escaped(cells.at(i)),
                         bold ? QStringLiteral("</b>") : QString());
    }
    return html + QStringLiteral("</tr>");
}

QString headerRow(const QStringList &cells, const QList<bool> &right)
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(i < right.size() && right.at(i) ? QStringLiteral("right") : QStringLiteral("left"),
                         escaped(cells.at(i)));
    return html + QStringLiteral("</tr>");
}

QString kindText(BillingKind kind)
{
    return kind == BillingKind::Device ? BillingStatementPdfWriter::tr("Devices")
                                       : BillingStatementPdfWriter::tr("Licences");
}
} // namespace

QString BillingStatementPdfWriter::money(qint64 cents, const QLocale &locale)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2%3%4 €")
        .arg(cents < 0 ? QStringLiteral("-") : QString(), locale.toString(magnitude / 100),
             locale.decimalPoint())
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString BillingStatementPdfWriter::toHtml(const BillingResult &result, const StoredBillingRun &run,
                                          const QHash<qint64, QList<BillingLine>> &linesByAuthority)
{
    const QLocale locale;
    const auto day = [&locale](const QDate &date) {
        return locale.toString(date, QStringLiteral("dd.MM.yyyy"));
    };
    const QString runAt = locale.toString(QDateTime::fromString(run.runAt, Qt::ISODateWithMs).toLocalTime(),
                                          QLocale::ShortFormat);
    const QString status = run.closed
        ? tr("closed on %1 by %2")
              .arg(locale.toString(QDateTime::fromString(run.closedAt, Qt::ISODateWithMs).toLocalTime(),
                                   QLocale::ShortFormat),
                   run.closedBy)
        : tr("open (not yet final)");
    QString html = QStringLiteral("<html><body style=\"font-size: 9pt\">");
    const QList<qint64> authorities = result.billedAuthorities();
    if (authorities.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Nothing was billed in this period.")));
    bool firstPage = true;
    for (const qint64 authorityId : authorities) {
        const BillingAuthority authority = result.authorities.value(authorityId);
        html +=
            firstPage ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always\">");
        firstPage = false;
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(escaped(tr("Statement of services %1").arg(result.period.title())));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        const auto fact = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(escaped(label), escaped(value));
        };
        html += fact(tr("Authority"), QStringLiteral("%1 (%2)").arg(authority.name, authority.code));
        html += fact(tr("Period"),
                     QStringLiteral("%1 – %2").arg(day(result.period.first), day(result.period.last)));
        html +=
            fact(tr("Billing run"), tr("no. %1 of %2 by %3; %4").arg(run.id).arg(runAt, run.runBy, status));
        html += QStringLiteral("</table><h3>%1</h3>").arg(escaped(tr("Totals")));
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        const QList<bool> totalsRight = { false, false, true, true, true, true };
        html += headerRow(
            { tr("Kind"), tr("Subject"), tr("Rate per month"), tr("Items"), tr("Unit days"), tr("Amount") },
            totalsRight);
        for (const BillingTotal &total : result.totals) {
            if (total.authorityId != authorityId)
                continue;
            html += row({ kindText(total.kind), total.subject,
                          total.rateCents ? money(*total.rateCents, locale) : tr("no rate"),
                          locale.toString(total.lineCount), locale.toString(total.unitDays),
                          money(total.amountCents, locale) },
                        totalsRight);
        }
        html += row({ tr("Total"), QString(), QString(), QString(), QString(),
                      money(result.totalCentsOf(authorityId), locale) },
                    totalsRight, true);
        html += QStringLiteral("</table>");

        const QList<BillingLine> lines = linesByAuthority.value(authorityId);
        if (!lines.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Items")));
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">");
            const QList<bool> lineRight = { false, false, false, true, true, true, true, true };
            html += headerRow({ tr("Item"), tr("Serial no."), tr("Subject"), tr("From"), tr("To"),
                                tr("Unit days"), tr("Rate per month"), tr("Amount") },
                              lineRight);
            for (const BillingLine &line : lines) {
                html += row({ line.itemLabel, line.serialNo, line.subject, day(line.firstDay),
                              day(line.lastDay), locale.toString(line.unitDays),
                              line.rateCents ? money(*line.rateCents, locale) : tr("no rate"),
                              money(line.amountCents, locale) },
                            lineRight);
            }
            html += QStringLiteral("</table>");
        }
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(escaped(tr(
                        "Each item is billed for the days it was in use by the authority: rate per month × "
                        "days ÷ days of the month, summed over the months and rounded once per item to "
                        "whole cents (half up). The total is the sum of the items.")));
        html += QStringLiteral("</div>");
    }
    return html + QStringLiteral("</body></html>");
}

bool BillingStatementPdfWriter::write(const BillingResult &result, const StoredBillingRun &run,
                                      const QHash<qint64, QList<BillingLine>> &linesByAuthority,
                                      const QString &path, QString *error)
{
    // QPdfWriter reports no error itself: an empty or missing file afterwards is the sign.
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Statement of services %1").arg(result.period.title()));
        writer.setCreator(QStringLiteral("Bestand"));
        QTextDocument document;
        document.setHtml(toHtml(result, run, linesByAuthority));
        document.print(&writer);
    }
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
