#include "licences/compliancewidget.h"

#include "common/referencecombobox.h"
#include "licences/compliancecalculator.h"
#include "licences/compliancemodel.h"
#include "masterdata/masterdatarepository.h"

#include <QBrush>
#include <QColor>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// Paints rows with a compliance problem; the model itself stays free of Qt Gui.
class ProblemHighlightProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && index.data(ComplianceModel::ProblemRole).toBool())
            return QBrush(QColor(255, 228, 225));
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

ComplianceWidget::ComplianceWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_masterData(std::make_unique<MasterDataRepository>(database))
    , m_model(new ComplianceModel(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_authority(
          new ReferenceComboBox(*m_masterData, MasterDataKind::Authority, tr("All authorities"), this))
    , m_refresh(new QPushButton(tr("Recalculate"), this))
    , m_table(new QTableView(this))
    , m_totals(new QTableWidget(0, 6, this))
    , m_summary(new QLabel(this))
{
    m_date->setObjectName(QStringLiteral("complianceDate"));
    m_authority->setObjectName(QStringLiteral("complianceAuthority"));
    m_refresh->setObjectName(QStringLiteral("complianceRefresh"));
    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_totals->setObjectName(QStringLiteral("complianceTotals"));
    m_summary->setObjectName(QStringLiteral("complianceSummary"));

    m_date->setCalendarPopup(true);
    auto *highlight = new ProblemHighlightProxy(this);
    highlight->setSourceModel(m_model);
    auto *sorter = new QSortFilterProxyModel(this);
    sorter->setSourceModel(highlight);
    m_table->setModel(sorter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_totals->setHorizontalHeaderLabels({ tr("Authority"), tr("Seats allocated"), tr("Seats assigned"),
                                          tr("Over-deployed"), tr("To reclaim"), tr("Yearly cost") });
    m_totals->verticalHeader()->hide();
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    auto *rules = new QLabel(ComplianceCalculator::rulesText(), this);
    rules->setWordWrap(true);
    rules->setObjectName(QStringLiteral("complianceRules"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("As of:"), this));
    controls->addWidget(m_date);
    controls->addWidget(m_authority);
    controls->addWidget(m_refresh);
    controls->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_totals);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(rules);

    connect(m_refresh, &QPushButton::clicked, this, &ComplianceWidget::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &ComplianceWidget::refresh);
    connect(m_authority, &ReferenceComboBox::currentIdChanged, this, &ComplianceWidget::refresh);
    refresh();
}

ComplianceWidget::~ComplianceWidget() = default;

void ComplianceWidget::refresh()
{
    ComplianceCalculator calculator(m_database);
    calculator.setReferenceDate(m_date->date());
    calculator.setAuthorityFilter(m_authority->currentId());
    QString error;
    const std::optional<ComplianceReport> report = calculator.calculate(&error);
    if (!report) {
        m_summary->setText(error);
        return;
    }
    m_model->setReport(*report);
    int overDeployed = 0;
    int expiredInUse = 0;
    int endingSoon = 0;
    int reclaimable = 0;
    for (const LicenceCompliance &licence : report->licences) {
        overDeployed += licence.overDeployedAnywhere() ? 1 : 0;
        expiredInUse += licence.expiredStillAssigned() ? 1 : 0;
        endingSoon += licence.endsSoon || licence.maintenanceEndsSoon ? 1 : 0;
        reclaimable += licence.reclaimable;
    }
    m_summary->setText(
        tr("%1 licences: %2 over-deployed, %3 expired but still assigned, %4 ending within %5 days, "
           "%6 seats to reclaim.")
            .arg(report->licences.size())
            .arg(overDeployed)
            .arg(expiredInUse)
            .arg(endingSoon)
            .arg(report->warningDays)
            .arg(reclaimable));
    showTotals();
}

void ComplianceWidget::showTotals()
{
    const QList<AuthorityTotals> &authorities = m_model->report().authorities;
    const QLocale locale;
    m_totals->setRowCount(int(authorities.size()));
    for (int row = 0; row < authorities.size(); ++row) {
        const AuthorityTotals &totals = authorities.at(row);
        const QStringList cells = { totals.code + QStringLiteral(" – ") + totals.name,
                                    QString::number(totals.seatsAllocated),
                                    QString::number(totals.seatsAssigned),
                                    QString::number(totals.overDeployed),
                                    QString::number(totals.reclaimable),
                                    locale.toCurrencyString(totals.yearlyCostCents / 100.0,
                                                            QStringLiteral("€")) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(row, column, item);
        }
    }
}
