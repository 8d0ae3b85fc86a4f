#include "import/csvreader.h"

#include <QBuffer>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

namespace {

constexpr qint64 DefaultChunkSize = 64 * 1024;
// Separator detection looks at this many records of the sample.
constexpr int DetectionRecords = 50;

// 0x80-0x9F of Windows-1252. The five bytes Windows leaves undefined map to the C1
// control of the same value, as the WHATWG encoding standard does: nothing is lost,
// so a rejects file written back in Windows-1252 gets the original byte again.
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

constexpr std::array<char16_t, 256> makeWindows1252Table()
{
    std::array<char16_t, 256> table {};
    for (int byte = 0; byte < 256; ++byte)
        table[byte] = (byte >= 0x80 && byte < 0xA0) ? Windows1252High[byte - 0x80] : char16_t(byte);
    return table;
}

constexpr std::array<char16_t, 256> Windows1252Table = makeWindows1252Table();

// A multibyte sequence cut off by the end of the sample still counts as valid:
// the sample is usually the first part of a bigger file.
bool isUtf8(const QByteArray &sample)
{
    const auto *p = reinterpret_cast<const unsigned char *>(sample.constData());
    const auto *end = p + sample.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            min = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            max = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        ++p;
        for (int i = 0; i < continuation; ++i, ++p) {
            if (p == end)
                return true;
            const unsigned char lower = i == 0 ? min : 0x80;
            const unsigned char upper = i == 0 ? max : 0xBF;
            if (*p < lower || *p > upper)
                return false;
        }
    }
    return true;
}

// UTF-16 without a byte order mark shows itself by a zero byte in every other
// position (the text of a CSV file is mostly Latin).
std::optional<TextEncoding> utf16WithoutBom(const QByteArray &sample)
{
    const qsizetype size = std::min<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    if (size < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < size; i += 2) {
        evenZeros += sample.at(i) == 0;
        oddZeros += sample.at(i + 1) == 0;
    }
    const qsizetype units = size / 2;
    if (oddZeros * 10 >= units * 7 && evenZeros * 20 <= units)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 >= units * 7 && oddZeros * 20 <= units)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

QStringConverter::Encoding qtEncoding(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextEncoding::Utf8:
    case TextEncoding::Windows1252:
        break;
    }
    return QStringConverter::Utf8;
}

// Copies into a string the caller may reuse: no allocation once it is big enough.
void assign(QString &target, const char16_t *text, qsizetype length)
{
    target.resize(length);
    if (length > 0)
        std::memcpy(static_cast<void *>(target.data()), text, size_t(length) * sizeof(char16_t));
}

QString &fieldAt(QStringList &fields, qsizetype index)
{
    if (index < fields.size())
        return fields[index];
    fields.append(QString());
    return fields.last();
}

// Knows whether the input ended in the middle of a multibyte sequence, which
// QStringDecoder would drop without a trace.
class Decoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    bool hasIncompleteSequence() const { return state.remainingChars > 0; }
};

bool isLineBreak(char16_t c)
{
    return c == u'\r' || c == u'\n';
}

// The scans of the hot loop: most characters are above every special one, so
// they cost a single comparison.
const char16_t *findQuoteOrLineBreak(const char16_t *p, const char16_t *end)
{
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c > u'"')
            continue;
        if (c == u'"' || c == u'\r' || c == u'\n')
            break;
    }
    return p;
}

const char16_t *findSeparatorOrLineBreak(const char16_t *p, const char16_t *end, char16_t separator)
{
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c > u'\r' && c != separator)
            continue;
        if (c == separator || c == u'\r' || c == u'\n')
            break;
    }
    return p;
}

// The first piece of a field replaces the reused string's old text, later ones append.
void appendPiece(QString &field, bool *started, const char16_t *begin, const char16_t *end)
{
    if (*started) {
        field.append(reinterpret_cast<const QChar *>(begin), end - begin);
    } else {
        assign(field, begin, end - begin);
        *started = true;
    }
}

bool isBlankText(const char16_t *begin, const char16_t *end)
{
    return std::all_of(begin, end, [](char16_t c) { return QChar(c).isSpace(); });
}

} // namespace

QString CsvFormat::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

CsvFormat CsvFormatDetector::detect(const QByteArray &sample)
{
    CsvFormat format;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        format.encoding = TextEncoding::Utf8;
        format.hasByteOrderMark = true;
    } else if (sample.startsWith("\xFF\xFE")) {
        format.encoding = TextEncoding::Utf16LE;
        format.hasByteOrderMark = true;
    } else if (sample.startsWith("\xFE\xFF")) {
        format.encoding = TextEncoding::Utf16BE;
        format.hasByteOrderMark = true;
    } else if (const auto utf16 = utf16WithoutBom(sample)) {
        format.encoding = *utf16;
    } else {
        format.encoding = isUtf8(sample) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }

    // The separator that splits the first records into the same number (> 1) of
    // fields most often wins; the real reader does the counting, so separators in
    // quotes are not counted. When two are about as consistent, more fields win:
    // a decimal comma in every row of a ';' file splits each row in two, too.
    const std::array<QChar, 4> candidates = { QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'),
                                              QLatin1Char('|') };
    double bestConsistency = 0;
    qsizetype bestFieldCount = 1;
    for (QChar separator : candidates) {
        QBuffer buffer;
        buffer.setData(sample);
        buffer.open(QIODevice::ReadOnly);
        CsvFormat candidate = format;
        candidate.separator = separator;
        CsvReader reader(&buffer, candidate);
        std::vector<qsizetype> counts;
        CsvRecord record;
        int read = 0;
        while (read <= DetectionRecords && reader.readRecord(&record)) {
            ++read;
            if (record.problem == CsvRecord::Problem::None && !record.isBlank())
                counts.push_back(record.fields.size());
        }
        // The last record of a cut-off sample may be incomplete.
        if (read <= DetectionRecords && counts.size() > 1 && record.problem == CsvRecord::Problem::None
            && !record.isBlank())
            counts.pop_back();
        if (counts.empty())
            continue;
        std::map<qsizetype, qsizetype> frequency;
        for (qsizetype count : counts)
            ++frequency[count];
        const auto mode =
            std::max_element(frequency.begin(), frequency.end(), [](const auto &a, const auto &b) {
                return a.second < b.second || (a.second == b.second && a.first < b.first);
            });
        if (mode->first < 2)
            continue;
        const double consistency = double(mode->second) / double(counts.size());
        const bool clearlyBetter = consistency > bestConsistency + 0.1;
        const bool aboutAsGood = consistency >= bestConsistency - 0.1 && mode->first > bestFieldCount;
        if (clearlyBetter || aboutAsGood) {
            bestConsistency = consistency;
            bestFieldCount = mode->first;
            format.separator = separator;
        }
    }
    return format;
}

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) {
        return isBlankText(reinterpret_cast<const char16_t *>(field.constData()),
                           reinterpret_cast<const char16_t *>(field.constData()) + field.size());
    });
}

QString CsvRecord::problemText() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::UnterminatedQuote:
        return CsvReader::tr("The quoted field starting on this line is never closed.");
    case Problem::TooManyFields:
    case Problem::TooFewFields:
        if (expectedFieldCount > 0)
            return CsvReader::tr("The row has %1 fields; %2 were expected.")
                .arg(fields.size())
                .arg(expectedFieldCount);
        return problem == Problem::TooManyFields ? CsvReader::tr("The row has too many fields.")
                                                 : CsvReader::tr("The row has too few fields.");
    }
    return {};
}

class CsvReader::Private
{
public:
    enum class Scan { Complete, NeedMore, Unterminated };
    struct Result
    {
        Scan scan = Scan::Complete;
        bool inQuotes = false; // for NeedMore: stopped inside a quoted field
        const char16_t *end = nullptr; // for Complete: where the record's line break starts
        const char16_t *next = nullptr; // for Complete: where the next record starts
        qint64 lineBreaks = 0; // line breaks inside quotes
    };

    Private(QIODevice *device, const CsvFormat &format)
        : m_device(device)
        , m_format(format)
        , m_decoder(qtEncoding(format.encoding))
        , m_useTable(format.encoding == TextEncoding::Windows1252)
    { }

    bool read(CsvRecord *record);
    Result parse(const char16_t *begin, const char16_t *end, bool final, QStringList &fields) const;
    void finish(CsvRecord *record, const char16_t *begin, const char16_t *end, qint64 lineBreaks,
                CsvRecord::Problem problem) const;
    const char16_t *recoverFromUnterminatedQuote(CsvRecord *record, const char16_t *begin,
                                                 const char16_t *end);
    bool fill();
    void decode(const char *bytes, qsizetype size);

    QIODevice *m_device;
    CsvFormat m_format;
    Decoder m_decoder;
    bool m_useTable;
    QByteArray m_chunk;
    // Decoded text from the start of the current record on: one chunk plus at most
    // one record (which is bounded by MaxRecordChars), so memory stays constant.
    std::vector<char16_t> m_text;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qint64 m_chunkSize = DefaultChunkSize;
    int m_expectedFieldCount = 0;
    bool m_atEnd = false;
    QString m_error;
};

// Parses one record from begin. Without final, running into end when the outcome
// depends on what follows (end of a field, a quote that may be doubled, a CR that
// may be followed by LF) returns NeedMore, and the caller parses again with more text.
CsvReader::Private::Result CsvReader::Private::parse(const char16_t *begin, const char16_t *end, bool final,
                                                     QStringList &fields) const
{
    const char16_t separator = m_format.separator.unicode();
    const char16_t *p = begin;
    qsizetype count = 0;
    Result result;
    const auto needMore = [&](bool inQuotes) {
        result.scan = Scan::NeedMore;
        result.inQuotes = inQuotes;
        return result;
    };
    for (;;) {
        QString &field = fieldAt(fields, count++);
        if (p < end && *p == u'"') {
            const qint64 breaksBefore = result.lineBreaks;
            const char16_t *segment = ++p;
            bool started = false;
            for (;;) {
                p = findQuoteOrLineBreak(p, end);
                if (p == end) {
                    if (!final)
                        return needMore(true);
                    appendPiece(field, &started, segment, p);
                    fields.resize(count);
                    result.scan = Scan::Unterminated;
                    return result;
                }
                if (*p == u'"') {
                    if (p + 1 == end && !final)
                        return needMore(true);
                    if (p + 1 < end && p[1] == u'"') {
                        appendPiece(field, &started, segment, p + 1);
                        p += 2;
                        segment = p;
                        continue;
                    }
                    appendPiece(field, &started, segment, p);
                    ++p;
                    break;
                }
                // A line break inside quotes belongs to the field. CRLF and a lone CR
                // become "\n" in the value, so a multi-line note reads the same whatever
                // system wrote it; rawText keeps the original bytes.
                if (*p == u'\r') {
                    if (p + 1 == end && !final)
                        return needMore(true);
                    appendPiece(field, &started, segment, p);
                    field.append(QLatin1Char('\n'));
                    p += (p + 1 < end && p[1] == u'\n') ? 2 : 1;
                    segment = p;
                } else {
                    ++p;
                }
                if (++result.lineBreaks > CsvReader::MaxQuotedLineBreaks) {
                    result.scan = Scan::Unterminated;
                    return result;
                }
            }
            // Excel keeps text between a closing quote and the separator ("abc"def).
            const char16_t *trailing = p;
            p = findSeparatorOrLineBreak(p, end, separator);
            if (p == end && !final)
                return needMore(false);
            if (p != trailing) {
                // After a field that spans lines, such text means the quote that
                // opened it was never closed and a later line's quote was taken for
                // the closing one: report the first line rather than eat good rows.
                if (result.lineBreaks > breaksBefore && !isBlankText(trailing, p)) {
                    result.scan = Scan::Unterminated;
                    return result;
                }
                field.append(reinterpret_cast<const QChar *>(trailing), p - trailing);
            }
        } else {
            // A quote inside an unquoted field is an ordinary character, as in Excel.
            const char16_t *start = p;
            p = findSeparatorOrLineBreak(p, end, separator);
            if (p == end && !final)
                return needMore(false);
            assign(field, start, p - start);
        }

        if (p < end && *p == separator) {
            ++p;
            continue;
        }
        if (p < end && *p == u'\r' && p + 1 == end && !final)
            return needMore(false);
        result.end = p;
        if (p < end)
            p += (*p == u'\r' && p + 1 < end && p[1] == u'\n') ? 2 : 1;
        result.next = p;
        fields.resize(count);
        return result;
    }
}

void CsvReader::Private::finish(CsvRecord *record, const char16_t *begin, const char16_t *end,
                                qint64 lineBreaks, CsvRecord::Problem problem) const
{
    record->line = m_line;
    record->lastLine = m_line + lineBreaks;
    assign(record->rawText, begin, end - begin);
    record->expectedFieldCount = m_expectedFieldCount;
    record->problem = problem;
    if (problem == CsvRecord::Problem::None && m_expectedFieldCount > 0
        && record->fields.size() != m_expectedFieldCount && !record->isBlank()) {
        record->problem = record->fields.size() > m_expectedFieldCount ? CsvRecord::Problem::TooManyFields
                                                                       : CsvRecord::Problem::TooFewFields;
    }
}

// The record becomes its first physical line only, its open quote running to the
// end of that line; the following lines are parsed again as records of their own.
const char16_t *CsvReader::Private::recoverFromUnterminatedQuote(CsvRecord *record, const char16_t *begin,
                                                                 const char16_t *end)
{
    const char16_t *lineEnd = std::find_if(begin, end, isLineBreak);
    parse(begin, lineEnd, true, record->fields);
    finish(record, begin, lineEnd, 0, CsvRecord::Problem::UnterminatedQuote);
    const char16_t *next = lineEnd;
    if (next < end)
        next += (*next == u'\r' && next + 1 < end && next[1] == u'\n') ? 2 : 1;
    return next;
}

bool CsvReader::Private::read(CsvRecord *record)
{
    if (!m_error.isEmpty())
        return false;
    for (;;) {
        const char16_t *text = m_text.data();
        const char16_t *begin = text + m_start;
        const char16_t *end = text + m_end;
        if (begin == end) {
            if (m_atEnd)
                return false;
            if (!fill())
                return false;
            continue;
        }
        Result result = parse(begin, end, m_atEnd, record->fields);
        if (result.scan == Scan::NeedMore) {
            if (end - begin < CsvReader::MaxRecordChars) {
                if (!fill())
                    return false;
                continue;
            }
            if (!result.inQuotes) {
                // A line this long is no CSV record; cutting it keeps memory bounded.
                const char16_t *cut = begin + CsvReader::MaxRecordChars;
                parse(begin, cut, true, record->fields);
                finish(record, begin, cut, 0, CsvRecord::Problem::None);
                m_start = cut - text;
                return true;
            }
            result.scan = Scan::Unterminated;
        }
        if (result.scan == Scan::Unterminated) {
            m_start = recoverFromUnterminatedQuote(record, begin, end) - text;
            ++m_line;
            return true;
        }
        finish(record, begin, result.end, result.lineBreaks, CsvRecord::Problem::None);
        m_start = result.next - text;
        m_line = record->lastLine + 1;
        return true;
    }
}

bool CsvReader::Private::fill()
{
    if (m_start > 0) {
        std::copy(m_text.begin() + m_start, m_text.begin() + m_end, m_text.begin());
        m_end -= m_start;
        m_start = 0;
    }
    if (!m_device || !m_device->isReadable()) {
        m_error = CsvReader::tr("The file is not open for reading.");
        return false;
    }
    m_chunk.resize(m_chunkSize);
    const qint64 size = m_device->read(m_chunk.data(), m_chunkSize);
    if (size < 0) {
        m_error = m_device->errorString();
        return false;
    }
    if (size == 0) {
        // A pipe may just have nothing yet; a file or buffer is at its end.
        if (m_device->isSequential() && m_device->waitForReadyRead(-1))
            return true;
        m_atEnd = true;
        if (!m_useTable && m_decoder.hasIncompleteSequence()) {
            if (qsizetype(m_text.size()) <= m_end)
                m_text.resize(m_end + 1);
            m_text[m_end++] = QChar::ReplacementCharacter;
        }
        return true;
    }
    m_bytesRead += size;
    decode(m_chunk.constData(), size);
    return true;
}

void CsvReader::Private::decode(const char *bytes, qsizetype size)
{
    const qsizetype needed = m_end + (m_useTable ? size : m_decoder.requiredSpace(size));
    if (qsizetype(m_text.size()) < needed)
        m_text.resize(std::max<qsizetype>(needed, qsizetype(m_text.size()) * 3 / 2));
    char16_t *out = m_text.data() + m_end;
    if (m_useTable) {
        const auto *in = reinterpret_cast<const unsigned char *>(bytes);
        for (qsizetype i = 0; i < size; ++i)
            out[i] = Windows1252Table[in[i]];
        m_end += size;
    } else {
        // The decoder keeps the state of a sequence split across chunks and drops
        // an initial byte order mark, so a BOM is not part of line 1.
        QChar *written =
            m_decoder.appendToBuffer(reinterpret_cast<QChar *>(out), QByteArrayView(bytes, size));
        m_end = reinterpret_cast<char16_t *>(written) - m_text.data();
    }
}

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format)
    : d(std::make_unique<Private>(device, format))
{ }

CsvReader::~CsvReader() = default;

void CsvReader::setExpectedFieldCount(int count)
{
    d->m_expectedFieldCount = std::max(0, count);
}

void CsvReader::setChunkSize(qint64 bytes)
{
    d->m_chunkSize = std::max<qint64>(1, bytes);
}

bool CsvReader::readRecord(CsvRecord *record)
{
    return d->read(record);
}

qint64 CsvReader::bytesRead() const
{
    return d->m_bytesRead;
}

QString CsvReader::errorString() const
{
    return d->m_error;
}
