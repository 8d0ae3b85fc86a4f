#pragma once

#include <QList>
#include <QObject>

#include <memory>

class AssetBulkUpdater;
class AssetRepository;
class Database;

// What the undo commands share: the services they write through, and signals
// so that the window refreshes the table and shows a failed undo or redo
// (QUndoCommand::undo() cannot return an error).
class AssetCommandContext : public QObject
{
    Q_OBJECT

public:
    explicit AssetCommandContext(Database &database, QObject *parent = nullptr);
    ~AssetCommandContext() override;

    AssetRepository &repository() { return *m_repository; }
    AssetBulkUpdater &bulkUpdater() { return *m_bulkUpdater; }

    void notifyChanged(const QList<qint64> &assetIds) { emit assetsChanged(assetIds); }
    void notifyFailed(const QString &message) { emit commandFailed(message); }

signals:
    void assetsChanged(const QList<qint64> &assetIds);
    void commandFailed(const QString &message);

private:
    std::unique_ptr<AssetRepository> m_repository;
    std::unique_ptr<AssetBulkUpdater> m_bulkUpdater;
};
