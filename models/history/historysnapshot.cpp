#include "history/historysnapshot.h"

#include <algorithm>

namespace {
bool needsEscaping(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
    });
}

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    // Most values need no escape: appended whole instead of character by character.
    if (!needsEscaping(text)) {
        out += text;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}
} // namespace

void HistorySnapshot::add(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!m_members.isEmpty())
        m_members += QLatin1Char(',');
    appendJsonString(m_members, key);
    m_members += QLatin1Char(':');
    appendJsonString(m_members, value);
}

QString HistorySnapshot::toJson() const
{
    return QLatin1Char('{') + m_members + QLatin1Char('}');
}
