#include "importcommand.h"

#include "import/assetimporter.h"
#include "import/importjob.h"
#include "import/importprofile.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace {
std::atomic<bool> interrupted { false };

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    const QString lower = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (lower == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (lower == QLatin1String("utf16le") || lower == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (lower == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (lower == QLatin1String("windows1252") || lower == QLatin1String("cp1252")
        || lower == QLatin1String("latin1") || lower == QLatin1String("iso88591"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

std::optional<QChar> separatorFromText(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (text.size() == 1)
        return text.at(0);
    return std::nullopt;
}

QString statusCode(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Completed:
        return QStringLiteral("completed");
    case ImportResult::Status::DryRun:
        return QStringLiteral("dry_run");
    case ImportResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    case ImportResult::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
} // namespace

QString ImportCommand::summary() const
{
    return tr("Import a legacy asset list (CSV) with a mapping profile, in one transaction. Exits 0 when the "
              "import "
              "ran (even with rejected rows), 1 when it failed and changed nothing, 2 for a usage error.");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("Mapping profile: a built-in name (%1) or a profile JSON file.")
                                               .arg(ImportProfile::builtInNames().join(QStringLiteral(", "))),
                                           QStringLiteral("NAME|FILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        tr("Do everything, report the counts, then roll back: nothing is written."));
    const QCommandLineOption update(
        QStringLiteral("update"),
        tr("Update matched assets: write the fields that differ, each into the history."));
    const QCommandLineOption skipExisting(
        QStringLiteral("skip-existing"),
        tr("Leave matched assets untouched (not even legacy numbers are added)."));
    const QCommandLineOption lenient(
        QStringLiteral("lenient"),
        tr("Import rows with unreadable values, leaving the value empty and keeping the "
           "original text as a warning in the asset's history."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("Text encoding of the file: utf-8, utf-16le, utf-16be, windows-1252 "
                                         "(default: detected)."),
                                      QStringLiteral("ENC"));
    const QCommandLineOption separator(QStringLiteral("separator"),
                                       tr("Field separator: ; , | or tab (default: detected)."),
                                       QStringLiteral("C"));
    const QCommandLineOption rejects(
        QStringLiteral("rejects"),
        tr("Write rejected rows to FILE (default: <name>.rejects.csv next to the input, "
           "only when rows were rejected; not for a dry run)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions(
        { profileOption, dryRun, update, skipExisting, lenient, encoding, separator, rejects, json });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."));
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;

    if (parser.positionalArguments().size() != 1) {
        err << tr("Name exactly one file to import.") << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(profileOption)) {
        err << tr("--profile is required (built in: %1).")
                   .arg(ImportProfile::builtInNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(update) && parser.isSet(skipExisting)) {
        err << tr("--update and --skip-existing exclude each other.") << Qt::endl;
        return UsageError;
    }
    ImportOptions options;
    options.policy = parser.isSet(update) ? ImportOptions::Policy::UpdateMatched
        : parser.isSet(skipExisting)      ? ImportOptions::Policy::SkipMatched
                                          : ImportOptions::Policy::CreateOnly;
    options.dryRun = parser.isSet(dryRun);
    options.lenient = parser.isSet(lenient);
    if (parser.isSet(encoding)) {
        options.encoding = encodingFromName(parser.value(encoding));
        if (!options.encoding) {
            err << tr("Unknown encoding %1: use utf-8, utf-16le, utf-16be or windows-1252.")
                       .arg(parser.value(encoding))
                << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(separator)) {
        options.separator = separatorFromText(parser.value(separator));
        if (!options.separator) {
            err << tr("A separator is one character, or \"tab\".") << Qt::endl;
            return UsageError;
        }
    }
    QString error;
    const std::optional<ImportProfile> profile = ImportProfile::load(parser.value(profileOption), &error);
    if (!profile) {
        err << error << Qt::endl;
        return UsageError;
    }
    const QString filePath = parser.positionalArguments().constFirst();
    const QFileInfo file(filePath);
    if (!file.isFile()) {
        err << tr("The file %1 does not exist.").arg(filePath) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(rejects))
        options.rejectsPath = parser.value(rejects);
    else if (!options.dryRun)
        options.rejectsPath = file.dir().filePath(file.completeBaseName() + QStringLiteral(".rejects.csv"));

    std::unique_ptr<Database> database = openDatabase(parser, true, err);
    if (!database)
        return Failure;

    // Ctrl+C rolls the import back cleanly instead of leaving it to SQLite's recovery.
    interrupted.store(false);
    options.cancel = &interrupted;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = ImportJob::importFile(*database, *profile, filePath, options);
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    if (!result.ran()) {
        if (parser.isSet(json)) {
            QJsonObject object;
            object.insert(QStringLiteral("status"), statusCode(result.status));
            object.insert(QStringLiteral("error"), result.error);
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        }
        err << (result.status == ImportResult::Status::Cancelled
                    ? tr("The import was cancelled; nothing was changed.")
                    : tr("The import failed; nothing was changed: %1").arg(result.error))
            << Qt::endl;
        return Failure;
    }

    const ImportCounts &counts = result.counts;
    if (parser.isSet(json)) {
        QJsonObject object;
        object.insert(QStringLiteral("status"), statusCode(result.status));
        object.insert(QStringLiteral("file"), file.absoluteFilePath());
        object.insert(QStringLiteral("profile"), profile->name);
        object.insert(QStringLiteral("policy"), AssetImporter::policyName(options.policy));
        object.insert(QStringLiteral("encoding"), CsvFormat::encodingName(result.format.encoding));
        object.insert(QStringLiteral("separator"), QString(result.format.separator));
        object.insert(QStringLiteral("checksum"), result.checksum);
        object.insert(QStringLiteral("data_rows"), counts.dataRows);
        object.insert(QStringLiteral("created"), counts.created);
        object.insert(QStringLiteral("updated"), counts.updated);
        object.insert(QStringLiteral("unchanged"), counts.unchanged);
        object.insert(QStringLiteral("rejected"), counts.rejected);
        object.insert(QStringLiteral("skipped_lines"), counts.skippedLines);
        object.insert(QStringLiteral("warnings"), counts.warnings);
        object.insert(QStringLiteral("batch"),
                      result.batchId > 0 ? QJsonValue(result.batchId) : QJsonValue());
        object.insert(QStringLiteral("rejects_file"),
                      result.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(result.rejectsFile));
        object.insert(QStringLiteral("seconds"), seconds);
        QJsonArray rejectArray;
        for (const ImportReject &reject : result.rejects) {
            QJsonObject item;
            item.insert(QStringLiteral("line"), reject.line);
            item.insert(QStringLiteral("column"), reject.column);
            item.insert(QStringLiteral("reason"), reject.reason);
            rejectArray.append(item);
        }
        object.insert(QStringLiteral("rejects"), rejectArray);
        QJsonArray noticeArray;
        for (const ImportNotice &notice : result.notices) {
            QJsonObject item;
            item.insert(QStringLiteral("line"), notice.line);
            item.insert(QStringLiteral("kind"),
                        notice.kind == ImportNotice::Kind::Warning ? QStringLiteral("warning")
                                                                   : QStringLiteral("skipped"));
            item.insert(QStringLiteral("column"), notice.column);
            item.insert(QStringLiteral("message"), notice.message);
            item.insert(QStringLiteral("text"), notice.rawText);
            noticeArray.append(item);
        }
        object.insert(QStringLiteral("notices"), noticeArray);
        if (!result.error.isEmpty())
            object.insert(QStringLiteral("error"), result.error);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }

    out << (result.status == ImportResult::Status::DryRun
                ? tr("Dry run of %1 with profile %2 (%3): nothing was written.")
                : tr("Imported %1 with profile %2 (%3)."))
               .arg(file.fileName(), profile->name, AssetImporter::policyName(options.policy))
        << Qt::endl;
    out << tr("Read as %1, separator \"%2\", in %3 s.")
               .arg(CsvFormat::encodingName(result.format.encoding), QString(result.format.separator))
               .arg(seconds, 0, 'f', 1)
        << Qt::endl;
    out << tr("Data rows: %1  created: %2  updated: %3  unchanged: %4  rejected: %5")
               .arg(counts.dataRows)
               .arg(counts.created)
               .arg(counts.updated)
               .arg(counts.unchanged)
               .arg(counts.rejected)
        << Qt::endl;
    out << tr("Lines skipped (blank, repeated header, sum line): %1  warnings: %2")
               .arg(counts.skippedLines)
               .arg(counts.warnings)
        << Qt::endl;
    if (result.batchId > 0)
        out << tr("Batch %1 (undo with: bestand undo-import %1)").arg(result.batchId) << Qt::endl;
    if (!result.rejects.isEmpty()) {
        const int shown = int(std::min<qsizetype>(result.rejects.size(), 10));
        out << tr("First rejected rows:") << Qt::endl;
        for (int i = 0; i < shown; ++i) {
            const ImportReject &reject = result.rejects.at(i);
            // Reasons from value checks already start with their column.
            const bool named = reject.column.isEmpty() || reject.reason.startsWith(reject.column);
            out << QStringLiteral("  ")
                << (named ? tr("line %1: %2").arg(reject.line).arg(reject.reason)
                          : tr("line %1, %2: %3").arg(reject.line).arg(reject.column, reject.reason))
                << Qt::endl;
        }
    }
    QStringList warnings;
    for (const ImportNotice &notice : result.notices) {
        if (notice.kind == ImportNotice::Kind::Warning && warnings.size() < 10)
            warnings.append(tr("line %1, %2: %3").arg(notice.line).arg(notice.column, notice.message));
    }
    if (!warnings.isEmpty()) {
        out << tr("First warnings (values repaired or dropped, kept in the history):") << Qt::endl;
        for (const QString &warning : std::as_const(warnings))
            out << QStringLiteral("  ") << warning << Qt::endl;
    }
    if (!result.rejectsFile.isEmpty())
        out << tr("Rejected rows written to %1").arg(result.rejectsFile) << Qt::endl;
    if (!result.error.isEmpty())
        err << result.error << Qt::endl;
    return Success;
}
