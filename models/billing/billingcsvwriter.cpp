#include "billing/billingcsvwriter.h"

#include "assets/assetcsvexporter.h"

namespace {
const QChar separator = QLatin1Char(';');

QString kindText(BillingKind kind)
{
    return kind == BillingKind::Device ? BillingCsvWriter::tr("device") : BillingCsvWriter::tr("licence");
}

QString germanDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

BillingCsvWriter::BillingCsvWriter(const QString &path, Rows rows)
    : m_path(path)
    , m_rows(rows)
{ }

BillingCsvWriter::~BillingCsvWriter() = default;

QString BillingCsvWriter::euros(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2,%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool BillingCsvWriter::open(QString *error)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    m_stream = std::make_unique<QTextStream>(m_file.get());
    m_stream->setEncoding(QStringConverter::Utf8);
    m_stream->setGenerateByteOrderMark(true);
    if (m_rows == Rows::Lines) {
        writeRow({ tr("Period"), tr("Authority"), tr("Kind"), tr("Subject"), tr("Item"), tr("Serial no."),
                   tr("From"), tr("To"), tr("Days"), tr("Unit days"), tr("Rate per month (EUR)"),
                   tr("Amount (EUR)") });
    } else {
        writeRow({ tr("Period"), tr("Authority"), tr("Authority name"), tr("Kind"), tr("Subject"),
                   tr("Rate per month (EUR)"), tr("Items"), tr("Unit days"), tr("Amount (EUR)") });
    }
    return true;
}

void BillingCsvWriter::writeRow(const QStringList &cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QString &text : cells)
        written.append(AssetCsvExporter::cell(text, separator, true));
    *m_stream << written.join(separator) << "\r\n";
}

void BillingCsvWriter::writeLine(const BillingLine &line, const BillingPeriod &period)
{
    if (m_rows != Rows::Lines)
        return;
    writeRow({ period.code(), line.authorityCode, kindText(line.kind), line.subject, line.itemLabel,
               line.serialNo, germanDate(line.firstDay), germanDate(line.lastDay), QString::number(line.days),
               QString::number(line.unitDays), line.rateCents ? euros(*line.rateCents) : QString(),
               euros(line.amountCents) });
}

bool BillingCsvWriter::finish(const BillingResult &result, QString *error)
{
    if (m_rows == Rows::Totals) {
        for (const BillingTotal &total : result.totals) {
            const BillingAuthority authority = result.authorities.value(total.authorityId);
            writeRow({ result.period.code(), authority.code, authority.name, kindText(total.kind),
                       total.subject, total.rateCents ? euros(*total.rateCents) : QString(),
                       QString::number(total.lineCount), QString::number(total.unitDays),
                       euros(total.amountCents) });
        }
    }
    m_stream->flush();
    if (m_stream->status() != QTextStream::Ok || !m_file->commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    return true;
}
