#include "import/importbatchesdialog.h"

#include "import/importbatchtablemodel.h"
#include "import/importproblemlist.h"
#include "import/importrejectreader.h"
#include "import/importundorunner.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ImportBatchesDialog::ImportBatchesDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Imports"));
    m_model = new ImportBatchTableModel(database, this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_undo = new QPushButton(tr("Undo this import…"));
    m_undo->setObjectName(QStringLiteral("undoBatchButton"));
    m_undo->setToolTip(tr("Delete the items the import created and restore those it changed, unless they "
                          "were changed since"));
    connect(m_undo, &QPushButton::clicked, this, &ImportBatchesDialog::confirmUndo);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0); // an undo has no steps to count
    m_busy->setVisible(false);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_undo);
    actions->addWidget(m_busy, 1);
    actions->addStretch();
    m_rejects = new ImportProblemList;
    m_rejects->setObjectName(QStringLiteral("batchRejects"));
    m_rejectsTitle = new QLabel;
    auto *rejectsSide = new QWidget;
    auto *rejectsLayout = new QVBoxLayout(rejectsSide);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addWidget(m_rejectsTitle);
    rejectsLayout->addWidget(m_rejects, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(rejectsSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_runner = new ImportUndoRunner(database.settings(), this);
    connect(m_runner, &ImportUndoRunner::finished, this, &ImportBatchesDialog::onUndoFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showRejects();
    });
    resize(1120, 640);
    refresh();
}

ImportBatchesDialog::~ImportBatchesDialog()
{
    m_runner->wait();
}

void ImportBatchesDialog::refresh()
{
    const qint64 current = m_model->batchId(m_view->currentIndex().row());
    QString error;
    if (!m_model->refresh(&error))
        showMessage(error, true);
    m_view->resizeColumnsToContents();
    const int row = current > 0 ? m_model->rowOf(current) : 0;
    // After the reset there is no current row: selecting one shows its rejects.
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(row);
    else
        showRejects();
    updateButtons();
}

void ImportBatchesDialog::showRejects()
{
    // A list with 100,000 rejected rows helps nobody; the rejects file has them all.
    constexpr int shownRejects = 500;
    const int row = m_view->currentIndex().row();
    const qint64 batchId = m_model->batchId(row);
    QList<ImportReject> rejects;
    QString error;
    if (batchId > 0 && !ImportRejectReader::read(m_database, batchId, shownRejects, &rejects, &error))
        showMessage(error, true);
    const qint64 total = m_model->index(row, ImportBatchTableModel::Rejected)
                             .data(ImportBatchTableModel::RawValueRole)
                             .toLongLong();
    m_rejectsTitle->setText(batchId > 0 ? tr("Rejected rows of batch %1:").arg(batchId) : QString());
    m_rejects->showProblems(rejects, {}, batchId > 0 ? total : 0);
}

QString ImportBatchesDialog::message() const
{
    return m_message->text();
}

void ImportBatchesDialog::updateButtons()
{
    m_undo->setEnabled(!m_runner->isRunning() && m_model->canBeUndone(m_view->currentIndex().row()));
}

void ImportBatchesDialog::confirmUndo()
{
    const int row = m_view->currentIndex().row();
    const qint64 batchId = m_model->batchId(row);
    if (batchId <= 0)
        return;
    const QString file = m_model->index(row, ImportBatchTableModel::File).data().toString();
    if (QMessageBox::question(this, tr("Undo import"),
                              tr("Undo import batch %1 (%2)? The items it created are deleted and those it "
                                 "changed get their earlier values back; the history keeps both.")
                                  .arg(batchId)
                                  .arg(file))
        != QMessageBox::Yes)
        return;
    undoBatch(batchId);
}

bool ImportBatchesDialog::undoBatch(qint64 batchId)
{
    if (!m_model->canBeUndone(m_model->rowOf(batchId)) || !m_runner->start(batchId))
        return false;
    m_busy->setVisible(true);
    showMessage(tr("Undoing import batch %1…").arg(batchId), false);
    updateButtons();
    return true;
}

void ImportBatchesDialog::onUndoFinished(qint64 batchId, const ImportUndo::Result &result)
{
    m_busy->setVisible(false);
    showMessage(result.ok ? ImportUndo::summary(batchId, result) : result.error, !result.ok);
    refresh();
    emit undoFinished(result);
}

void ImportBatchesDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void ImportBatchesDialog::done(int result)
{
    // An undo cannot be cancelled; the dialog stays until it has ended.
    if (m_runner->isRunning()) {
        showMessage(tr("The undo is still running; the window can be closed when it has ended."), false);
        return;
    }
    QDialog::done(result);
}
