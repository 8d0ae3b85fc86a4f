#pragma once

#include <QUndoCommand>

#include "assets/asset.h"

class AssetCommandContext;

// A new asset (created or duplicated). It is inserted before the command is
// pushed; undo deletes it again and redo re-inserts it (history records both).
class CreateAssetCommand : public QUndoCommand
{
public:
    CreateAssetCommand(AssetCommandContext &context, const Asset &created, const QString &text);

    qint64 assetId() const { return m_asset.id; }

    void undo() override;
    void redo() override;

private:
    AssetCommandContext &m_context;
    Asset m_asset;
    bool m_alreadyDone = true;
};
