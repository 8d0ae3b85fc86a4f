#include "assets/bulkchangeassetscommand.h"

#include "assets/assetcommandcontext.h"

BulkChangeAssetsCommand::BulkChangeAssetsCommand(AssetCommandContext &context, const QList<qint64> &assetIds,
                                                 const AssetBulkUpdater::Changes &changes,
                                                 const QList<Asset> &previous, const QString &text)
    : m_context(context)
    , m_assetIds(assetIds)
    , m_changes(changes)
    , m_previous(previous)
{
    setText(text);
}

BulkChangeAssetsCommand *BulkChangeAssetsCommand::apply(AssetCommandContext &context,
                                                        const QList<qint64> &assetIds,
                                                        const AssetBulkUpdater::Changes &changes,
                                                        const QString &text, QString *error)
{
    QList<Asset> previous;
    if (!context.bulkUpdater().apply(assetIds, changes, &previous, error))
        return nullptr;
    context.notifyChanged(assetIds);
    return new BulkChangeAssetsCommand(context, assetIds, changes, previous, text);
}

void BulkChangeAssetsCommand::undo()
{
    QString error;
    if (!m_context.bulkUpdater().restore(m_previous, m_changes.keys(), &error)) {
        m_context.notifyFailed(error);
        setObsolete(true);
        return;
    }
    m_context.notifyChanged(m_assetIds);
}

void BulkChangeAssetsCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    QString error;
    if (!m_context.bulkUpdater().apply(m_assetIds, m_changes, &m_previous, &error)) {
        m_context.notifyFailed(error);
        setObsolete(true);
        return;
    }
    m_context.notifyChanged(m_assetIds);
}
