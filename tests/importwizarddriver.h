#pragma once

#include <QString>

#include <optional>

#include "import/importrun.h"
#include "import/importundo.h"

#include <functional>

class ImportWizard;

// Takes an ImportWizard through its steps as a technician does: picks a profile,
// runs the dry run or the import, clicks Undo. Each step returns what the wizard
// reported, or nothing when the step cannot be taken or does not finish in time,
// so a test fails at the step that went wrong.
class ImportWizardDriver
{
public:
    explicit ImportWizardDriver(ImportWizard &wizard);

    // On the profile page: picks the profile of that name in the list.
    bool chooseProfile(const QString &name);
    // On the check page: clicks "Check (dry run)".
    std::optional<ImportResult> dryRun();
    // On the check page: goes on to the commit page, which starts the import.
    std::optional<ImportResult> import();
    // On the summary page: clicks Undo.
    std::optional<ImportUndo::Result> undo();

private:
    // Starts a job with the action and waits for the wizard to report its result.
    std::optional<ImportResult> waitForImport(const std::function<void()> &start);

    ImportWizard &m_wizard;
};
