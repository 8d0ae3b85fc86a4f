#pragma once

#include <QUndoCommand>

#include "assets/assetbulkupdater.h"

class AssetCommandContext;

// The same change to many assets (bulk change, retire). Applied in one
// transaction before the command is pushed; undo puts each asset's previous
// values back, again in one transaction and recorded in the history.
class BulkChangeAssetsCommand : public QUndoCommand
{
public:
    BulkChangeAssetsCommand(AssetCommandContext &context, const QList<qint64> &assetIds,
                            const AssetBulkUpdater::Changes &changes, const QList<Asset> &previous,
                            const QString &text);

    // Applies the change and, on success, returns the command to push; nullptr and error otherwise.
    static BulkChangeAssetsCommand *apply(AssetCommandContext &context, const QList<qint64> &assetIds,
                                          const AssetBulkUpdater::Changes &changes, const QString &text,
                                          QString *error);

    void undo() override;
    void redo() override;

private:
    AssetCommandContext &m_context;
    QList<qint64> m_assetIds;
    AssetBulkUpdater::Changes m_changes;
    QList<Asset> m_previous;
    bool m_alreadyDone = true;
};
