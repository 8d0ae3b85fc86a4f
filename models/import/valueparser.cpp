#include "import/valueparser.h"

#include "assets/identifiernormalizer.h"

#include <QDate>

#include <algorithm>

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Digits only, at most 9 of them: never overflows an int.
int toNumber(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - '0');
    return value;
}

// Splits "a.b.c" into exactly three all-digit parts.
bool splitDotted(QStringView text, QChar separator, QStringView parts[3])
{
    qsizetype start = 0;
    int count = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == separator) {
            if (count == 3)
                return false;
            parts[count++] = text.mid(start, i - start);
            start = i + 1;
        }
    }
    if (count != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (!allDigits(parts[i]) || parts[i].size() > 4)
            return false;
    }
    return true;
}

ParsedValue withValue(const QVariant &value)
{
    ParsedValue result;
    result.value = value;
    return result;
}

ParsedValue withError(const QString &error)
{
    ParsedValue result;
    result.error = error;
    return result;
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

QStringList ValueParser::defaultPlaceholders()
{
    return { QStringLiteral("n.v."),      QStringLiteral("n. v."), QStringLiteral("-"),  QStringLiteral("--"),
             QStringLiteral("unbekannt"), QStringLiteral("?"),     QStringLiteral("n/a") };
}

ValueParser::ValueParser(const QStringList &placeholders)
{
    for (const QString &placeholder : placeholders)
        m_placeholders.append(placeholder.trimmed().toLower());
}

bool ValueParser::isPlaceholder(const QString &text) const
{
    // Asked for every cell of an import: compared in place, without copies.
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.size() > 12)
        return false;
    return std::any_of(m_placeholders.cbegin(), m_placeholders.cend(), [trimmed](const QString &placeholder) {
        return trimmed.compare(placeholder, Qt::CaseInsensitive) == 0;
    });
}

ParsedValue ValueParser::parse(ValueType type, const QString &text, int padWidth) const
{
    if (isPlaceholder(text))
        return {};
    switch (type) {
    case ValueType::Text:
        return ValueParser::text(text);
    case ValueType::Integer:
        return integer(text);
    case ValueType::Date:
        return date(text);
    case ValueType::Money:
        return money(text);
    case ValueType::Serial:
        return serial(text);
    case ValueType::Mac:
        return mac(text);
    case ValueType::Ip:
        return ip(text);
    case ValueType::Hostname:
        return hostname(text);
    case ValueType::InventoryNumber:
        return inventoryNumber(text, padWidth);
    }
    return {};
}

ParsedValue ValueParser::date(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QStringView view(trimmed);
    const QString invalid = tr("Not a valid date: %1").arg(trimmed);
    QStringView parts[3];
    if (splitDotted(view, QLatin1Char('.'), parts)) {
        const int day = toNumber(parts[0]);
        const int month = toNumber(parts[1]);
        int year = toNumber(parts[2]);
        if (parts[0].size() > 2 || parts[1].size() > 2)
            return withError(invalid);
        if (parts[2].size() == 2) {
            // Legacy lists start in the 1990s: 00–69 are this century.
            year += year < 70 ? 2000 : 1900;
            const QDate date(year, month, day);
            if (!date.isValid())
                return withError(invalid);
            ParsedValue result = withValue(date);
            result.warning = tr("Two-digit year in %1 read as %2")
                                 .arg(trimmed, date.toString(QStringLiteral("dd.MM.yyyy")));
            return result;
        }
        if (parts[2].size() != 4)
            return withError(invalid);
        const QDate date(year, month, day);
        return date.isValid() ? withValue(date) : withError(invalid);
    }
    if (splitDotted(view, QLatin1Char('-'), parts)) {
        if (parts[0].size() != 4 || parts[1].size() > 2 || parts[2].size() > 2)
            return withError(invalid);
        const QDate date(toNumber(parts[0]), toNumber(parts[1]), toNumber(parts[2]));
        return date.isValid() ? withValue(date) : withError(invalid);
    }
    if (allDigits(view)) {
        if (view.size() == 4) {
            const int year = toNumber(view);
            if (year < 1900 || year > 2100)
                return withError(invalid);
            ParsedValue result = withValue(QDate(year, 1, 1));
            result.warning = tr("Only the year %1 was given; stored as 01.01.%1").arg(trimmed);
            return result;
        }
        if (view.size() == 5) {
            // Excel counts days from 30.12.1899 (its 1900 leap-year bug included).
            const QDate date = QDate(1899, 12, 30).addDays(toNumber(view));
            return withValue(date);
        }
    }
    return withError(invalid);
}

ParsedValue ValueParser::money(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : text) {
        if (!isSpaceLike(c) && c != QChar(0x20AC))
            cleaned.append(c);
    }
    const QString upper = cleaned.toUpper();
    if (upper.startsWith(QLatin1String("EUR")))
        cleaned = cleaned.mid(upper.startsWith(QLatin1String("EURO")) ? 4 : 3);
    else if (upper.endsWith(QLatin1String("EURO")))
        cleaned.chop(4);
    else if (upper.endsWith(QLatin1String("EUR")))
        cleaned.chop(3);
    const QString invalid = tr("Not an amount of money: %1").arg(text.trimmed());
    if (cleaned.isEmpty())
        return text.trimmed().isEmpty() ? ParsedValue() : withError(invalid);

    bool negative = false;
    QStringView view(cleaned);
    if (view.startsWith(QLatin1Char('-'))) {
        negative = true;
        view = view.mid(1);
    }
    QStringView whole = view;
    QStringView fraction;
    const qsizetype comma = view.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        whole = view.left(comma);
        fraction = view.mid(comma + 1);
        if (fraction.isEmpty() || fraction.size() > 2 || !allDigits(fraction))
            return withError(invalid);
    } else {
        // "12.50" written the English way: a single dot with two decimals.
        const qsizetype dot = view.indexOf(QLatin1Char('.'));
        if (dot >= 0 && view.size() - dot - 1 <= 2 && view.indexOf(QLatin1Char('.'), dot + 1) < 0) {
            whole = view.left(dot);
            fraction = view.mid(dot + 1);
            if (fraction.isEmpty() || !allDigits(fraction))
                return withError(invalid);
        }
    }
    // The whole part: plain digits, or groups of three separated by dots.
    QString digits;
    if (whole.contains(QLatin1Char('.'))) {
        const QList<QStringView> groups = whole.split(QLatin1Char('.'));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QStringView group = groups.at(i);
            if (!allDigits(group) || (i == 0 ? group.size() > 3 : group.size() != 3))
                return withError(invalid);
            digits.append(group);
        }
    } else {
        if (!allDigits(whole))
            return withError(invalid);
        digits = whole.toString();
    }
    if (digits.size() > 15)
        return withError(invalid);
    qint64 cents = digits.toLongLong() * 100;
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? toNumber(fraction) * 10 : toNumber(fraction);
    return withValue(negative ? -cents : cents);
}

ParsedValue ValueParser::integer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringView view(trimmed);
    bool negative = false;
    if (view.startsWith(QLatin1Char('-'))) {
        negative = true;
        view = view.mid(1);
    }
    QString digits;
    const QList<QStringView> groups = view.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView group = groups.at(i);
        const bool grouped = groups.size() > 1;
        if (!allDigits(group) || (grouped && (i == 0 ? group.size() > 3 : group.size() != 3)))
            return withError(tr("Not a whole number: %1").arg(trimmed));
        digits.append(group);
    }
    if (digits.size() > 18)
        return withError(tr("Not a whole number: %1").arg(trimmed));
    const qint64 value = digits.toLongLong();
    return withValue(negative ? -value : value);
}

ParsedValue ValueParser::serial(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // 1,23457E+11: a spreadsheet read the serial as a number and kept 6 digits of it.
    const qsizetype e = trimmed.indexOf(QLatin1Char('E'), 0, Qt::CaseInsensitive);
    if (e > 0 && e + 1 < trimmed.size()) {
        QStringView mantissa = QStringView(trimmed).left(e);
        QStringView exponent = QStringView(trimmed).mid(e + 1);
        if (exponent.startsWith(QLatin1Char('+')) || exponent.startsWith(QLatin1Char('-')))
            exponent = exponent.mid(1);
        QString mantissaDigits = mantissa.toString();
        mantissaDigits.remove(QLatin1Char(','));
        mantissaDigits.remove(QLatin1Char('.'));
        const qsizetype separators = mantissa.size() - mantissaDigits.size();
        if (allDigits(exponent) && allDigits(mantissaDigits) && separators <= 1) {
            ParsedValue result;
            result.warning = tr("Serial number %1 was destroyed by a spreadsheet (scientific notation) and "
                                "was dropped")
                                 .arg(trimmed);
            return result;
        }
    }
    return withValue(IdentifierNormalizer::serial(trimmed));
}

ParsedValue ValueParser::mac(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString normalised = IdentifierNormalizer::mac(text);
    if (normalised.isEmpty())
        return withError(tr("Not a MAC address: %1").arg(text.trimmed()));
    return withValue(normalised);
}

ParsedValue ValueParser::ip(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString normalised = IdentifierNormalizer::ip(text);
    if (normalised.isEmpty())
        return withError(tr("Not an IP address: %1").arg(text.trimmed()));
    return withValue(normalised);
}

ParsedValue ValueParser::hostname(const QString &text)
{
    const QString normalised = IdentifierNormalizer::hostname(text);
    if (normalised.isEmpty())
        return {};
    for (QChar c : normalised) {
        if (c.isSpace())
            return withError(tr("Not a host name: %1").arg(text.trimmed()));
    }
    return withValue(normalised);
}

ParsedValue ValueParser::inventoryNumber(const QString &text, int padWidth)
{
    const QString normalised = IdentifierNormalizer::inventoryNumber(text);
    if (normalised.isEmpty())
        return {};
    if (padWidth > 0 && normalised.size() < padWidth && allDigits(normalised)) {
        const QString padded = normalised.rightJustified(padWidth, QLatin1Char('0'));
        ParsedValue result = withValue(padded);
        result.warning = tr("Leading zeros restored: %1 read as %2").arg(normalised, padded);
        return result;
    }
    return withValue(normalised);
}

ParsedValue ValueParser::text(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return withValue(trimmed);
}

QString ValueParser::typeName(ValueType type)
{
    switch (type) {
    case ValueType::Text:
        return QStringLiteral("text");
    case ValueType::Integer:
        return QStringLiteral("integer");
    case ValueType::Date:
        return QStringLiteral("date");
    case ValueType::Money:
        return QStringLiteral("money");
    case ValueType::Serial:
        return QStringLiteral("serial");
    case ValueType::Mac:
        return QStringLiteral("mac");
    case ValueType::Ip:
        return QStringLiteral("ip");
    case ValueType::Hostname:
        return QStringLiteral("hostname");
    case ValueType::InventoryNumber:
        return QStringLiteral("inventory_number");
    }
    return {};
}

std::optional<ValueType> ValueParser::typeFromName(const QString &name)
{
    for (ValueType type :
         { ValueType::Text, ValueType::Integer, ValueType::Date, ValueType::Money, ValueType::Serial,
           ValueType::Mac, ValueType::Ip, ValueType::Hostname, ValueType::InventoryNumber }) {
        if (typeName(type) == name)
            return type;
    }
    return std::nullopt;
}
