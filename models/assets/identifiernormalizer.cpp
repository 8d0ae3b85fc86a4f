#include "assets/identifiernormalizer.h"

#include <QStringList>

namespace IdentifierNormalizer {

namespace {
QString withoutWhitespace(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}
} // namespace

QString serial(const QString &text)
{
    return withoutWhitespace(text).toUpper();
}

QString mac(const QString &text)
{
    QString hex;
    hex.reserve(12);
    for (QChar c : text.trimmed()) {
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char(' '))
            continue;
        const bool isHex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
        if (!isHex)
            return {};
        hex.append(c.toUpper());
    }
    if (hex.size() != 12)
        return {};
    QString result;
    result.reserve(17);
    for (int i = 0; i < 12; i += 2) {
        if (i > 0)
            result.append(QLatin1Char(':'));
        result.append(QStringView(hex).mid(i, 2));
    }
    return result;
}

bool isMac(const QString &text)
{
    return !mac(text).isEmpty();
}

QString ip(const QString &text)
{
    // Qt Network's QHostAddress would pull a third Qt module into the core library.
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1Char('.')) && !trimmed.contains(QLatin1Char(':'))) {
        const QStringList parts = trimmed.split(QLatin1Char('.'));
        if (parts.size() != 4)
            return {};
        QStringList canonical;
        for (const QString &part : parts) {
            bool ok = false;
            const int value = part.toInt(&ok);
            if (!ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255
                || part.startsWith(QLatin1Char('+')))
                return {};
            canonical.append(QString::number(value));
        }
        return canonical.join(QLatin1Char('.'));
    }
    if (!trimmed.contains(QLatin1Char(':')))
        return {};
    const QString lower = trimmed.toLower();
    const qsizetype compressions = lower.count(QStringLiteral("::"));
    if (compressions > 1 || lower.contains(QStringLiteral(":::")))
        return {};
    const QStringList groups = lower.split(QLatin1Char(':'));
    int filled = 0;
    for (const QString &group : groups) {
        if (group.isEmpty())
            continue;
        if (group.size() > 4)
            return {};
        for (QChar c : group) {
            if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                  || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
                return {};
        }
        ++filled;
    }
    if ((compressions == 0 && (filled != 8 || groups.size() != 8)) || (compressions == 1 && filled > 7))
        return {};
    return lower;
}

QString hostname(const QString &text)
{
    return text.trimmed().toLower();
}

QString inventoryNumber(const QString &text)
{
    return withoutWhitespace(text).toUpper();
}

} // namespace IdentifierNormalizer
