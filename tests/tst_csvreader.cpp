#include "import/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

Q_DECLARE_METATYPE(TextEncoding)

namespace {
// Chunk sizes that put a chunk border on every byte (a multibyte character, a CRLF,
// a doubled quote, a quoted line break) and the default.
const QList<qint64> ChunkSizes = { 1, 2, 3, 5, 7, 64 * 1024 };

QList<CsvRecord> readAll(const QByteArray &bytes, const CsvFormat &format, qint64 chunkSize = 0,
                         int expectedFieldCount = 0, qint64 *bytesRead = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format);
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    reader.setExpectedFieldCount(expectedFieldCount);
    QList<CsvRecord> records;
    // One record object reused, as the importer does: stored copies must stay intact.
    CsvRecord record;
    while (reader.readRecord(&record))
        records.append(record);
    if (bytesRead)
        *bytesRead = reader.bytesRead();
    return records;
}

CsvFormat utf8Format(QChar separator = QLatin1Char(';'))
{
    CsvFormat format;
    format.encoding = TextEncoding::Utf8;
    format.separator = separator;
    return format;
}

// "a|b|c" -> {"a", "b", "c"}: keeps the data tables readable.
QStringList row(const char *fields)
{
    return QString::fromUtf8(fields).split(QLatin1Char('|'));
}

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> result;
    for (const CsvRecord &record : records)
        result.append(record.fields);
    return result;
}

QList<qint64> linesOf(const QList<CsvRecord> &records)
{
    QList<qint64> result;
    for (const CsvRecord &record : records)
        result.append(record.line);
    return result;
}

QList<qint64> lastLinesOf(const QList<CsvRecord> &records)
{
    QList<qint64> result;
    for (const CsvRecord &record : records)
        result.append(record.lastLine);
    return result;
}

QList<int> problemsOf(const QList<CsvRecord> &records)
{
    QList<int> result;
    for (const CsvRecord &record : records)
        result.append(int(record.problem));
    return result;
}

QByteArray utf16WithBom(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

const QString GermanText = QStringLiteral("Gebäude;Lübz;€\r\nx;y;z\r\n");

QByteArray testDataFile(const QString &name)
{
    QFile file(QStringLiteral(BESTAND_TEST_DATA_DIR "/samples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void windows1252Table();
    void formatOverride();
    void detectUtf8SplitAtSampleEnd();
    void truncatedSequenceAtEnd();
    void separators_data();
    void separators();
    void parse_data();
    void parse();
    void rawTextKeepsOriginalQuoting();
    void blankLines();
    void expectedFieldCount();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void unterminatedQuoteIsBounded();
    void overlongLineIsCut();
    void multibyteCharactersAcrossChunks();
    void bytesReadReachesFileSize();
    void unreadableDevice();
    void samples_data();
    void samples();
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("byteOrderMark");

    const QByteArray utf8 = GermanText.toUtf8();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << TextEncoding::Utf8 << true;
    QTest::newRow("UTF-8 without BOM") << utf8 << TextEncoding::Utf8 << false;
    QTest::newRow("UTF-16LE with BOM")
        << utf16WithBom(GermanText, QStringConverter::Utf16LE) << TextEncoding::Utf16LE << true;
    QTest::newRow("UTF-16BE with BOM")
        << utf16WithBom(GermanText, QStringConverter::Utf16BE) << TextEncoding::Utf16BE << true;
    QTest::newRow("UTF-16LE without BOM")
        << QByteArray(QStringEncoder(QStringConverter::Utf16LE).encode(GermanText)) << TextEncoding::Utf16LE
        << false;
    QTest::newRow("Windows-1252") << QByteArray("Geb\xE4ude;L\xFC"
                                                "bz;\x80\r\nx;y;z\r\n")
                                  << TextEncoding::Windows1252 << false;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, byteOrderMark);

    const CsvFormat format = CsvFormatDetector::detect(bytes);
    QCOMPARE(CsvFormat::encodingName(format.encoding), CsvFormat::encodingName(encoding));
    QCOMPARE(format.hasByteOrderMark, byteOrderMark);
    QCOMPARE(format.separator, QLatin1Char(';'));

    for (qint64 chunkSize : ChunkSizes) {
        const QList<CsvRecord> records = readAll(bytes, format, chunkSize);
        QCOMPARE(fieldsOf(records), (QList<QStringList> { row("Gebäude|Lübz|€"), row("x|y|z") }));
        // The BOM is not a line and not part of the first field.
        QCOMPARE(linesOf(records), (QList<qint64> { 1, 2 }));
    }
}

void TestCsvReader::windows1252Table()
{
    QByteArray bytes;
    for (int byte = 0x80; byte <= 0x9F; ++byte)
        bytes.append(char(byte));
    bytes.append("\xA0\xC4\xD6\xDC\xDF\xE4\xF6\xFC\xFF");
    CsvFormat format = utf8Format();
    format.encoding = TextEncoding::Windows1252;
    const QList<CsvRecord> records = readAll(bytes, format);
    QCOMPARE(records.size(), 1);
    // Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control of the same value.
    const QString expected =
        QStringView(u"€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ\u00A0ÄÖÜßäöüÿ").toString();
    QCOMPARE(records.first().fields.first(), expected);
}

void TestCsvReader::formatOverride()
{
    const QByteArray bytes("Geb\xE4ude;L\xFC"
                           "bz\n");
    QCOMPARE(CsvFormatDetector::detect(bytes).encoding, TextEncoding::Windows1252);

    // The format handed to the reader is used, not a detected one.
    const QList<CsvRecord> asUtf8 = readAll(bytes, utf8Format());
    QCOMPARE(asUtf8.first().fields.first(), QStringView(u"Geb\uFFFDude").toString());
    const QList<CsvRecord> withComma = readAll(bytes, utf8Format(QLatin1Char(',')));
    QCOMPARE(withComma.first().fields.size(), 1);
}

void TestCsvReader::detectUtf8SplitAtSampleEnd()
{
    const QByteArray text = QStringLiteral("Nr;Ort\n1;Lübz\n2;Gebäude\n").toUtf8();
    const qsizetype umlaut = text.indexOf("\xC3\xA4");
    // A sample ending in the middle of "ä" is still UTF-8.
    QCOMPARE(CsvFormatDetector::detect(text.left(umlaut + 1)).encoding, TextEncoding::Utf8);
    // The same lead byte followed by a non-continuation byte is not.
    QCOMPARE(CsvFormatDetector::detect(text.left(umlaut + 1) + "x\n").encoding, TextEncoding::Windows1252);
    // A 4-byte sequence cut after its second byte.
    QCOMPARE(CsvFormatDetector::detect(QByteArray("a;b\n1;\xF0\x9F")).encoding, TextEncoding::Utf8);
}

void TestCsvReader::truncatedSequenceAtEnd()
{
    // A file cut in the middle of a character shows a replacement character, not nothing.
    const QList<QByteArray> inputs { QByteArray("a;b\xC3"), QByteArray("a;b\xE2\x82") };
    for (const QByteArray &input : inputs) {
        for (qint64 chunkSize : ChunkSizes)
            QCOMPARE(fieldsOf(readAll(input, utf8Format(), chunkSize)),
                     QList<QStringList> { row("a|b\uFFFD") });
    }
    CsvFormat utf16 = utf8Format();
    utf16.encoding = TextEncoding::Utf16LE;
    QCOMPARE(fieldsOf(readAll(QByteArray("a\0;\0b\0c", 7), utf16)), QList<QStringList> { row("a|b\uFFFD") });
}

void TestCsvReader::separators_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QChar>("separator");

    QTest::newRow("semicolon with decimal commas")
        << QByteArray("Nr;Name;Preis\n1;PC;927,93\n2;Monitor;1.353,02\n") << QChar(QLatin1Char(';'));
    QTest::newRow("comma, semicolons in quotes")
        << QByteArray("id,name,note\n1,PC,\"a;b\"\n2,Monitor,\"c;d;e\"\n3,Drucker,\n")
        << QChar(QLatin1Char(','));
    QTest::newRow("tab") << QByteArray("id\tname\tnote\n1\tPC\ta,b\n2\tMonitor\tx;y\n")
                         << QChar(QLatin1Char('\t'));
    QTest::newRow("pipe") << QByteArray("id|name|price\n1|PC|9,5\n2|Monitor|3,25\n")
                          << QChar(QLatin1Char('|'));
    QTest::newRow("commas only inside quotes")
        << QByteArray("\"a,b,c\";x\n\"d,e,f\";y\n\"g,h,i\";z\n") << QChar(QLatin1Char(';'));
    QTest::newRow("quoted line break")
        << QByteArray("a,b,c\n1,\"x\ny;z;w\",3\n2,q,r\n") << QChar(QLatin1Char(','));
    QTest::newRow("one column falls back to semicolon")
        << QByteArray("name\nPC\nMonitor\n") << QChar(QLatin1Char(';'));
}

void TestCsvReader::separators()
{
    QFETCH(QByteArray, sample);
    QFETCH(QChar, separator);
    QCOMPARE(CsvFormatDetector::detect(sample).separator, separator);
}

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<qint64>>("lastLines");

    QTest::newRow("LF") << QByteArray("a;b\nc;d\n") << QList<QStringList> { row("a|b"), row("c|d") }
                        << QList<qint64> { 1, 2 } << QList<qint64> { 1, 2 };
    QTest::newRow("CRLF") << QByteArray("a;b\r\nc;d\r\n") << QList<QStringList> { row("a|b"), row("c|d") }
                          << QList<qint64> { 1, 2 } << QList<qint64> { 1, 2 };
    QTest::newRow("CR") << QByteArray("a;b\rc;d\r") << QList<QStringList> { row("a|b"), row("c|d") }
                        << QList<qint64> { 1, 2 } << QList<qint64> { 1, 2 };
    QTest::newRow("mixed line ends") << QByteArray("a;b\r\nc;d\ne;f\rg;h\r\n")
                                     << QList<QStringList> { row("a|b"), row("c|d"), row("e|f"), row("g|h") }
                                     << QList<qint64> { 1, 2, 3, 4 } << QList<qint64> { 1, 2, 3, 4 };
    QTest::newRow("no final line break")
        << QByteArray("a;b\nc;d") << QList<QStringList> { row("a|b"), row("c|d") } << QList<qint64> { 1, 2 }
        << QList<qint64> { 1, 2 };
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\";\"\"\"\"\n")
                                    << QList<QStringList> { row("say \"hi\"|\"") } << QList<qint64> { 1 }
                                    << QList<qint64> { 1 };
    QTest::newRow("separator in quotes")
        << QByteArray("\"a;b\";c\n\"x\";\";\"\n") << QList<QStringList> { row("a;b|c"), row("x|;") }
        << QList<qint64> { 1, 2 } << QList<qint64> { 1, 2 };
    QTest::newRow("quoted LF") << QByteArray("id;note\n1;\"first\nsecond\"\n2;x\n")
                               << QList<QStringList> { row("id|note"), row("1|first\nsecond"), row("2|x") }
                               << QList<qint64> { 1, 2, 4 } << QList<qint64> { 1, 3, 4 };
    // A quoted CRLF or CR becomes "\n" in the field value.
    QTest::newRow("quoted CRLF") << QByteArray("1;\"a\r\nb\"\r\n2;c\r\n")
                                 << QList<QStringList> { row("1|a\nb"), row("2|c") } << QList<qint64> { 1, 3 }
                                 << QList<qint64> { 2, 3 };
    QTest::newRow("quoted CR") << QByteArray("1;\"a\rb\"\r2;c")
                               << QList<QStringList> { row("1|a\nb"), row("2|c") } << QList<qint64> { 1, 3 }
                               << QList<qint64> { 2, 3 };
    QTest::newRow("several quoted line breaks")
        << QByteArray("1;\"a\n\nb\n\";z\n2;x\n") << QList<QStringList> { row("1|a\n\nb\n|z"), row("2|x") }
        << QList<qint64> { 1, 5 } << QList<qint64> { 4, 5 };
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c;5\" Zoll\n") << QList<QStringList> { row("ab\"c|5\" Zoll") }
        << QList<qint64> { 1 } << QList<qint64> { 1 };
    QTest::newRow("text after closing quote")
        << QByteArray("\"abc\"def;x\n\"q\" ;y\n") << QList<QStringList> { row("abcdef|x"), row("q |y") }
        << QList<qint64> { 1, 2 } << QList<qint64> { 1, 2 };
    QTest::newRow("empty fields") << QByteArray(";;\n\"\";x\na;\n")
                                  << QList<QStringList> { row("||"), row("|x"), row("a|") }
                                  << QList<qint64> { 1, 2, 3 } << QList<qint64> { 1, 2, 3 };
    QTest::newRow("separator before end of input")
        << QByteArray("a;") << QList<QStringList> { row("a|") } << QList<qint64> { 1 } << QList<qint64> { 1 };
    QTest::newRow("ragged rows") << QByteArray("a;b;c\nd\ne;f;g;h\n")
                                 << QList<QStringList> { row("a|b|c"), row("d"), row("e|f|g|h") }
                                 << QList<qint64> { 1, 2, 3 } << QList<qint64> { 1, 2, 3 };
    QTest::newRow("UTF-8 text") << QStringLiteral("Gebäude;\"Lübz, 🖨\"\n€;x\n").toUtf8()
                                << QList<QStringList> { row("Gebäude|Lübz, 🖨"), row("€|x") }
                                << QList<qint64> { 1, 2 } << QList<qint64> { 1, 2 };
    QTest::newRow("only line breaks") << QByteArray("\r\n\n") << QList<QStringList> { row(""), row("") }
                                      << QList<qint64> { 1, 2 } << QList<qint64> { 1, 2 };
    QTest::newRow("empty input") << QByteArray() << QList<QStringList> {} << QList<qint64> {}
                                 << QList<qint64> {};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<qint64>, lastLines);

    for (qint64 chunkSize : ChunkSizes) {
        qint64 bytesRead = 0;
        const QList<CsvRecord> records = readAll(input, utf8Format(), chunkSize, 0, &bytesRead);
        QCOMPARE(fieldsOf(records), fields);
        QCOMPARE(linesOf(records), lines);
        QCOMPARE(lastLinesOf(records), lastLines);
        QCOMPARE(problemsOf(records), QList<int>(records.size(), int(CsvRecord::Problem::None)));
        QCOMPARE(bytesRead, input.size());
    }
}

void TestCsvReader::rawTextKeepsOriginalQuoting()
{
    const QByteArray input("\"a \"\"b\"\"\";\"x\r\ny\";z\r\nplain;\"q\"\rlast");
    for (qint64 chunkSize : ChunkSizes) {
        const QList<CsvRecord> records = readAll(input, utf8Format(), chunkSize);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).rawText, QStringLiteral("\"a \"\"b\"\"\";\"x\r\ny\";z"));
        QCOMPARE(records.at(0).fields, row("a \"b\"|x\ny|z"));
        QCOMPARE(records.at(1).rawText, QStringLiteral("plain;\"q\""));
        QCOMPARE(records.at(2).rawText, QStringLiteral("last"));
    }
}

void TestCsvReader::blankLines()
{
    const QByteArray input("a;b\n\n  \n;;\n\t; \nc;d\n");
    const QList<CsvRecord> records = readAll(input, utf8Format(), 0, 2);
    QList<bool> blank;
    for (const CsvRecord &record : records)
        blank.append(record.isBlank());
    QCOMPARE(blank, (QList<bool> { false, true, true, true, true, false }));
    QCOMPARE(linesOf(records), (QList<qint64> { 1, 2, 3, 4, 5, 6 }));
    // The importer skips blank lines; they are no malformed rows.
    QCOMPARE(problemsOf(records), QList<int>(6, int(CsvRecord::Problem::None)));
}

void TestCsvReader::expectedFieldCount()
{
    const QByteArray input("a;b;c\n1;2;3\n1;2\n1;2;3;4\n\"x\ny\";2;3\n");
    const QList<CsvRecord> records = readAll(input, utf8Format(), 0, 3);
    using P = CsvRecord::Problem;
    QCOMPARE(problemsOf(records),
             (QList<int> { int(P::None), int(P::None), int(P::TooFewFields), int(P::TooManyFields),
                           int(P::None) }));
    // The fields are there all the same, for the rejects report.
    QCOMPARE(records.at(2).fields, row("1|2"));
    QCOMPARE(records.at(3).fields, row("1|2|3|4"));
    QCOMPARE(records.at(2).problemText(), QStringLiteral("The row has 2 fields; 3 were expected."));
    QCOMPARE(records.at(3).problemText(), QStringLiteral("The row has 4 fields; 3 were expected."));
    QVERIFY(records.at(1).problemText().isEmpty());
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<int>>("problems");
    QTest::addColumn<QString>("rawText"); // of the unterminated record

    const int ok = int(CsvRecord::Problem::None);
    const int open = int(CsvRecord::Problem::UnterminatedQuote);
    QTest::newRow("unquoted file, quote runs to the end")
        << QByteArray("a;b\n1;\"open;x\n2;y\n3;z\n")
        << QList<QStringList> { row("a|b"), row("1|open;x"), row("2|y"), row("3|z") }
        << QList<qint64> { 1, 2, 3, 4 } << QList<int> { ok, open, ok, ok } << QStringLiteral("1;\"open;x");
    QTest::newRow("quoted file, a later quote closes it")
        << QByteArray("\"1\";\"a\"\r\n\"2\";\"b\r\n\"3\";\"c\"\r\n\"4\";\"d\"\r\n")
        << QList<QStringList> { row("1|a"), row("2|b"), row("3|c"), row("4|d") }
        << QList<qint64> { 1, 2, 3, 4 } << QList<int> { ok, open, ok, ok } << QStringLiteral("\"2\";\"b");
    QTest::newRow("last line") << QByteArray("a;b\n\"x;y") << QList<QStringList> { row("a|b"), row("x;y") }
                               << QList<qint64> { 1, 2 } << QList<int> { ok, open }
                               << QStringLiteral("\"x;y");
    QTest::newRow("after a good multi-line record")
        << QByteArray("1;\"a\nb\"\n2;\"open\n3;c\n")
        << QList<QStringList> { row("1|a\nb"), row("2|open"), row("3|c") } << QList<qint64> { 1, 3, 4 }
        << QList<int> { ok, open, ok } << QStringLiteral("2;\"open");
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<int>, problems);
    QFETCH(QString, rawText);

    for (qint64 chunkSize : ChunkSizes) {
        const QList<CsvRecord> records = readAll(input, utf8Format(), chunkSize);
        QCOMPARE(fieldsOf(records), fields);
        QCOMPARE(linesOf(records), lines);
        QCOMPARE(problemsOf(records), problems);
        for (const CsvRecord &record : records) {
            if (record.problem == CsvRecord::Problem::UnterminatedQuote) {
                QCOMPARE(record.rawText, rawText);
                QCOMPARE(record.lastLine, record.line);
                QCOMPARE(record.problemText(),
                         QStringLiteral("The quoted field starting on this line is never closed."));
            }
        }
    }
}

void TestCsvReader::unterminatedQuoteIsBounded()
{
    // Far more lines than the bound follow the open quote, none with a quote.
    const int goodRows = CsvReader::MaxQuotedLineBreaks * 3;
    QByteArray input("Nr;Bemerkung\n1;\"defekt\n");
    for (int i = 2; i < goodRows + 2; ++i)
        input += QByteArray::number(i) + ";ok\n";

    const QList<CsvRecord> records = readAll(input, utf8Format(), 0, 2);
    QCOMPARE(records.size(), goodRows + 2);
    QCOMPARE(records.at(1).problem, CsvRecord::Problem::UnterminatedQuote);
    QCOMPARE(records.at(1).line, 2);
    for (int i = 2; i < records.size(); ++i) {
        QCOMPARE(records.at(i).problem, CsvRecord::Problem::None);
        QCOMPARE(records.at(i).line, i + 1);
        QCOMPARE(records.at(i).fields.first(), QString::number(i));
    }
}

void TestCsvReader::overlongLineIsCut()
{
    // No CSV line is a megabyte long; a binary file must not make the reader hold all of it.
    const qsizetype length = CsvReader::MaxRecordChars + 10;
    const QByteArray input = QByteArray(length, 'x') + "\na;b\n";
    const QList<CsvRecord> records = readAll(input, utf8Format());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).rawText.size(), CsvReader::MaxRecordChars);
    QCOMPARE(records.at(1).rawText.size(), 10);
    QCOMPARE(records.at(2).fields, row("a|b"));
    QCOMPARE(records.at(2).line, 2);
}

void TestCsvReader::multibyteCharactersAcrossChunks()
{
    // Every chunk size from 1 to 16 puts a border inside "ä" (2 bytes), "€" (3) or "🖨" (4)
    // somewhere, in UTF-8 and in UTF-16 (where "🖨" is a surrogate pair).
    const QString text = QStringLiteral("ä€🖨;\"🖨\r\nä\";€\r\nxä;€🖨\r\n");
    const QList<QStringList> expected { row("ä€🖨|🖨\nä|€"), row("xä|€🖨") };
    const QList<QByteArray> encoded { text.toUtf8(), utf16WithBom(text, QStringConverter::Utf16LE),
                                      utf16WithBom(text, QStringConverter::Utf16BE) };
    for (const QByteArray &bytes : encoded) {
        const CsvFormat format = CsvFormatDetector::detect(bytes);
        for (qint64 chunkSize = 1; chunkSize <= 16; ++chunkSize) {
            const QList<CsvRecord> records = readAll(bytes, format, chunkSize);
            QCOMPARE(fieldsOf(records), expected);
            QCOMPARE(linesOf(records), (QList<qint64> { 1, 3 }));
        }
    }
}

void TestCsvReader::bytesReadReachesFileSize()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray line("\"SIS-2009-000001\";\"Monitor\";\"Fujitsu\";\"B24-8 TE Pro\";\"Gebäude 3\"\r\n");
    for (int i = 0; i < 5000; ++i)
        file.write(line);
    const qint64 size = file.size();
    file.seek(0);

    CsvReader reader(&file, CsvFormatDetector::detect(file.peek(4096)));
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    // Streaming: after the first record only the first chunk is read.
    QVERIFY(reader.bytesRead() > 0);
    QVERIFY(reader.bytesRead() < size);
    int count = 1;
    while (reader.readRecord(&record))
        ++count;
    QCOMPARE(count, 5000);
    QCOMPARE(reader.bytesRead(), size);
    QVERIFY(reader.errorString().isEmpty());
}

void TestCsvReader::unreadableDevice()
{
    QBuffer buffer; // never opened
    CsvReader reader(&buffer, utf8Format());
    CsvRecord record;
    QVERIFY(!reader.readRecord(&record));
    QVERIFY(!reader.errorString().isEmpty());
}

void TestCsvReader::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("physicalLines");

    // Header + data rows; landkreis adds repeated headers, blank lines and a sum row.
    QTest::newRow("sis") << QStringLiteral("sis_inventar") << TextEncoding::Utf8 << true << 2001 << 2008;
    QTest::newRow("landkreis") << QStringLiteral("landkreis_inventar") << TextEncoding::Windows1252 << false
                               << 3012 << 3012;
    QTest::newRow("lizenzen") << QStringLiteral("sis_lizenzen") << TextEncoding::Utf8 << false << 151 << 151;
}

void TestCsvReader::samples()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, byteOrderMark);
    QFETCH(int, records);
    QFETCH(int, physicalLines);

    const QByteArray bytes = testDataFile(file + QStringLiteral(".csv"));
    QVERIFY(!bytes.isEmpty());
    const QJsonObject stats =
        QJsonDocument::fromJson(testDataFile(file + QStringLiteral(".stats.json"))).object();
    const QJsonObject defects = stats.value(QStringLiteral("defects")).toObject();
    QVERIFY(stats.value(QStringLiteral("data_rows")).toInt() > 0);

    const CsvFormat format = CsvFormatDetector::detect(bytes.left(256 * 1024));
    QCOMPARE(CsvFormat::encodingName(format.encoding), CsvFormat::encodingName(encoding));
    QCOMPARE(format.hasByteOrderMark, byteOrderMark);
    QCOMPARE(format.separator, QLatin1Char(';'));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format);
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    const QStringList header = record.fields;
    QVERIFY(header.size() > 10);
    QVERIFY(!header.first().startsWith(QChar(0xFEFF)));
    reader.setExpectedFieldCount(int(header.size()));

    int count = 1;
    int blank = 0;
    int tooMany = 0;
    int tooFew = 0;
    int multiLine = 0;
    while (reader.readRecord(&record)) {
        ++count;
        blank += record.isBlank();
        tooMany += record.problem == CsvRecord::Problem::TooManyFields;
        tooFew += record.problem == CsvRecord::Problem::TooFewFields;
        multiLine += record.lastLine > record.line;
        QVERIFY(record.problem != CsvRecord::Problem::UnterminatedQuote);
    }
    QCOMPARE(count, records);
    QCOMPARE(record.lastLine, physicalLines);
    QVERIFY(count > stats.value(QStringLiteral("data_rows")).toInt());
    QCOMPARE(blank, defects.value(QStringLiteral("blank_line")).toInt());
    QCOMPARE(tooMany, defects.value(QStringLiteral("too_many_fields")).toInt());
    QCOMPARE(tooFew, defects.value(QStringLiteral("too_few_fields")).toInt());
    QCOMPARE(multiLine, defects.value(QStringLiteral("multiline_note")).toInt());
    QCOMPARE(reader.bytesRead(), bytes.size());
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
