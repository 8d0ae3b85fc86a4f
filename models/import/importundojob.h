#pragma once

#include <QObject>
#include <QString>

#include "import/importundo.h"
#include "storage/databasesettings.h"

// Runs one ImportUndo in a worker thread on its own database connection: undoing
// a batch of a million rows must not freeze the window. Move it to a QThread and
// invoke run(); the result arrives as a queued signal. The undo is one
// transaction, so there is nothing half-done to cancel.
class ImportUndoJob : public QObject
{
    Q_OBJECT

public:
    ImportUndoJob(DatabaseSettings settings, qint64 batchId, QString user);

public slots:
    void run();

signals:
    void finished(const ImportUndo::Result &result);

private:
    DatabaseSettings m_settings;
    qint64 m_batchId;
    QString m_user;
};
