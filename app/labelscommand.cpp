#include "labelscommand.h"

#include "assets/assetlookup.h"
#include "labels/labelitemquery.h"
#include "labels/labellayout.h"
#include "labels/labelsheetwriter.h"
#include "masterdata/masterdatarepository.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

QString LabelsCommand::summary() const
{
    return tr(
        "Asset labels with QR code and barcode as a PDF: `labels [--authority CODE] [--site NAME] [--ids "
        "FILE] --layout NAME --out FILE.pdf`; `labels --list-layouts`.");
}

bool LabelsCommand::needsGuiApplication(const QStringList &arguments) const
{
    return hasOption(arguments, QStringLiteral("out"));
}

std::optional<QList<qint64>> LabelsCommand::readIds(Database &database, const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    AssetLookup lookup(database);
    QList<qint64> ids;
    int unknown = 0;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        // A number is looked up as inventory or legacy number first (district numbers
        // are digits), then taken as an asset id.
        QString error;
        QList<qint64> found = lookup.find(line, &error);
        bool isNumber = false;
        const qint64 id = line.toLongLong(&isNumber);
        if (found.isEmpty() && isNumber)
            found = { id };
        if (found.size() == 1) {
            ids.append(found.first());
            continue;
        }
        ++unknown;
        err << (found.isEmpty()
                    ? tr("%1, line %2: no asset has the number %3.").arg(path).arg(lineNo).arg(line)
                    : tr("%1, line %2: %3 names %4 assets; give the inventory number.")
                          .arg(path)
                          .arg(lineNo)
                          .arg(line)
                          .arg(found.size()))
            << Qt::endl;
    }
    if (unknown > 0)
        return std::nullopt;
    return ids;
}

int LabelsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       tr("Only assets this authority owns or uses (its code)."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption site(QStringLiteral("site"), tr("Only assets at this site (its name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption ids(QStringLiteral("ids"),
                                 tr("Only the assets this file lists, one per line: asset id, inventory or "
                                    "legacy number."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
                                          tr("The label sheet or roll (see --list-layouts); default %1.")
                                              .arg(LabelLayout::all().constFirst().name),
                                          QStringLiteral("NAME"));
    const QCommandLineOption skip(
        QStringLiteral("skip"),
        tr("Leave the first N labels of the first sheet empty (a sheet used in part)."), QStringLiteral("N"));
    const QCommandLineOption legacy(QStringLiteral("legacy"),
                                    tr("Show the legacy number where there is one."));
    const QCommandLineOption noBarcode(QStringLiteral("no-barcode"), tr("Leave out the Code 128 barcode."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption listLayouts(QStringLiteral("list-layouts"), tr("List the label layouts."));
    parser.addOptions(
        { authority, site, ids, layoutOption, skip, legacy, noBarcode, outOption, listLayouts });
    int exitCode = Success;
    if (!parse(parser, arguments, out, err, &exitCode))
        return exitCode;

    if (parser.isSet(listLayouts)) {
        for (const LabelLayout &layout : LabelLayout::all())
            out << layout.name << QLatin1Char('\t') << layout.labelsPerPage() << QLatin1Char('\t')
                << layout.title << Qt::endl;
        return Success;
    }
    if (!parser.isSet(outOption)) {
        err << tr("Where should the labels go? Give --out FILE.pdf.") << Qt::endl;
        return UsageError;
    }
    const QString layoutName =
        parser.isSet(layoutOption) ? parser.value(layoutOption) : LabelLayout::all().constFirst().name;
    const std::optional<LabelLayout> layout = LabelLayout::find(layoutName);
    if (!layout) {
        err << tr("There is no label layout %1 (see --list-layouts).").arg(layoutName) << Qt::endl;
        return UsageError;
    }
    bool skipValid = true;
    const int skipped = parser.isSet(skip) ? parser.value(skip).toInt(&skipValid) : 0;
    if (!skipValid || skipped < 0 || skipped >= layout->labelsPerPage()) {
        err << tr("--skip takes 0 to %1 for %2.").arg(layout->labelsPerPage() - 1).arg(layout->name)
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(ids) && (parser.isSet(authority) || parser.isSet(site))) {
        err << tr("--ids lists the assets itself; it does not combine with --authority or --site.")
            << Qt::endl;
        return UsageError;
    }

    std::unique_ptr<Database> database = openDatabase(parser, false, err);
    if (!database)
        return Failure;
    QString error;
    std::optional<QList<LabelItem>> items;
    LabelItemQuery query(*database);
    if (parser.isSet(ids)) {
        const std::optional<QList<qint64>> assetIds = readIds(*database, parser.value(ids), err);
        if (!assetIds) {
            err << tr("No labels were written.") << Qt::endl;
            return Failure;
        }
        QList<qint64> missing;
        items = query.forAssets(*assetIds, &error, &missing);
        if (items && !missing.isEmpty()) {
            for (const qint64 id : std::as_const(missing))
                err << tr("There is no asset with the id %1.").arg(id) << Qt::endl;
            err << tr("No labels were written.") << Qt::endl;
            return Failure;
        }
    } else {
        const std::optional<qint64> authorityId = authorityOption(*database, parser, authority, err);
        if (!authorityId)
            return Failure;
        qint64 siteId = 0;
        if (parser.isSet(site)) {
            const QList<MasterDataRecord> sites =
                MasterDataRepository(*database).list(MasterDataKind::Site, &error);
            for (const MasterDataRecord &record : sites) {
                if (record.name.compare(parser.value(site), Qt::CaseInsensitive) == 0)
                    siteId = record.id;
            }
            if (siteId == 0) {
                err << tr("There is no site %1.").arg(parser.value(site)) << Qt::endl;
                return Failure;
            }
        }
        items = query.forSelection(*authorityId, siteId, &error);
    }
    if (!items) {
        err << error << Qt::endl;
        return Failure;
    }
    if (items->isEmpty()) {
        err << tr("No asset matches; no labels were written.") << Qt::endl;
        return Failure;
    }

    LabelPainter::Options options;
    options.legacyNumber = parser.isSet(legacy);
    options.barcode = !parser.isSet(noBarcode);
    const LabelSheetWriter writer(*layout, options, skipped);
    QElapsedTimer timer;
    timer.start();
    if (!writer.writePdf(*items, parser.value(outOption), &error)) {
        err << tr("The labels could not be written: %1").arg(error) << Qt::endl;
        return Failure;
    }
    const QLocale locale;
    out << tr("%1 labels on %2 pages (%3) written to %4 in %5 s.")
               .arg(locale.toString(items->size()), locale.toString(writer.pageCount(int(items->size()))),
                    layout->name, parser.value(outOption), locale.toString(timer.elapsed() / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}
