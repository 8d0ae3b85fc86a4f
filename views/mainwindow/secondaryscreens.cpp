#include "mainwindow/secondaryscreens.h"

#include "audits/auditwidget.h"
#include "billing/billingratesdialog.h"
#include "import/importbatchesdialog.h"
#include "import/importwizard.h"
#include "licences/compliancewidget.h"
#include "licences/licencewidget.h"
#include "overview/overviewwidget.h"

SecondaryScreens::SecondaryScreens(Database &database, QWidget *mainWindow)
    : QObject(mainWindow)
    , m_database(database)
    , m_mainWindow(mainWindow)
{ }

SecondaryScreens::~SecondaryScreens() = default;

void SecondaryScreens::present(QWidget *window, const QString &title)
{
    // Qt::Window makes a child widget a top-level window that still closes with the main window.
    window->setWindowFlag(Qt::Window);
    window->setWindowTitle(title);
    window->resize(1100, 680);
    window->show();
    window->raise();
    window->activateWindow();
}

LicenceWidget *SecondaryScreens::showLicences()
{
    if (!m_licences) {
        m_licences = new LicenceWidget(m_database, m_mainWindow);
        connect(m_licences, &LicenceWidget::licencesChanged, this, [this] {
            if (m_compliance)
                m_compliance->refresh();
        });
    }
    present(m_licences, tr("Licences"));
    return m_licences;
}

ComplianceWidget *SecondaryScreens::showCompliance()
{
    if (!m_compliance)
        m_compliance = new ComplianceWidget(m_database, m_mainWindow);
    present(m_compliance, tr("Licence compliance"));
    return m_compliance;
}

AuditWidget *SecondaryScreens::showAudits()
{
    if (!m_audits) {
        m_audits = new AuditWidget(m_database, m_mainWindow);
        connect(m_audits, &AuditWidget::assetsChanged, this, &SecondaryScreens::assetsChanged);
    }
    present(m_audits, tr("Inventory audits"));
    return m_audits;
}

ImportWizard *SecondaryScreens::showImportWizard()
{
    if (!m_importWizard) {
        m_importWizard = new ImportWizard(m_database, m_mainWindow);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importWizard, &ImportWizard::importFinished, this, &SecondaryScreens::showImportChanges);
        connect(m_importWizard, &ImportWizard::undoFinished, this, &SecondaryScreens::showImportChanges);
    }
    m_importWizard->show();
    m_importWizard->raise();
    m_importWizard->activateWindow();
    return m_importWizard;
}

ImportBatchesDialog *SecondaryScreens::showImportBatches()
{
    if (!m_importBatches) {
        m_importBatches = new ImportBatchesDialog(m_database, m_mainWindow);
        m_importBatches->setAttribute(Qt::WA_DeleteOnClose);
        // The list reloads itself after its own undo.
        connect(m_importBatches, &ImportBatchesDialog::undoFinished, this,
                &SecondaryScreens::showItemChanges);
    }
    m_importBatches->show();
    m_importBatches->raise();
    m_importBatches->activateWindow();
    return m_importBatches;
}

OverviewWidget *SecondaryScreens::showOverview()
{
    if (!m_overview) {
        m_overview = new OverviewWidget(m_database, m_mainWindow);
        connect(m_overview, &OverviewWidget::assetFilterRequested, this,
                &SecondaryScreens::assetFilterRequested);
    } else {
        m_overview->refresh();
    }
    present(m_overview, tr("Overview"));
    m_overview->resize(1280, 860);
    return m_overview;
}

BillingRatesDialog *SecondaryScreens::showBillingRates()
{
    if (!m_billingRates) {
        m_billingRates = new BillingRatesDialog(m_database, m_mainWindow);
        m_billingRates->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_billingRates->show();
    m_billingRates->raise();
    m_billingRates->activateWindow();
    return m_billingRates;
}

void SecondaryScreens::showItemChanges()
{
    // The asset table and an open licence screen show the result at once (imports
    // and their undo touch both kinds).
    emit assetsChanged();
    if (m_licences)
        m_licences->refresh();
}

void SecondaryScreens::refreshOpenScreens()
{
    if (m_licences)
        m_licences->refresh();
    if (m_compliance)
        m_compliance->refresh();
    if (m_importBatches)
        m_importBatches->refresh();
    if (m_overview)
        m_overview->noteChangesElsewhere();
}

void SecondaryScreens::showImportChanges()
{
    showItemChanges();
    if (m_importBatches)
        m_importBatches->refresh();
}
