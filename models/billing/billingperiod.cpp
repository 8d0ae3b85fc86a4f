#include "billing/billingperiod.h"

#include <QLocale>
#include <QRegularExpression>

std::optional<BillingPeriod> BillingPeriod::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression range(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    BillingPeriod period;
    if (const auto match = quarter.match(trimmed); match.hasMatch()) {
        const int firstMonth = (match.captured(2).toInt() - 1) * 3 + 1;
        period.first = QDate(match.captured(1).toInt(), firstMonth, 1);
        period.last = period.first.addMonths(3).addDays(-1);
    } else if (const auto match = month.match(trimmed); match.hasMatch()) {
        period.first = QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
        period.last = period.first.addMonths(1).addDays(-1);
    } else if (const auto match = year.match(trimmed); match.hasMatch()) {
        period.first = QDate(match.captured(1).toInt(), 1, 1);
        period.last = QDate(match.captured(1).toInt(), 12, 31);
    } else if (const auto match = range.match(trimmed); match.hasMatch()) {
        period.first = QDate::fromString(match.captured(1), Qt::ISODate);
        period.last = QDate::fromString(match.captured(2), Qt::ISODate);
    }
    if (!period.first.isValid() || !period.last.isValid() || period.last < period.first) {
        if (error)
            *error = tr("\"%1\" is not a billing period; write a quarter (2026-Q3), a month (2026-09), "
                        "a year (2026) or two days (2026-07-01..2026-08-15).")
                         .arg(text);
        return std::nullopt;
    }
    return period;
}

QString BillingPeriod::code() const
{
    const bool wholeMonths = first.day() == 1 && last.addDays(1).day() == 1;
    if (wholeMonths && first.year() == last.year()) {
        const int months = last.month() - first.month() + 1;
        if (months == 12)
            return QString::number(first.year());
        if (months == 3 && (first.month() - 1) % 3 == 0)
            return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
        if (months == 1)
            return first.toString(QStringLiteral("yyyy-MM"));
    }
    return first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate);
}

QString BillingPeriod::title() const
{
    const QString text = code();
    if (text.contains(QLatin1Char('Q')))
        return tr("Q%1 %2").arg(text.right(1), QString::number(first.year()));
    if (text.size() == 4)
        return tr("Year %1").arg(text);
    if (text.size() == 7)
        return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(first.month()),
                                           QString::number(first.year()));
    return QStringLiteral("%1 – %2").arg(QLocale().toString(first, QLocale::ShortFormat),
                                         QLocale().toString(last, QLocale::ShortFormat));
}
