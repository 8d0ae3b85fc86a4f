#pragma once

#include <QAtomicInteger>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include "storage/databasesettings.h"

class Database;
class QThread;

// Keeps checkpoints of the write-ahead log off a connection that must answer fast
// (the GUI's: a scan's commit that crosses SQLite's limit would copy the log with
// fsync, 20-50 ms). start() turns automatic checkpoints off on that connection and
// runs a PASSIVE checkpoint on its own connection in a background thread, every
// interval; stop() (or the destructor) ends the thread and turns them back on.
// Only the owner's thread calls start() and stop().
class WalCheckpointer
{
public:
    explicit WalCheckpointer(Database &database, int intervalMs = 250);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // What the last checkpoint reported: pages in the log, of those copied into
    // the database file; and how many ran (for tests and the benchmark).
    int logPages() const { return m_logPages.loadRelaxed(); }
    int checkpointedPages() const { return m_checkpointedPages.loadRelaxed(); }
    int checkpoints() const { return m_checkpoints.loadRelaxed(); }

private:
    void run(const DatabaseSettings &settings);

    Database &m_database;
    int m_intervalMs;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopRequested = false;
    bool m_openDone = false; // the background connection was tried
    bool m_opened = false;
    QString m_openError;
    QAtomicInteger<int> m_logPages = 0;
    QAtomicInteger<int> m_checkpointedPages = 0;
    QAtomicInteger<int> m_checkpoints = 0;
};
