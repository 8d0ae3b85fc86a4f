#include "overview/overviewwidget.h"

#include "common/readonlytable.h"
#include "overview/overviewjob.h"
#include "overview/overviewquery.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

const QColor overColour(0xb0, 0x00, 0x20);

// The chart's own value axis starts at 0 and ends on a round number above the largest bar.
QValueAxis *countAxis(qint64 largest)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, double(std::max<qint64>(largest, 1)));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

} // namespace

OverviewWidget::OverviewWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_summary(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_authorityView(newChartView(QStringLiteral("authorityChart")))
    , m_statusView(newChartView(QStringLiteral("statusChart")))
    , m_ageView(newChartView(QStringLiteral("ageChart")))
    , m_licenceTable(newTable(QStringLiteral("licenceTable"),
                              { tr("Licence"), tr("Owned"), tr("Assigned"), tr("Over") }))
    , m_auditTable(
          newTable(QStringLiteral("auditTable"), { tr("Audit"), tr("Due"), tr("Expected"), tr("Found") }))
    , m_importTable(newTable(QStringLiteral("importTable"),
                             { tr("Started"), tr("File"), tr("By"), tr("Status"), tr("Created"),
                               tr("Updated"), tr("Rejected") }))
{
    // The file name is the longest text of an import.
    m_importTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_importTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &OverviewWidget::refresh);
    // Figures for management: half a minute behind a colleague's change is current.
    m_changeRefresh.setSingleShot(true);
    m_changeRefresh.setInterval(30000);
    connect(&m_changeRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refreshButton);

    const auto group = [this](const QString &title, QWidget *content) {
        auto *box = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(content);
        return box;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(group(tr("Devices per owning authority and category"), m_authorityView), 0, 0, 1, 2);
    grid->addWidget(group(tr("Status"), m_statusView), 0, 2);
    grid->addWidget(group(tr("Age of the devices in the inventory"), m_ageView), 1, 0, 1, 2);
    grid->addWidget(group(tr("Licences with more seats in use than owned"), m_licenceTable), 1, 2);
    grid->addWidget(group(tr("Audits overdue or due within 30 days"), m_auditTable), 2, 0);
    grid->addWidget(group(tr("Last imports"), m_importTable), 2, 1, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    refresh();
}

OverviewWidget::~OverviewWidget()
{
    // The job reads through the window's database: it must end before the window does.
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

QChartView *OverviewWidget::newChartView(const QString &objectName)
{
    auto *view = new QChartView(this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 200);
    view->chart()->legend()->hide();
    view->chart()->setMargins(QMargins(2, 2, 2, 2));
    return view;
}

QTableWidget *OverviewWidget::newTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(this);
    table->setObjectName(objectName);
    ReadOnlyTable::setUp(table, headers, 0);
    return table;
}

void OverviewWidget::noteChangesElsewhere()
{
    if (!m_changeRefresh.isActive())
        m_changeRefresh.start();
}

void OverviewWidget::refresh()
{
    if (m_thread) {
        m_refreshAgain = true;
        return;
    }
    m_refreshAgain = false;
    m_refreshButton->setEnabled(false);
    m_summary->setText(tr("Reading the figures…"));
    m_thread = new QThread(this);
    auto *job = new OverviewJob(m_database, QDate::currentDate());
    job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, job, &OverviewJob::run);
    connect(job, &OverviewJob::finished, this, &OverviewWidget::onFinished);
    connect(m_thread, &QThread::finished, job, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void OverviewWidget::onFinished(const OverviewFigures &figures, const QString &error)
{
    // The thread deletes itself once its loop has ended.
    m_thread->quit();
    m_thread->wait();
    m_thread = nullptr;
    m_refreshButton->setEnabled(true);
    if (m_refreshAgain) {
        refresh();
        return;
    }
    if (!error.isEmpty()) {
        m_summary->setText(tr("The figures could not be read: %1").arg(error));
        emit figuresShown();
        return;
    }
    m_figures = figures;
    showFigures();
    emit figuresShown();
}

void OverviewWidget::showFigures()
{
    const QLocale locale;
    m_summary->setText(
        tr("As of %1: %2 devices in the inventory (%3 with the retired ones), %4 due for counting. "
           "Licences: %5 of %6 without seats over, %7 expired but in use, %8 ending within %9 days.")
            .arg(locale.toString(m_figures.date, QLocale::ShortFormat),
                 locale.toString(m_figures.inInventory), locale.toString(m_figures.totalAssets),
                 locale.toString(m_figures.assetsDueForCount), locale.toString(m_figures.licencesCompliant),
                 locale.toString(m_figures.licences), locale.toString(m_figures.licencesExpiredInUse),
                 locale.toString(m_figures.licencesEndingSoon),
                 locale.toString(OverviewFigures::dueSoonDays)));
    showAuthorities();
    showStatuses();
    showAges();
    showLicences();
    showAudits();
    showImports();
}

void OverviewWidget::showAuthorities()
{
    // The categories with the most devices overall get a segment of their own.
    QHash<qint64, qint64> categoryTotals;
    QHash<qint64, QString> categoryNames;
    for (const OverviewFigures::AuthorityDevices &authority : m_figures.authorities) {
        for (const OverviewFigures::CategoryCount &category : authority.categories) {
            categoryTotals[category.categoryId] += category.count;
            categoryNames.insert(category.categoryId, category.category);
        }
    }
    QList<qint64> categories = categoryTotals.keys();
    std::sort(categories.begin(), categories.end(), [&](qint64 left, qint64 right) {
        return categoryTotals.value(left) != categoryTotals.value(right)
            ? categoryTotals.value(left) > categoryTotals.value(right)
            : categoryNames.value(left) < categoryNames.value(right);
    });
    const bool othersShared = categories.size() > chartedCategories;
    m_chartedCategoryIds = categories.mid(0, othersShared ? chartedCategories - 1 : categories.size());
    const QList<qint64> otherCategoryIds =
        othersShared ? categories.mid(chartedCategories - 1) : QList<qint64> {};
    if (othersShared)
        m_chartedCategoryIds.append(0);

    // The chart lists the first authority at the top: bars are drawn bottom-up.
    QList<OverviewFigures::AuthorityDevices> authorities = m_figures.authorities;
    std::reverse(authorities.begin(), authorities.end());
    auto *series = new QHorizontalStackedBarSeries;
    for (const qint64 categoryId : std::as_const(m_chartedCategoryIds)) {
        auto *set = new QBarSet(categoryId == 0 ? tr("Other categories") : categoryNames.value(categoryId));
        for (const OverviewFigures::AuthorityDevices &authority : authorities) {
            qint64 count = 0;
            for (const OverviewFigures::CategoryCount &category : authority.categories) {
                if (category.categoryId == categoryId
                    || (categoryId == 0 && !m_chartedCategoryIds.contains(category.categoryId)))
                    count += category.count;
            }
            set->append(double(count));
        }
        connect(set, &QBarSet::clicked, this, [this, categoryId, authorities, otherCategoryIds](int index) {
            AssetFilter filter;
            filter.ownerAuthorityIds = { authorities.at(index).authorityId };
            filter.categoryIds = categoryId != 0 ? QList<qint64> { categoryId } : otherCategoryIds;
            filter.statuses = AssetStatusText::inInventory();
            emit assetFilterRequested(filter);
        });
        series->append(set);
    }
    QStringList codes;
    qint64 largest = 0;
    for (const OverviewFigures::AuthorityDevices &authority : std::as_const(authorities)) {
        codes.append(authority.code);
        largest = std::max(largest, authority.count);
    }

    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(codes);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = countAxis(largest);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(!m_chartedCategoryIds.isEmpty());
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = m_authorityView->chart();
    m_authorityView->setChart(chart);
    delete old;
    m_authorityView->setToolTip(tr("Click a segment to list the authority's devices of that category."));
}

void OverviewWidget::showStatuses()
{
    auto *series = new QPieSeries;
    const QLocale locale;
    for (const OverviewFigures::StatusCount &status : m_figures.statuses) {
        if (status.count == 0)
            continue;
        QPieSlice *slice =
            series->append(QStringLiteral("%1 %2").arg(AssetStatusText::displayName(status.status),
                                                       locale.toString(status.count)),
                           double(status.count));
        const AssetStatus clicked = status.status;
        connect(slice, &QPieSlice::clicked, this, [this, clicked] {
            AssetFilter filter;
            filter.statuses = { clicked };
            emit assetFilterRequested(filter);
        });
    }
    series->setPieSize(0.8);
    auto *chart = new QChart;
    chart->addSeries(series);
    // The legend names every slice in full, however narrow it is.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->show();
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = m_statusView->chart();
    m_statusView->setChart(chart);
    delete old;
    m_statusView->setToolTip(tr("Click a slice to list the devices with that status."));
}

void OverviewWidget::showAges()
{
    auto *set = new QBarSet(tr("Devices"));
    QStringList bands;
    qint64 largest = 0;
    for (const OverviewFigures::AgeCount &age : m_figures.ages) {
        set->append(double(age.count));
        bands.append(OverviewQuery::ageBandName(age.band));
        largest = std::max(largest, age.count);
    }
    const QList<OverviewFigures::AgeCount> ages = m_figures.ages;
    connect(set, &QBarSet::clicked, this, [this, ages](int index) {
        const OverviewFigures::AgeCount &age = ages.at(index);
        AssetFilter filter;
        filter.purchasedFrom = age.purchasedFrom;
        filter.purchasedTo = age.purchasedTo;
        filter.purchaseDateUnknown = age.band == OverviewFigures::AgeUnknown;
        filter.statuses = AssetStatusText::inInventory();
        emit assetFilterRequested(filter);
    });
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);

    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(bands);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = countAxis(largest);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = m_ageView->chart();
    m_ageView->setChart(chart);
    delete old;
    m_ageView->setToolTip(tr("Click a bar to list the devices of that age."));
}

void OverviewWidget::showLicences()
{
    m_licenceTable->setRowCount(0);
    for (const OverviewFigures::LicenceProblem &licence : m_figures.overDeployed) {
        const int row = m_licenceTable->rowCount();
        m_licenceTable->insertRow(row);
        m_licenceTable->setItem(row, 0, ReadOnlyTable::cell(licence.product));
        m_licenceTable->setItem(row, 1, ReadOnlyTable::number(licence.owned));
        m_licenceTable->setItem(row, 2, ReadOnlyTable::number(licence.assigned));
        m_licenceTable->setItem(row, 3, ReadOnlyTable::number(licence.overDeployed));
        for (int column = 0; column < m_licenceTable->columnCount(); ++column)
            m_licenceTable->item(row, column)->setForeground(overColour);
    }
}

void OverviewWidget::showAudits()
{
    m_auditTable->setRowCount(0);
    const QLocale locale;
    const auto add = [&](const OverviewFigures::AuditDue &audit, bool overdue) {
        const int row = m_auditTable->rowCount();
        m_auditTable->insertRow(row);
        m_auditTable->setItem(row, 0, ReadOnlyTable::cell(audit.name));
        m_auditTable->setItem(row, 1,
                              ReadOnlyTable::cell(locale.toString(audit.dueDate, QLocale::ShortFormat)));
        m_auditTable->setItem(row, 2, ReadOnlyTable::number(audit.expected));
        m_auditTable->setItem(row, 3, ReadOnlyTable::number(audit.found));
        if (overdue) {
            for (int column = 0; column < m_auditTable->columnCount(); ++column)
                m_auditTable->item(row, column)->setForeground(overColour);
            m_auditTable->item(row, 1)->setToolTip(tr("Overdue"));
        }
    };
    for (const OverviewFigures::AuditDue &audit : m_figures.auditsOverdue)
        add(audit, true);
    for (const OverviewFigures::AuditDue &audit : m_figures.auditsDueSoon)
        add(audit, false);
}

void OverviewWidget::showImports()
{
    m_importTable->setRowCount(0);
    const QLocale locale;
    for (const OverviewFigures::ImportSummary &batch : m_figures.lastImports) {
        const int row = m_importTable->rowCount();
        m_importTable->insertRow(row);
        QDateTime started = QDateTime::fromString(batch.startedAt, Qt::ISODate);
        started.setTimeSpec(Qt::UTC);
        m_importTable->setItem(
            row, 0, ReadOnlyTable::cell(locale.toString(started.toLocalTime(), QLocale::ShortFormat)));
        m_importTable->setItem(row, 1, ReadOnlyTable::cell(batch.fileName));
        m_importTable->setItem(row, 2, ReadOnlyTable::cell(batch.startedBy));
        const QString status = batch.status == QLatin1String("undone") ? tr("undone")
            : batch.status == QLatin1String("running")                 ? tr("running")
                                                                       : tr("completed");
        m_importTable->setItem(row, 3, ReadOnlyTable::cell(status));
        m_importTable->setItem(row, 4, ReadOnlyTable::number(batch.created));
        m_importTable->setItem(row, 5, ReadOnlyTable::number(batch.updated));
        m_importTable->setItem(row, 6, ReadOnlyTable::number(batch.rejected));
    }
}
