#include "audits/auditscanfile.h"

#include <QFile>
#include <QStringDecoder>

namespace {
QString decode(const QByteArray &content)
{
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Older cradles write the Windows code page; Latin-1 reads the letters that matter here.
    return QString::fromLatin1(bytes);
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}
} // namespace

QDateTime AuditScanFile::parseTimestamp(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QStringList formats = {
        QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("dd.MM.yyyy HH:mm:ss"), QStringLiteral("dd.MM.yyyy HH:mm"),
    };
    for (const QString &format : formats) {
        QDateTime dateTime = QDateTime::fromString(trimmed, format);
        if (dateTime.isValid())
            return dateTime;
    }
    // With an offset or Z, e.g. from a scanner that knows its time zone.
    return QDateTime::fromString(trimmed, Qt::ISODate);
}

void AuditScanFile::parse(const QByteArray &content, QList<AuditScanLine> *lines,
                          QList<AuditScanFileProblem> *problems)
{
    const QString text = decode(content);
    const QStringList physical = text.split(QLatin1Char('\n'));
    bool first = true;
    for (qsizetype index = 0; index < physical.size(); ++index) {
        QString raw = physical.at(index);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        const qint64 lineNo = index + 1;
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const bool header = first && trimmed.startsWith(QLatin1String("code"), Qt::CaseInsensitive);
        first = false;
        if (header)
            continue;
        QChar separator = QLatin1Char(';');
        if (!raw.contains(separator))
            separator = raw.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
        const QStringList fields = raw.split(separator);
        auto problem = [&](const QString &reason) {
            problems->append({ lineNo, reason, raw });
        };
        if (fields.size() > 3) {
            problem(tr("Too many fields: expected CODE;TIMESTAMP;ROOM."));
            continue;
        }
        AuditScanLine line;
        line.lineNo = lineNo;
        line.code = fields.at(0).trimmed();
        if (line.code.isEmpty()) {
            problem(tr("The code is empty."));
            continue;
        }
        if (hasControlCharacters(line.code) || line.code.contains(QChar::ReplacementCharacter)) {
            problem(tr("The code contains unreadable characters."));
            continue;
        }
        if (fields.size() > 1 && !fields.at(1).trimmed().isEmpty()) {
            line.scannedAt = parseTimestamp(fields.at(1));
            if (!line.scannedAt.isValid()) {
                problem(tr("The timestamp %1 is not a date and time (use 2026-11-25T10:15:00).")
                            .arg(fields.at(1).trimmed()));
                continue;
            }
        }
        if (fields.size() > 2)
            line.room = fields.at(2).trimmed();
        lines->append(line);
    }
}

bool AuditScanFile::read(const QString &path, QList<AuditScanLine> *lines,
                         QList<AuditScanFileProblem> *problems, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    parse(file.readAll(), lines, problems);
    return true;
}
