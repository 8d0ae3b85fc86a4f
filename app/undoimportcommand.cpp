#include "undoimportcommand.h"

#include "import/importbatchtablemodel.h"
#include "import/importundo.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// More would bury the summary line: the JSON output lists them all.
constexpr int shownNames = 10;
} // namespace

int UndoImportCommand::listBatches(Database &database, bool json, QTextStream &out, QTextStream &err)
{
    ImportBatchTableModel model(database);
    QString error;
    if (!model.refresh(&error)) {
        err << error << Qt::endl;
        return Failure;
    }
    const auto raw = [&model](int row, int column) {
        return model.index(row, column).data(ImportBatchTableModel::RawValueRole);
    };
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    if (json) {
        const QStringList keys = { QStringLiteral("batch"),     QStringLiteral("started_at"),
                                   QStringLiteral("kind"),      QStringLiteral("file"),
                                   QStringLiteral("profile"),   QStringLiteral("user"),
                                   QStringLiteral("status"),    QStringLiteral("data_rows"),
                                   QStringLiteral("created"),   QStringLiteral("updated"),
                                   QStringLiteral("unchanged"), QStringLiteral("rejected"),
                                   QStringLiteral("warnings") };
        QJsonArray batches;
        for (int row = 0; row < model.rowCount(); ++row) {
            QJsonObject batch;
            for (int column = 0; column < ImportBatchTableModel::ColumnCount; ++column)
                batch.insert(keys.at(column), QJsonValue::fromVariant(raw(row, column)));
            batches.append(batch);
        }
        out << QString::fromUtf8(QJsonDocument(batches).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (model.rowCount() == 0)
        out << tr("No imports yet.") << Qt::endl;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << tr("#%1  %2  %3 %4 (profile %5, by %6): %7; %8 data rows: %9 created, %10 updated, "
                  "%11 unchanged, %12 rejected")
                   .arg(text(row, ImportBatchTableModel::Batch), text(row, ImportBatchTableModel::Started),
                        text(row, ImportBatchTableModel::Kind), text(row, ImportBatchTableModel::File),
                        text(row, ImportBatchTableModel::Profile), text(row, ImportBatchTableModel::User),
                        text(row, ImportBatchTableModel::Status), text(row, ImportBatchTableModel::DataRows),
                        text(row, ImportBatchTableModel::Created))
                   .arg(text(row, ImportBatchTableModel::Updated),
                        text(row, ImportBatchTableModel::Unchanged),
                        text(row, ImportBatchTableModel::Rejected))
            << Qt::endl;
    }
    return Success;
}

QString UndoImportCommand::summary() const
{
    return tr("Undo an import batch of assets or licences as a whole, unless its items were changed since.");
}

int UndoImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption list(QStringLiteral("list"),
                                  tr("List the import batches, newest first, instead of undoing one."));
    parser.addOptions({ json, list });
    parser.addPositionalArgument(QStringLiteral("BATCH"), tr("The batch number the import printed."));
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    if (parser.isSet(list)) {
        if (!parser.positionalArguments().isEmpty()) {
            err << tr("--list takes no batch number.") << Qt::endl;
            return UsageError;
        }
        std::unique_ptr<Database> database = openDatabase(parser, false, err);
        return database ? listBatches(*database, parser.isSet(json), out, err) : int(Failure);
    }
    bool ok = false;
    const qint64 batchId = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || batchId <= 0) {
        err << tr("Name one import batch by its number.") << Qt::endl;
        return UsageError;
    }
    std::unique_ptr<Database> database = openDatabase(parser, false, err);
    if (!database)
        return Failure;
    const ImportUndo::Result result = ImportUndo(*database).undo(batchId, QString());
    if (parser.isSet(json)) {
        QJsonObject object;
        object.insert(QStringLiteral("ok"), result.ok);
        object.insert(QStringLiteral("batch"), batchId);
        object.insert(QStringLiteral("kind"), result.kind);
        object.insert(QStringLiteral("deleted"), result.deleted);
        object.insert(QStringLiteral("reverted"), result.reverted);
        object.insert(QStringLiteral("changed_since"), QJsonArray::fromStringList(result.changedSince));
        object.insert(QStringLiteral("master_data_removed"),
                      QJsonArray::fromStringList(result.removedMasterData));
        if (!result.ok)
            object.insert(QStringLiteral("error"), result.error);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    if (!result.ok) {
        err << result.error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json))
        return Success;
    const QString text = result.kind == QLatin1String("licences")
        ? tr("Import batch %1 undone: %2 licence(s) deleted, %3 restored.")
        : tr("Import batch %1 undone: %2 asset(s) deleted, %3 restored.");
    out << text.arg(batchId).arg(result.deleted).arg(result.reverted) << Qt::endl;
    if (!result.removedMasterData.isEmpty()) {
        const int count = int(result.removedMasterData.size());
        QString names = result.removedMasterData.mid(0, shownNames).join(QStringLiteral(", "));
        if (count > shownNames)
            names += QStringLiteral(", …");
        out << tr("%n master data row(s) no longer used, removed: %1", nullptr, count).arg(names) << Qt::endl;
    }
    return Success;
}
