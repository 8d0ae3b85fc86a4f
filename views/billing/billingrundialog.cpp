#include "billing/billingrundialog.h"

#include "billing/billingcsvwriter.h"
#include "billing/billingstatementpdfwriter.h"
#include "common/readonlytable.h"
#include "common/referencecombobox.h"
#include "common/waitingworker.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace {
// The quarter before today's: what is usually billed next.
QString lastQuarter()
{
    const QDate today = QDate::currentDate();
    const QDate firstOfQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate previous = firstOfQuarter.addMonths(-3);
    return QStringLiteral("%1-Q%2").arg(previous.year()).arg((previous.month() - 1) / 3 + 1);
}

} // namespace

BillingRunDialog::BillingRunDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_period(new QLineEdit(lastQuarter(), this))
    , m_authority(
          new ReferenceComboBox(*m_masterData, MasterDataKind::Authority, tr("all authorities"), this))
    , m_billButton(new QPushButton(tr("&Bill"), this))
    , m_closeButton(new QPushButton(tr("&Close the period…"), this))
    , m_pdfButton(new QPushButton(tr("Statements as &PDF…"), this))
    , m_csvButton(new QPushButton(tr("CSV for &finance…"), this))
    , m_totals(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Billing the authorities"));
    resize(980, 620);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setToolTip(tr("A quarter (2026-Q3), a month (2026-09), a year (2026) or FIRST..LAST."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    ReadOnlyTable::setUp(m_totals,
                         { tr("Authority"), tr("Kind"), tr("Subject"), tr("Rate per month"), tr("Items"),
                           tr("Unit days"), tr("Amount") },
                         2);

    auto *form = new QFormLayout;
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_billButton);
    // A row holding a layout gets no buddy of its own: the label names the field.
    auto *periodLabel = new QLabel(tr("&Period"), this);
    periodLabel->setBuddy(m_period);
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("&Authority"), m_authority);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : { m_pdfButton, m_csvButton, m_closeButton })
        actions->addWidget(button);
    actions->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_totals, 1);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    m_billButton->setDefault(true);
    for (QPushButton *button : { m_pdfButton, m_csvButton, m_closeButton })
        button->setEnabled(false);

    connect(m_billButton, &QPushButton::clicked, this, [this] { bill(false); });
    connect(m_period, &QLineEdit::returnPressed, this, [this] { bill(false); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (!m_outcome)
            return;
        const QString question =
            tr("Close %1 with %2? The run becomes final: it cannot change afterwards, its days are not "
               "billed "
               "again, and rates that would change it are refused.")
                .arg(m_outcome->result.period.code(),
                     BillingStatementPdfWriter::money(m_outcome->result.totalCents, QLocale()));
        if (QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No)
            == QMessageBox::Yes)
            bill(true);
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Statements as PDF"), tr("Statements-%1.pdf").arg(m_outcome->result.period.code()),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(m_csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("CSV for the finance system"), tr("Billing-%1.csv").arg(m_outcome->result.period.code()),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveCsv(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BillingRunDialog::~BillingRunDialog()
{
    // The worker writes through its own connection; the window waits for it.
    if (m_worker)
        m_worker->wait();
}

void BillingRunDialog::showError(const QString &text)
{
    m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
    m_summary->setText(text);
}

void BillingRunDialog::bill(bool closeAfterwards)
{
    if (m_worker)
        return;
    QString error;
    const std::optional<BillingPeriod> period = BillingPeriod::parse(m_period->text().trimmed(), &error);
    if (!period) {
        showError(error);
        return;
    }
    // A quarter at a million devices takes seconds: the run has a connection of its own.
    const qint64 authorityId = m_authority->currentId();
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Billing %1 …").arg(period->code()));
    m_worker = WaitingWorker::read<BillingRunner::Outcome>(
        this, m_database.settings(),
        [period, authorityId, closeAfterwards](Database &database, QString *failure) {
            return BillingRunner(database, {}).run(*period, authorityId, closeAfterwards, {}, failure);
        },
        [this](const std::optional<BillingRunner::Outcome> &outcome, const QString &failure) {
            m_worker = nullptr;
            if (!outcome) {
                showError(failure);
                return;
            }
            m_outcome = outcome;
            showOutcome();
        });
}

void BillingRunDialog::showOutcome()
{
    const BillingResult &result = m_outcome->result;
    const StoredBillingRun &run = m_outcome->run;
    const QLocale locale;
    m_totals->setRowCount(0);
    const auto addRow = [this](const QList<QTableWidgetItem *> &items) {
        ReadOnlyTable::appendRow(m_totals, items);
    };
    for (const qint64 authorityId : result.billedAuthorities()) {
        const QString code = result.authorities.value(authorityId).code;
        for (const BillingTotal &total : result.totals) {
            if (total.authorityId != authorityId)
                continue;
            addRow(
                { ReadOnlyTable::cell(code),
                  ReadOnlyTable::cell(total.kind == BillingKind::Device ? tr("Devices") : tr("Licences")),
                  ReadOnlyTable::cell(total.subject),
                  ReadOnlyTable::cell(total.rateCents
                                          ? BillingStatementPdfWriter::money(*total.rateCents, locale)
                                          : tr("no rate"),
                                      true),
                  ReadOnlyTable::cell(locale.toString(total.lineCount), true),
                  ReadOnlyTable::cell(locale.toString(total.unitDays), true),
                  ReadOnlyTable::cell(BillingStatementPdfWriter::money(total.amountCents, locale), true) });
        }
        addRow(
            { ReadOnlyTable::cell(code, false, true), ReadOnlyTable::cell(tr("Total"), false, true),
              ReadOnlyTable::cell(QString()), ReadOnlyTable::cell(QString()), ReadOnlyTable::cell(QString()),
              ReadOnlyTable::cell(QString()),
              ReadOnlyTable::cell(BillingStatementPdfWriter::money(result.totalCentsOf(authorityId), locale),
                                  true, true) });
    }
    QString text = tr("%1: %2 in %3 lines. Run no. %4 by %5, %6.")
                       .arg(result.period.code(), BillingStatementPdfWriter::money(result.totalCents, locale),
                            locale.toString(result.lineCount))
                       .arg(run.id)
                       .arg(run.runBy, run.closed ? tr("closed by %1").arg(run.closedBy) : tr("open"));
    if (result.unratedLines > 0)
        text += QLatin1Char(' ')
            + tr("%1 lines have no rate and bill nothing.").arg(locale.toString(result.unratedLines));
    if (m_outcome->replacedOpenRun)
        text += QLatin1Char(' ')
            + (m_outcome->changes.isEmpty()
                   ? tr("Nothing changed since the run kept before.")
                   : tr("%1 totals changed since the run kept before.").arg(m_outcome->changes.size()));
    m_summary->setStyleSheet(QString());
    m_summary->setText(text);
    m_pdfButton->setEnabled(true);
    m_csvButton->setEnabled(true);
    m_closeButton->setEnabled(!run.closed);
}

bool BillingRunDialog::savePdf(const QString &path)
{
    QString error;
    if (!m_outcome
        || !BillingStatementPdfWriter::write(m_outcome->result, m_outcome->run, {}, path, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool BillingRunDialog::saveCsv(const QString &path)
{
    QString error;
    BillingCsvWriter writer(path, BillingCsvWriter::Rows::Totals);
    if (!m_outcome || !writer.open(&error) || !writer.finish(m_outcome->result, &error)) {
        showError(error);
        return false;
    }
    return true;
}
