#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <vector>

#include "import/csvreader.h"
#include "import/importrowmapper.h"

class QThread;

// The reading half of an import, in a thread of its own: reads the records, tells
// data rows from lines that are not data, and maps the data rows, ahead of the
// thread that writes them. So the file is parsed on one core while the database is
// written on another. Only a few batches wait at any time: memory stays constant
// whatever the file's size.
//
// The reader and the mapper belong to this source from start() until next() has
// returned false or the source is destroyed.
class ImportRowSource
{
public:
    // Data, or why a line is not: skipped and counted, never imported.
    enum class LineKind { Data, Blank, RepeatedHeader, SkipPattern };

    struct Row
    {
        CsvRecord record;
        MappedRow mapped; // empty for lines that are not data and for malformed records
        LineKind kind = LineKind::Data;
        qint64 bytesRead = 0; // of the file, after this record
    };

    ImportRowSource(CsvReader &reader, const ImportRowMapper &mapper);
    ~ImportRowSource(); // stops the thread and waits for it
    ImportRowSource(const ImportRowSource &) = delete;
    ImportRowSource &operator=(const ImportRowSource &) = delete;

    void start();
    // The next rows in file order, in place of the previous ones (which go back to
    // the reading thread to be read into again); false once the file is read to its
    // end (or stop() was called). After false without stop() the reader is the
    // caller's again.
    bool next(std::vector<Row> *rows);
    // Ends early (cancel, failure): the thread stops after the batch it is reading.
    void stop();

private:
    void produce();
    std::vector<Row> readBatch(bool *atEnd);

    CsvReader &m_reader;
    const ImportRowMapper &m_mapper;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_changed;
    // Guarded by m_mutex, like the two flags. Used batches come back to be read into
    // again: the reader reuses its field strings, and the rows are freed by the
    // thread that allocated them (glibc's malloc is slow at frees from another thread).
    std::deque<std::vector<Row>> m_ready;
    std::vector<std::vector<Row>> m_used;
    bool m_finished = false; // the thread is done with the reader
    bool m_stopped = false;
};
