#include "importwizarddriver.h"

#include "import/importwizard.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>

namespace {
// Jobs on the sample files take a second or two; sanitizer builds ten times that.
constexpr int jobTimeoutMs = 60000;
} // namespace

ImportWizardDriver::ImportWizardDriver(ImportWizard &wizard)
    : m_wizard(wizard)
{ }

bool ImportWizardDriver::chooseProfile(const QString &name)
{
    auto *profiles = m_wizard.findChild<QComboBox *>(QStringLiteral("profile"));
    const int index = profiles && profiles->isVisible() ? profiles->findData(name) : -1;
    if (index < 0)
        return false;
    profiles->setCurrentIndex(index);
    return true;
}

std::optional<ImportResult> ImportWizardDriver::dryRun()
{
    auto *check = m_wizard.findChild<QPushButton *>(QStringLiteral("checkButton"));
    if (!check || !check->isVisible())
        return std::nullopt;
    return waitForImport([check] { check->click(); });
}

std::optional<ImportResult> ImportWizardDriver::import()
{
    return waitForImport([this] { m_wizard.next(); });
}

std::optional<ImportUndo::Result> ImportWizardDriver::undo()
{
    auto *undo = m_wizard.findChild<QPushButton *>(QStringLiteral("undoButton"));
    if (!undo || !undo->isVisible())
        return std::nullopt;
    QSignalSpy undone(&m_wizard, &ImportWizard::undoFinished);
    undo->click();
    if (!undone.wait(jobTimeoutMs))
        return std::nullopt;
    return undone.first().first().value<ImportUndo::Result>();
}

std::optional<ImportResult> ImportWizardDriver::waitForImport(const std::function<void()> &start)
{
    QSignalSpy finished(&m_wizard, &ImportWizard::importFinished);
    start();
    if (!finished.wait(jobTimeoutMs))
        return std::nullopt;
    return m_wizard.lastResult();
}
