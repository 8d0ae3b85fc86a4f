#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

// Text encodings Bestand reads. Windows-1252 is decoded with our own table:
// Qt 6.4's QStringConverter has no Windows-1252 without ICU.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasByteOrderMark = false;
    QChar separator = QLatin1Char(';');

    static QString encodingName(TextEncoding encoding);
};

// Guesses encoding and separator from the first bytes of a file.
class CsvFormatDetector
{
public:
    // sample: the first few hundred KB of the file (or all of a small one).
    static CsvFormat detect(const QByteArray &sample);
};

struct CsvRecord
{
    enum class Problem { None, UnterminatedQuote, TooManyFields, TooFewFields };

    qint64 line = 0; // physical line (1-based) where the record starts
    qint64 lastLine = 0; // physical line where it ends (> line when a quoted field spans lines)
    QStringList fields;
    QString rawText; // the record as decoded, without its final line break
    Problem problem = Problem::None;
    int expectedFieldCount = 0; // the reader's expected count when the record was read, for problemText()

    bool isBlank() const; // no field has any non-whitespace text
    QString problemText() const; // translated description, empty when Problem::None
};

// Streams records from a device in constant memory, whatever the file size.
// RFC 4180 and Excel quoting: doubled quotes, separators and line breaks inside
// quotes, CRLF/LF/CR and mixed line ends, a missing final newline, ragged rows.
// A malformed record is returned with its problem set, and reading goes on.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader(QIODevice *device, const CsvFormat &format);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Records with another field count get TooManyFields/TooFewFields; 0 = no check.
    void setExpectedFieldCount(int count);

    // Bytes read from the device at a time; tests make it tiny to hit chunk borders.
    void setChunkSize(qint64 bytes);

    // A quoted field spanning more physical lines (or more than MaxRecordChars
    // characters) is taken as never closed: the record becomes UnterminatedQuote and
    // reading resumes on the line after the one it started on.
    static constexpr int MaxQuotedLineBreaks = 1000;
    static constexpr qsizetype MaxRecordChars = 1024 * 1024;

    // False at the end of the input (or on a read error, see errorString()).
    bool readRecord(CsvRecord *record);

    // Bytes consumed from the device so far, for progress bars.
    qint64 bytesRead() const;
    QString errorString() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};
