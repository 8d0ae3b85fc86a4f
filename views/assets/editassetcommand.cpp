#include "assets/editassetcommand.h"

#include "assets/assetcommandcontext.h"
#include "assets/assetrepository.h"

#include <QCoreApplication>

EditAssetCommand::EditAssetCommand(AssetCommandContext &context, const Asset &before, const Asset &after)
    : m_context(context)
    , m_before(before)
    , m_after(after)
    , m_rowVersion(after.rowVersion)
{
    setText(QCoreApplication::translate("EditAssetCommand", "Edit %1").arg(after.inventoryNo));
}

bool EditAssetCommand::write(const Asset &values)
{
    Asset asset = values;
    // Written over the row as this command left it; someone else's save in between is a conflict.
    asset.rowVersion = m_rowVersion;
    QString error;
    const AssetRepository::UpdateResult result = m_context.repository().update(asset, &error);
    if (result == AssetRepository::UpdateResult::Failed
        || result == AssetRepository::UpdateResult::Conflict) {
        m_context.notifyFailed(error);
        setObsolete(true);
        return false;
    }
    m_rowVersion = asset.rowVersion;
    m_context.notifyChanged({ asset.id });
    return true;
}

void EditAssetCommand::undo()
{
    write(m_before);
}

void EditAssetCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    write(m_after);
}
