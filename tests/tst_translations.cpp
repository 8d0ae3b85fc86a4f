#include "assets/assetstatus.h"
#include "import/importprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The UI ships in German: the .qm must be embedded, load for a German locale,
// and every source string must have a finished German translation.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanTranslationIsEmbeddedAndLoads();
    void everyStringIsTranslated();
    void builtInProfilesHaveGermanTitles();
};

void TestTranslations::germanTranslationIsEmbeddedAndLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("bestand"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(AssetStatusText::displayName(AssetStatus::InUse), QStringLiteral("In Betrieb"));
    QCOMPARE(AssetStatusText::displayName(AssetStatus::Retired), QStringLiteral("Ausgesondert"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(AssetStatusText::displayName(AssetStatus::InUse), QStringLiteral("In use"));
}

void TestTranslations::everyStringIsTranslated()
{
    // Re-scan the sources into a copy of the shipped .ts, so a new tr() string that
    // nobody translated fails here, not in front of a German user.
    QTemporaryDir dir;
    const QString scanned = dir.filePath(QStringLiteral("bestand_de.ts"));
    QVERIFY(QFile::copy(QStringLiteral(BESTAND_SOURCE_DIR "/resources/translations/bestand_de.ts"), scanned));
    QFile::setPermissions(scanned, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BESTAND_LUPDATE),
                  { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                    QStringLiteral(BESTAND_SOURCE_DIR "/models"), QStringLiteral(BESTAND_SOURCE_DIR "/views"),
                    QStringLiteral(BESTAND_SOURCE_DIR "/app"), QStringLiteral("-ts"), scanned });
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QFile file(scanned);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList untranslated;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                untranslated.append(context + QStringLiteral(": ") + source);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 50);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

void TestTranslations::builtInProfilesHaveGermanTitles()
{
    // The titles live in the profiles' JSON files; the wizard lists them in German.
    QMap<QString, QString> english;
    for (const QString &name : ImportProfile::builtInNames())
        english.insert(name, ImportProfile::load(name, nullptr)->title);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("bestand"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    for (const QString &name : ImportProfile::builtInNames()) {
        const QString german = ImportProfile::load(name, nullptr)->title;
        QVERIFY2(!german.isEmpty() && german != english.value(name),
                 qPrintable(name + QStringLiteral(": ") + german));
    }
    QCOMPARE(ImportProfile::load(QStringLiteral("sis"), nullptr)->title,
             QStringLiteral("SIS-Geräteliste (Stadt Schwerin)"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
