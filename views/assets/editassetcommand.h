#pragma once

#include <QUndoCommand>

#include "assets/asset.h"

class AssetCommandContext;

// One saved edit of one asset (the edit dialog's Save). The change is written
// before the command is pushed; undo and redo write again through
// AssetRepository, so they are recorded in the history like any edit.
class EditAssetCommand : public QUndoCommand
{
public:
    // after carries the row version it got when it was saved.
    EditAssetCommand(AssetCommandContext &context, const Asset &before, const Asset &after);

    void undo() override;
    void redo() override;

private:
    bool write(const Asset &values);

    AssetCommandContext &m_context;
    Asset m_before;
    Asset m_after;
    int m_rowVersion = 0;
    bool m_alreadyDone = true;
};
