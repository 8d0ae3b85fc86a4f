#pragma once

#include <QDialog>

#include "import/importundo.h"

class Database;
class ImportBatchTableModel;
class ImportProblemList;
class ImportUndoRunner;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The imports made so far, newest first, with what became of their rows, and
// Undo for the one selected: a migration can be taken back as a whole long after
// its wizard was closed. The undo runs in a thread of its own.
class ImportBatchesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportBatchesDialog(Database &database, QWidget *parent = nullptr);
    ~ImportBatchesDialog() override;

    void refresh();
    QTableView *view() const { return m_view; }
    // The rejected rows of the selected batch, as kept in the database.
    ImportProblemList *rejects() const { return m_rejects; }
    ImportBatchTableModel *model() const { return m_model; }
    QString message() const;
    // Undoes the batch without asking (the Undo button asks first). False when
    // the batch cannot be undone or an undo runs already.
    bool undoBatch(qint64 batchId);

signals:
    void undoFinished(const ImportUndo::Result &result);

protected:
    void done(int result) override;

private:
    void updateButtons();
    void showRejects();
    void confirmUndo();
    void onUndoFinished(qint64 batchId, const ImportUndo::Result &result);
    void showMessage(const QString &text, bool isError);

    Database &m_database;
    ImportBatchTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ImportProblemList *m_rejects = nullptr;
    QLabel *m_rejectsTitle = nullptr;
    QPushButton *m_undo = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    ImportUndoRunner *m_runner = nullptr;
};
