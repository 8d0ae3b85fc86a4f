#pragma once

#include <QObject>

#include "import/importundo.h"
#include "storage/databasesettings.h"

class QThread;

// Runs one ImportUndoJob at a time in a thread of its own for a window, so the
// window stays responsive while a migration is taken back. The undo is one
// transaction with nothing half-done to cancel: destroying the runner waits for it.
class ImportUndoRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportUndoRunner(DatabaseSettings settings, QObject *parent = nullptr);
    ~ImportUndoRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False when an undo runs already.
    bool start(qint64 batchId);
    // Blocks until a running undo has ended (its result is still delivered).
    void wait();

signals:
    void finished(qint64 batchId, const ImportUndo::Result &result);

private:
    void onJobFinished(const ImportUndo::Result &result);

    DatabaseSettings m_settings;
    QThread *m_thread = nullptr;
    qint64 m_batchId = 0;
};
