#include "handovers/handoverpdfwriter.h"

#include "handovers/handover.h"

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
} // namespace

QString HandoverPdfWriter::title(const Handover &record)
{
    return record.kind == Handover::Kind::Checkout ? tr("Handover record no. %1").arg(record.id)
                                                   : tr("Return record no. %1").arg(record.id);
}

QString HandoverPdfWriter::toHtml(const Handover &record)
{
    const QLocale locale;
    const bool checkout = record.kind == Handover::Kind::Checkout;
    const auto day = [&locale](const QDate &date) {
        return locale.toString(date, QStringLiteral("dd.MM.yyyy"));
    };
    QString html = QStringLiteral("<html><body style=\"font-size: 10pt\">");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(escaped(tr("KSM Kommunalservice Mecklenburg AöR – IT operations")));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(title(record)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto fact = [](const QString &label, const QString &value) {
        return value.isEmpty()
            ? QString()
            : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    html += fact(checkout ? tr("Handed to") : tr("Returned by"), record.personName);
    html += fact(tr("Unit"), record.unitName);
    QStringList place = { record.siteName, record.roomName };
    place.removeAll(QString());
    html += fact(checkout ? tr("Place of use") : tr("Taken to"), place.join(QStringLiteral(", ")));
    html += fact(tr("Date"), day(record.date));
    if (record.dueDate.isValid())
        html += fact(tr("Due back by"), day(record.dueDate));
    html += fact(checkout ? tr("Handed over by") : tr("Taken back by"), record.handedBy);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Devices")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &header :
         { tr("Inventory no."), tr("Device"), tr("Serial no."), tr("Accessories"), tr("Condition") })
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(header));
    html += QStringLiteral("</tr>");
    for (const HandoverItem &item : record.items) {
        html += QStringLiteral("<tr><td style=\"white-space: nowrap\">%1</td><td>%2</td>"
                               "<td style=\"white-space: nowrap\">%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(escaped(item.inventoryNo), escaped(item.description), escaped(item.serialNo),
                         escaped(item.accessories), escaped(item.condition));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Devices in all: %1").arg(record.items.size())));
    if (!record.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Notes:")), escaped(record.notes));

    html +=
        QStringLiteral("<p style=\"margin-top: 12pt\">%1</p>")
            .arg(escaped(
                checkout ? tr("The devices listed remain the property of the owning authority and are handed "
                              "over for official use only. The recipient confirms receiving them complete "
                              "and in working order, undertakes to treat them with care, to report loss or "
                              "damage to the IT service without delay and to return them on request or when "
                              "leaving the post. Private use and passing them on to others are not "
                              "permitted.")
                         : tr("The devices listed were returned with the accessories and in the condition "
                              "noted above. The IT service confirms receiving them; data still stored on "
                              "them will be deleted according to the rules of the owning authority.")));
    // Two signature lines side by side.
    html +=
        QStringLiteral("<table width=\"100%\" style=\"margin-top: 36pt\" cellpadding=\"4\"><tr>"
                       "<td width=\"45%\">______________________________<br/>%1</td><td width=\"10%\"></td>"
                       "<td width=\"45%\">______________________________<br/>%2</td></tr></table>")
            .arg(escaped(checkout ? tr("Place, date, signature of the IT service")
                                  : tr("Place, date, signature of the person returning")),
                 escaped(checkout ? tr("Place, date, signature of the recipient (%1)").arg(record.personName)
                                  : tr("Place, date, signature of the IT service")));
    return html + QStringLiteral("</body></html>");
}

bool HandoverPdfWriter::write(const Handover &record, const QString &path, QString *error)
{
    // QPdfWriter reports no error itself: an empty or missing file afterwards is the sign.
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title(record));
        writer.setCreator(QStringLiteral("Bestand"));
        QTextDocument document;
        document.setHtml(toHtml(record));
        document.print(&writer);
    }
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
