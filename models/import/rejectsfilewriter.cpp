#include "import/rejectsfilewriter.h"

#include <QStringEncoder>

namespace {
// Windows-1252 code points 0x80–0x9F; the rest of 0x00–0xFF is Latin-1.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

char windows1252Byte(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return char(c);
    for (int i = 0; i < 32; ++i) {
        if (windows1252High[i] == c && c != 0xFFFD)
            return char(0x80 + i);
    }
    return '?';
}
} // namespace

RejectsFileWriter::RejectsFileWriter(const QString &filePath, const CsvFormat &format)
    : m_file(filePath)
    , m_format(format)
{ }

QString RejectsFileWriter::reasonHeader()
{
    return tr("Import problem");
}

QByteArray RejectsFileWriter::encode(const QString &text, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Windows1252: {
        QByteArray bytes;
        bytes.reserve(text.size());
        for (QChar c : text)
            bytes.append(windows1252Byte(c.unicode()));
        return bytes;
    }
    case TextEncoding::Utf16LE: {
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        return encoder.encode(text);
    }
    case TextEncoding::Utf16BE: {
        QStringEncoder encoder(QStringEncoder::Utf16BE);
        return encoder.encode(text);
    }
    case TextEncoding::Utf8:
        break;
    }
    return text.toUtf8();
}

bool RejectsFileWriter::open(const QStringList &header, QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the rejects file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_open = true;
    if (m_format.hasByteOrderMark && m_file.write(encode(QString(QChar(0xFEFF)), m_format.encoding)) < 0) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_fieldCount = header.size();
    QStringList fields = header;
    fields.append(reasonHeader());
    return writeRecord(fields, error);
}

bool RejectsFileWriter::write(const QStringList &fields, const QString &reason, QString *error)
{
    QStringList record = fields;
    while (record.size() < m_fieldCount)
        record.append(QString());
    record.append(reason);
    return writeRecord(record, error);
}

bool RejectsFileWriter::writeRecord(const QStringList &fields, QString *error)
{
    QString line;
    const QChar separator = m_format.separator;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(separator);
        const QString &field = fields.at(i);
        if (field.contains(separator) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            QString quoted = field;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
        } else {
            line.append(field);
        }
    }
    line.append(QLatin1String("\r\n"));
    if (m_file.write(encode(line, m_format.encoding)) < 0) {
        if (error)
            *error = tr("Cannot write the rejects file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool RejectsFileWriter::commit(QString *error)
{
    if (!m_open)
        return true;
    m_open = false;
    if (!m_file.commit()) {
        if (error)
            *error = tr("Cannot write the rejects file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void RejectsFileWriter::cancel()
{
    if (m_open)
        m_file.cancelWriting();
    m_open = false;
}
