#include "exportcommand.h"

#include "assets/assetcsvexporter.h"
#include "assets/assetfilter.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

#include <cstdio>

QString ExportCommand::summary() const
{
    return tr("Export the assets as CSV (German Excel or plain UTF-8), all or those of one authority.");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addPositionalArgument(QStringLiteral("what"), tr("What to export: assets."),
                                 QStringLiteral("assets"));
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       tr("Only assets that the authority with this code owns OR uses (owner "
                                          "authority or using authority)."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("excel: UTF-8 with BOM, ';', dd.MM.yyyy, decimal comma, CRLF (default); "
           "plain: UTF-8, ',', ISO dates, decimal point, LF."),
        QStringLiteral("excel|plain"), QStringLiteral("excel"));
    const QCommandLineOption output(QStringLiteral("out"), tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(authority);
    parser.addOption(format);
    parser.addOption(output);
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList { QStringLiteral("assets") }) {
        err << tr("Say what to export: bestand export assets [OPTIONS]") << Qt::endl;
        return UsageError;
    }
    AssetCsvExporter::Format csvFormat = AssetCsvExporter::Format::GermanExcel;
    if (parser.value(format) == QLatin1String("plain")) {
        csvFormat = AssetCsvExporter::Format::Plain;
    } else if (parser.value(format) != QLatin1String("excel")) {
        err << tr("Unknown format %1: use excel or plain.").arg(parser.value(format)) << Qt::endl;
        return UsageError;
    }

    std::unique_ptr<Database> database = openDatabase(parser, false, err);
    if (!database)
        return Failure;

    AssetFilter filter;
    if (parser.isSet(authority)) {
        QSqlQuery query(database->connection());
        QString error;
        if (!Sql::prepare(query, QStringLiteral("SELECT id FROM authority WHERE code = ?"), &error)) {
            err << error << Qt::endl;
            return Failure;
        }
        query.addBindValue(parser.value(authority).trimmed().toUpper());
        if (!Sql::exec(query, &error)) {
            err << error << Qt::endl;
            return Failure;
        }
        if (!query.next()) {
            err << tr("There is no authority with the code %1.").arg(parser.value(authority)) << Qt::endl;
            return Failure;
        }
        filter.anyAuthorityIds = { query.value(0).toLongLong() };
    }

    AssetCsvExporter exporter(*database);
    exporter.setFilter(filter);
    exporter.setFormat(csvFormat);
    QString error;
    if (parser.isSet(output)) {
        // Written to a temporary file and renamed: a failed export leaves no half file.
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly)) {
            err << tr("Cannot write %1: %2").arg(parser.value(output), file.errorString()) << Qt::endl;
            return Failure;
        }
        if (!exporter.write(&file, &error) || !file.commit()) {
            err << (error.isEmpty() ? file.errorString() : error) << Qt::endl;
            return Failure;
        }
        err << tr("%n asset(s) exported to %1.", nullptr, int(exporter.rowsWritten()))
                   .arg(parser.value(output))
            << Qt::endl;
        return Success;
    }
    out.flush();
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        err << standardOutput.errorString() << Qt::endl;
        return Failure;
    }
    if (!exporter.write(&standardOutput, &error)) {
        err << error << Qt::endl;
        return Failure;
    }
    standardOutput.flush();
    return Success;
}
