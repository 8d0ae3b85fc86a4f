#pragma once

#include <QDate>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include "assets/assetfilter.h"
#include "overview/overviewfigures.h"

class Database;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QPieSlice;
class QPushButton;
class QTableWidget;

// The managers' overview: devices per authority and category, status and age as
// charts, licence compliance, audits due and the last imports. The figures are read
// by an OverviewJob in a worker thread, so the window opens at once and stays
// responsive at a million assets. A click on a bar or a slice asks for the asset
// table filtered to exactly what was clicked.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(Database &database, QWidget *parent = nullptr);
    ~OverviewWidget() override;

    // Reads the figures again, as of today. A refresh while one runs is done after it.
    void refresh();
    // Another workstation changed the inventory: read again once the delay has
    // passed, however many changes come meanwhile, and only while shown (opening
    // the window reads anyway). At 1M devices a read is ~0.5 s of server work, and
    // on a team's server changes come all day.
    void noteChangesElsewhere();
    void setChangeRefreshDelay(int milliseconds) { m_changeRefresh.setInterval(milliseconds); }
    bool isLoading() const { return m_thread != nullptr; }
    const OverviewFigures &figures() const { return m_figures; }

    QChartView *authorityChart() const { return m_authorityView; }
    QChartView *statusChart() const { return m_statusView; }
    QChartView *ageChart() const { return m_ageView; }
    QTableWidget *licenceTable() const { return m_licenceTable; }
    QTableWidget *auditTable() const { return m_auditTable; }
    QTableWidget *importTable() const { return m_importTable; }

    // At most this many categories get a colour of their own in the authority chart;
    // the rest share one segment.
    static constexpr int chartedCategories = 7;

signals:
    // The user clicked a part of a chart: the asset table should show these assets.
    void assetFilterRequested(const AssetFilter &filter);
    // New figures are on screen (or the error that kept them away).
    void figuresShown();

private:
    void onFinished(const OverviewFigures &figures, const QString &error);
    void showFigures();
    void showAuthorities();
    void showStatuses();
    void showAges();
    void showLicences();
    void showAudits();
    void showImports();
    QChartView *newChartView(const QString &objectName);
    QTableWidget *newTable(const QString &objectName, const QStringList &headers);

    Database &m_database;
    QPointer<QThread> m_thread;
    bool m_refreshAgain = false;
    QTimer m_changeRefresh;
    OverviewFigures m_figures;
    // The category of each set of the authority chart, in set order (0: all others).
    QList<qint64> m_chartedCategoryIds;

    QLabel *m_summary;
    QPushButton *m_refreshButton;
    QChartView *m_authorityView;
    QChartView *m_statusView;
    QChartView *m_ageView;
    QTableWidget *m_licenceTable;
    QTableWidget *m_auditTable;
    QTableWidget *m_importTable;
};
