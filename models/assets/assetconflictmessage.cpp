#include "assets/assetconflictmessage.h"

#include "assets/assethistorymodel.h"

#include <QStringList>

QString AssetConflictMessage::describe(Database &database, const Asset &opened, const QString &inventoryNo)
{
    AssetHistoryModel history(database);
    QString error;
    QStringList changes;
    // The history is newest first; the message tells the changes in the order they were made.
    if (opened.updatedAt.isValid() && history.load(opened.id, &error, opened.updatedAt)) {
        for (int row = history.rowCount() - 1; row >= 0; --row) {
            const auto text = [&](int column) {
                return history.data(history.index(row, column)).toString();
            };
            const QString change = text(AssetHistoryModel::Change);
            changes.append(change.isEmpty()
                               ? tr("%1, %2: %3")
                                     .arg(text(AssetHistoryModel::When), text(AssetHistoryModel::Who),
                                          text(AssetHistoryModel::Field))
                               : tr("%1, %2: %3 %4")
                                     .arg(text(AssetHistoryModel::When), text(AssetHistoryModel::Who),
                                          text(AssetHistoryModel::Field), change));
        }
    }
    if (changes.isEmpty())
        return tr("Asset %1 was changed in the meantime. Reload it and apply your change again.")
            .arg(inventoryNo);
    return tr("Asset %1 was changed by someone else since you opened it; your change was not saved so as "
              "not to overwrite theirs:\n%2\nReload it and apply your change again.")
        .arg(inventoryNo, changes.join(QLatin1Char('\n')));
}
