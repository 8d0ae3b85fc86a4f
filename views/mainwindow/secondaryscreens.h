#pragma once

#include <QObject>
#include <QPointer>

#include "assets/assetfilter.h"

class AuditWidget;
class BillingRatesDialog;
class ComplianceWidget;
class Database;
class ImportBatchesDialog;
class ImportWizard;
class LicenceWidget;
class OverviewWidget;
class QWidget;

// The screens beside the asset table (licences, compliance, audits, the import
// wizard, the overview) open as windows of their own, created on first use, so MainWindow keeps
// only the technicians' asset screen and a menu entry per screen.
class SecondaryScreens : public QObject
{
    Q_OBJECT

public:
    SecondaryScreens(Database &database, QWidget *mainWindow);
    ~SecondaryScreens() override;

    LicenceWidget *showLicences();
    ComplianceWidget *showCompliance();
    AuditWidget *showAudits();
    ImportWizard *showImportWizard();
    ImportBatchesDialog *showImportBatches();
    OverviewWidget *showOverview();
    BillingRatesDialog *showBillingRates();
    // Someone else changed the inventory: the open licence, compliance and import
    // screens reload (the asset table is the caller's).
    void refreshOpenScreens();

signals:
    // Something outside the asset screen changed assets: the table should reload.
    void assetsChanged();
    // A click on the overview asks for the asset table filtered to what was clicked.
    void assetFilterRequested(const AssetFilter &filter);

private:
    void present(QWidget *window, const QString &title);
    // An import or its undo changed assets or licences: the screens showing them reload.
    void showItemChanges();
    // The same, and the list of imports reloads too (after the wizard's work).
    void showImportChanges();

    Database &m_database;
    QWidget *m_mainWindow;
    QPointer<LicenceWidget> m_licences;
    QPointer<ComplianceWidget> m_compliance;
    QPointer<AuditWidget> m_audits;
    QPointer<ImportWizard> m_importWizard;
    QPointer<ImportBatchesDialog> m_importBatches;
    QPointer<OverviewWidget> m_overview;
    QPointer<BillingRatesDialog> m_billingRates;
};
