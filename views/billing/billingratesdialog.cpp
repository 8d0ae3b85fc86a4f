#include "billing/billingratesdialog.h"

#include "billing/billingratecsv.h"
#include "billing/billingrateeditdialog.h"
#include "billing/billingraterepository.h"
#include "billing/billingratetablemodel.h"
#include "masterdata/masterdatarepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

BillingRatesDialog::BillingRatesDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_model(new BillingRateTableModel(database, this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Billing rates"));
    resize(900, 520);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *add = new QPushButton(tr("&New…"), this);
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { add, m_edit, m_remove, importButton, exportButton })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("A price per month for each device of a category or each seat of a licence "
                      "product, from a day on; a rate for one authority replaces the general one "
                      "for it."),
                   this));
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    add->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove->setShortcut(QKeySequence::Delete);
    connect(add, &QPushButton::clicked, this, &BillingRatesDialog::newRate);
    connect(m_edit, &QPushButton::clicked, this, &BillingRatesDialog::editCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &BillingRatesDialog::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const BillingRate rate = m_model->rate(m_view->currentIndex().row());
        if (rate.id == 0)
            return;
        const QString text =
            tr("Delete the rate for %1 valid from %2?")
                .arg(rate.subjectName, QLocale().toString(rate.validFrom, QLocale::ShortFormat));
        if (QMessageBox::question(this, windowTitle(), text) == QMessageBox::Yes)
            removeCurrent();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import billing rates"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export billing rates"),
                                         QStringLiteral("Verrechnungssaetze.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const bool selected = m_view->currentIndex().isValid();
        m_edit->setEnabled(selected);
        m_remove->setEnabled(selected);
    });
    reload();
}

BillingRatesDialog::~BillingRatesDialog() = default;

void BillingRatesDialog::reload(qint64 selectRateId)
{
    QString error;
    if (!m_model->reload(&error))
        showMessage(error, true);
    const int row = selectRateId ? m_model->rowOf(selectRateId) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    const bool selected = m_view->currentIndex().isValid();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void BillingRatesDialog::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
}

bool BillingRatesDialog::save(const BillingRate &edited)
{
    BillingRate rate = edited;
    BillingRateRepository repository(m_database, ChangeContext {});
    QString error;
    const bool saved = rate.id ? repository.update(rate, &error) : repository.insert(rate, &error);
    if (!saved) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Saved."), false);
    reload(rate.id);
    return true;
}

void BillingRatesDialog::newRate()
{
    BillingRate rate;
    // A new rate usually follows the selected one: same subject, a later day.
    const BillingRate current = m_model->rate(m_view->currentIndex().row());
    if (current.id) {
        rate = current;
        rate.id = 0;
        rate.rowVersion = 0;
        rate.validFrom = QDate::currentDate();
        rate.note.clear();
    }
    BillingRateEditDialog dialog(*m_masterData, rate, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (save(dialog.rate()))
            return;
    }
}

void BillingRatesDialog::editCurrent()
{
    const BillingRate rate = m_model->rate(m_view->currentIndex().row());
    if (rate.id == 0)
        return;
    BillingRateEditDialog dialog(*m_masterData, rate, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (save(dialog.rate()))
            return;
    }
}

void BillingRatesDialog::removeCurrent()
{
    const BillingRate rate = m_model->rate(m_view->currentIndex().row());
    if (rate.id == 0)
        return;
    QString error;
    if (!BillingRateRepository(m_database, ChangeContext {}).remove(rate.id, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Deleted."), false);
    reload();
}

void BillingRatesDialog::importCsv(const QString &path)
{
    const BillingRateCsv::ImportResult result =
        BillingRateCsv::importFrom(m_database, path, ChangeContext {}, false);
    if (!result.ok) {
        showMessage(tr("Nothing was imported: %1").arg(result.error), true);
        return;
    }
    QString text = tr("%1 rows: %2 created, %3 updated, %4 unchanged, %5 rejected.")
                       .arg(result.rows)
                       .arg(result.created)
                       .arg(result.updated)
                       .arg(result.unchanged)
                       .arg(result.rejected.size());
    for (const BillingRateCsv::Rejected &rejected : result.rejected.mid(0, 5))
        text += QLatin1Char('\n')
            + tr("Line %1, column %2: %3").arg(rejected.line).arg(rejected.column, rejected.reason);
    if (result.rejected.size() > 5)
        text += QLatin1Char('\n') + tr("… and %1 more rejected rows.").arg(result.rejected.size() - 5);
    showMessage(text, !result.rejected.isEmpty());
    reload();
}

void BillingRatesDialog::exportCsv(const QString &path)
{
    QString error;
    if (!BillingRateCsv::exportTo(m_database, path, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("%1 rates written to %2.").arg(m_model->rowCount()).arg(path), false);
}
