#include "import/importrowsource.h"

#include <QMutexLocker>
#include <QThread>

namespace {
// Rows handed over at once: one lock and wake-up per batch, not per row.
constexpr std::size_t rowsPerBatch = 256;
// Batches read ahead before the reading thread waits for the writer.
constexpr std::size_t batchesAhead = 4;
} // namespace

ImportRowSource::ImportRowSource(CsvReader &reader, const ImportRowMapper &mapper)
    : m_reader(reader)
    , m_mapper(mapper)
{ }

ImportRowSource::~ImportRowSource()
{
    stop();
    if (m_thread)
        m_thread->wait();
}

void ImportRowSource::start()
{
    m_thread.reset(QThread::create([this] { produce(); }));
    m_thread->start();
}

void ImportRowSource::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_changed.wakeAll();
}

bool ImportRowSource::next(std::vector<Row> *rows)
{
    QMutexLocker lock(&m_mutex);
    if (!rows->empty())
        m_used.push_back(std::move(*rows));
    rows->clear();
    while (m_ready.empty() && !m_finished && !m_stopped)
        m_changed.wait(&m_mutex);
    if (m_ready.empty() || m_stopped)
        return false;
    *rows = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.wakeAll();
    return true;
}

std::vector<ImportRowSource::Row> ImportRowSource::readBatch(bool *atEnd)
{
    std::vector<Row> batch;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_used.empty()) {
            batch = std::move(m_used.back());
            m_used.pop_back();
        }
    }
    batch.resize(rowsPerBatch);
    std::size_t count = 0;
    for (; count < rowsPerBatch; ++count) {
        Row &row = batch[count];
        if (!m_reader.readRecord(&row.record)) {
            *atEnd = true;
            break;
        }
        row.bytesRead = m_reader.bytesRead();
        const QStringList &fields = row.record.fields;
        if (row.record.isBlank())
            row.kind = LineKind::Blank;
        else if (m_mapper.isRepeatedHeader(fields))
            row.kind = LineKind::RepeatedHeader;
        else if (m_mapper.isSkipLine(fields))
            row.kind = LineKind::SkipPattern;
        else
            row.kind = LineKind::Data;
        row.mapped = row.kind == LineKind::Data && row.record.problem == CsvRecord::Problem::None
            ? m_mapper.map(fields)
            : MappedRow();
    }
    batch.resize(count);
    return batch;
}

void ImportRowSource::produce()
{
    bool atEnd = false;
    while (!atEnd) {
        std::vector<Row> batch = readBatch(&atEnd);
        QMutexLocker lock(&m_mutex);
        while (m_ready.size() >= batchesAhead && !m_stopped)
            m_changed.wait(&m_mutex);
        if (m_stopped)
            break;
        if (!batch.empty())
            m_ready.push_back(std::move(batch));
        m_changed.wakeAll();
    }
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}
