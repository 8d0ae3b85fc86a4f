#include "billing/replacementsdialog.h"

#include "billing/billingstatementpdfwriter.h"
#include "common/readonlytable.h"
#include "common/referencecombobox.h"
#include "common/waitingworker.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

ReplacementsDialog::ReplacementsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_period(new QLineEdit(QString::number(QDate::currentDate().year() + 1), this))
    , m_authority(
          new ReferenceComboBox(*m_masterData, MasterDataKind::Authority, tr("all authorities"), this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Replacement planning"));
    resize(860, 520);
    m_period->setToolTip(tr("A quarter (2026-Q3), a month (2026-09), a year (2026) or FIRST..LAST."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    ReadOnlyTable::setUp(m_table,
                         { tr("Authority"), tr("Category"), tr("Devices"), tr("End of useful life"),
                           tr("End of warranty"), tr("Original value") },
                         1);

    auto *planButton = new QPushButton(tr("&Show"), this);
    planButton->setDefault(true);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(planButton);
    auto *periodLabel = new QLabel(tr("&Period"), this);
    periodLabel->setBuddy(m_period);
    auto *form = new QFormLayout;
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("&Owner"), m_authority);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(planButton, &QPushButton::clicked, this, &ReplacementsDialog::plan);
    connect(m_period, &QLineEdit::returnPressed, this, &ReplacementsDialog::plan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReplacementsDialog::~ReplacementsDialog()
{
    if (m_worker)
        m_worker->wait();
}

void ReplacementsDialog::plan()
{
    if (m_worker)
        return;
    QString error;
    const std::optional<BillingPeriod> period = BillingPeriod::parse(m_period->text().trimmed(), &error);
    if (!period) {
        m_summary->setText(error);
        return;
    }
    const qint64 authorityId = m_authority->currentId();
    m_worker = WaitingWorker::read<QList<ReplacementPlanner::Group>>(
        this, m_database.settings(),
        [period, authorityId](Database &database, QString *failure) {
            return ReplacementPlanner(database).run(*period, authorityId, failure);
        },
        [this](const std::optional<QList<ReplacementPlanner::Group>> &groups, const QString &failure) {
            m_worker = nullptr;
            if (!groups) {
                m_table->setRowCount(0);
                m_summary->setText(failure);
                return;
            }
            showGroups(*groups);
        });
}

void ReplacementsDialog::showGroups(const QList<ReplacementPlanner::Group> &groups)
{
    const QLocale locale;
    m_table->setRowCount(0);
    qint64 devices = 0;
    qint64 value = 0;
    for (const ReplacementPlanner::Group &group : groups) {
        ReadOnlyTable::appendRow(
            m_table,
            { ReadOnlyTable::cell(group.authorityCode), ReadOnlyTable::cell(group.category),
              ReadOnlyTable::number(group.count), ReadOnlyTable::number(group.endOfLife),
              ReadOnlyTable::number(group.endOfWarranty),
              ReadOnlyTable::cell(BillingStatementPdfWriter::money(group.originalCents, locale), true) });
        devices += group.count;
        value += group.originalCents;
    }
    m_summary->setText(tr("%1 devices to replace, bought for %2.")
                           .arg(locale.toString(devices), BillingStatementPdfWriter::money(value, locale)));
}
