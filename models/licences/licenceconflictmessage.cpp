#include "licences/licenceconflictmessage.h"

#include "licences/licencehistorymodel.h"

#include <QStringList>

QString LicenceConflictMessage::describe(Database &database, const Licence &opened, const QString &product)
{
    LicenceHistoryModel history(database);
    QString error;
    QStringList changes;
    // The history is newest first; the message tells the changes in the order they were made.
    if (opened.updatedAt.isValid() && history.load(opened.id, &error, opened.updatedAt)) {
        for (int row = history.rowCount() - 1; row >= 0; --row) {
            const auto text = [&](int column) {
                return history.data(history.index(row, column)).toString();
            };
            changes.append(tr("%1, %2: %3 from \"%4\" to \"%5\"")
                               .arg(text(LicenceHistoryModel::When), text(LicenceHistoryModel::Who),
                                    text(LicenceHistoryModel::Field), text(LicenceHistoryModel::OldValue),
                                    text(LicenceHistoryModel::NewValue)));
        }
    }
    if (changes.isEmpty())
        return tr("Licence %1 was changed in the meantime. Reload it and apply your change again.")
            .arg(product);
    return tr("Licence %1 was changed by someone else since you opened it; your change was not saved so as "
              "not to overwrite theirs:\n%2\nReload it and apply your change again.")
        .arg(product, changes.join(QLatin1Char('\n')));
}
