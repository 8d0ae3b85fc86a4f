#include "assets/createassetcommand.h"

#include "assets/assetcommandcontext.h"
#include "assets/assetrepository.h"

CreateAssetCommand::CreateAssetCommand(AssetCommandContext &context, const Asset &created,
                                       const QString &text)
    : m_context(context)
    , m_asset(created)
{
    setText(text);
}

void CreateAssetCommand::undo()
{
    QString error;
    if (!m_context.repository().remove(m_asset.id, &error)) {
        m_context.notifyFailed(error);
        setObsolete(true);
        return;
    }
    m_context.notifyChanged({ m_asset.id });
}

void CreateAssetCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    Asset asset = m_asset;
    asset.id = 0;
    QString error;
    if (!m_context.repository().insert(asset, &error)) {
        m_context.notifyFailed(error);
        setObsolete(true);
        return;
    }
    m_asset = asset;
    m_context.notifyChanged({ m_asset.id });
}
