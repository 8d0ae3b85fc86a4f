// libFuzzer target: the CSV reader must neither crash nor break its own promises
// on any bytes. Built only with -DBESTAND_FUZZ=ON and clang (tests/fuzz/CMakeLists.txt).
#include "import/csvreader.h"

#include <QBuffer>

#include <array>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void readAll(const QByteArray &bytes, const CsvFormat &format, qint64 chunkSize, int expectedFieldCount)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format);
    reader.setChunkSize(chunkSize);
    reader.setExpectedFieldCount(expectedFieldCount);
    CsvRecord record;
    qint64 previousLastLine = 1;
    qint64 records = 0;
    while (reader.readRecord(&record)) {
        ++records;
        check(record.line >= previousLastLine);
        check(record.lastLine >= record.line);
        check(record.lastLine - record.line <= CsvReader::MaxQuotedLineBreaks);
        check(!record.fields.isEmpty());
        check(record.rawText.size() <= CsvReader::MaxRecordChars);
        check(record.problemText().isEmpty() == (record.problem == CsvRecord::Problem::None));
        check(reader.bytesRead() <= bytes.size());
        previousLastLine = record.lastLine;
    }
    check(reader.errorString().isEmpty());
    check(reader.bytesRead() == bytes.size());
    // Every record but a cut-off over-long line uses at least one byte.
    check(records <= bytes.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 smallChunk = size > 0 ? 1 + data[0] % 16 : 1;
    const int expectedFieldCount = size > 1 ? data[1] % 8 : 0;

    const CsvFormat detected = CsvFormatDetector::detect(bytes);
    readAll(bytes, detected, 64 * 1024, expectedFieldCount);
    readAll(bytes, detected, smallChunk, 0);

    const std::array<TextEncoding, 4> encodings = { TextEncoding::Utf8, TextEncoding::Utf16LE,
                                                    TextEncoding::Utf16BE, TextEncoding::Windows1252 };
    const std::array<char, 4> separators = { ';', ',', '\t', '|' };
    for (TextEncoding encoding : encodings) {
        for (char separator : separators) {
            CsvFormat format;
            format.encoding = encoding;
            format.separator = QLatin1Char(separator);
            readAll(bytes, format, smallChunk, expectedFieldCount);
        }
    }
    return 0;
}
