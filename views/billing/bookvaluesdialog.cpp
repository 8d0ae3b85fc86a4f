#include "billing/bookvaluesdialog.h"

#include "billing/billingstatementpdfwriter.h"
#include "common/readonlytable.h"
#include "common/referencecombobox.h"
#include "common/waitingworker.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

BookValuesDialog::BookValuesDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_date(new QDateEdit(QDate(QDate::currentDate().year() - 1, 12, 31), this))
    , m_authority(
          new ReferenceComboBox(*m_masterData, MasterDataKind::Authority, tr("all authorities"), this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Book values"));
    resize(900, 560);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    ReadOnlyTable::setUp(m_table,
                         { tr("Authority"), tr("Category"), tr("Devices"), tr("Acquisition value"),
                           tr("Depreciation"), tr("Book value") },
                         1);

    auto *calculateButton = new QPushButton(tr("&Calculate"), this);
    calculateButton->setDefault(true);
    auto *form = new QFormLayout;
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(calculateButton);
    dateRow->addStretch(1);
    auto *dateLabel = new QLabel(tr("&Reporting date"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("&Owner"), m_authority);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(calculateButton, &QPushButton::clicked, this, &BookValuesDialog::calculate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BookValuesDialog::~BookValuesDialog()
{
    if (m_worker)
        m_worker->wait();
}

void BookValuesDialog::calculate()
{
    if (m_worker)
        return;
    const QDate date = m_date->date();
    const qint64 authorityId = m_authority->currentId();
    m_summary->setText(tr("Calculating …"));
    m_worker = WaitingWorker::read<BookValueCalculator::Report>(
        this, m_database.settings(),
        [date, authorityId](Database &database, QString *failure) {
            return BookValueCalculator(database).run(date, authorityId, failure);
        },
        [this](const std::optional<BookValueCalculator::Report> &report, const QString &failure) {
            m_worker = nullptr;
            m_report = report;
            if (!m_report) {
                m_table->setRowCount(0);
                m_summary->setText(failure);
                return;
            }
            showReport();
        });
}

void BookValuesDialog::showReport()
{
    const QLocale locale;
    const auto money = [&locale](qint64 cents) {
        return BillingStatementPdfWriter::money(cents, locale);
    };
    m_table->setRowCount(0);
    const auto addRows = [&](const QList<BookValueCalculator::Group> &groups, const QString &heading) {
        ReadOnlyTable::appendRow(m_table, { ReadOnlyTable::cell(heading, false, true) });
        for (const BookValueCalculator::Group &group : groups)
            ReadOnlyTable::appendRow(m_table,
                                     { ReadOnlyTable::cell(group.authorityCode),
                                       ReadOnlyTable::cell(group.category),
                                       ReadOnlyTable::number(group.count),
                                       ReadOnlyTable::cell(money(group.acquisitionCents), true),
                                       ReadOnlyTable::cell(money(group.depreciationCents), true),
                                       ReadOnlyTable::cell(money(group.bookCents), true) });
    };
    addRows(m_report->depreciated, tr("Depreciated over their useful life"));
    addRows(
        m_report->lowValue,
        tr("Low-value items up to %1, written off when bought").arg(money(m_report->lowValueThresholdCents)));
    m_summary->setText(
        tr("On %1: acquisition value %2, book value %3; %4 devices have no price or purchase date.")
            .arg(locale.toString(m_report->date, QLocale::ShortFormat), money(m_report->acquisitionCents),
                 money(m_report->bookCents), locale.toString(m_report->withoutValue)));
}
