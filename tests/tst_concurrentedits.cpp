#include "assets/assetrepository.h"
#include "testsupport.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

// Several technicians on one inventory, each with a connection of their own: what
// one saves is never silently overwritten by another who read the asset before.
class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondSaveIsRefusedNamingTheChange();
    void eightWritersLoseNoUpdate();

private:
    Asset sampleAsset(const QString &inventoryNo);
    std::unique_ptr<TestDatabase> m_test;
};

void TestConcurrentEdits::init()
{
    m_test = std::make_unique<TestDatabase>();
}

void TestConcurrentEdits::cleanup()
{
    m_test.reset();
}

Asset TestConcurrentEdits::sampleAsset(const QString &inventoryNo)
{
    Asset asset;
    asset.inventoryNo = inventoryNo;
    asset.categoryId = m_test->categoryId(QStringLiteral("Notebook"));
    asset.manufacturer = QStringLiteral("Lenovo");
    asset.model = QStringLiteral("ThinkPad T14");
    asset.ownerAuthorityId = m_test->authorityId(QStringLiteral("KSM"));
    return asset;
}

void TestConcurrentEdits::secondSaveIsRefusedNamingTheChange()
{
    QString error;
    std::unique_ptr<Database> second = m_test->database().openAnother(&error);
    QVERIFY2(second, qPrintable(error));
    AssetRepository anna(m_test->database(), { QStringLiteral("anna"), 0 });
    AssetRepository bert(*second, { QStringLiteral("bert"), 0 });
    Asset asset = sampleAsset(QStringLiteral("SN-NB-0042"));
    QVERIFY2(anna.insert(asset, &error), qPrintable(error));

    // Both open the asset, then Anna saves first.
    Asset annasCopy = *anna.find(asset.id, &error);
    Asset bertsCopy = *bert.find(asset.id, &error);
    annasCopy.notes = QStringLiteral("Akku getauscht");
    annasCopy.hostname = QStringLiteral("SN-NB-0042-NEU");
    QCOMPARE(anna.update(annasCopy, &error), AssetRepository::UpdateResult::Updated);

    bertsCopy.costCentre = QStringLiteral("4711");
    bertsCopy.notes = QStringLiteral("Display defekt");
    QCOMPARE(bert.update(bertsCopy, &error), AssetRepository::UpdateResult::Conflict);
    // Bert learns who changed what, old and new value, before he decides anew.
    QVERIFY2(error.contains(QStringLiteral("SN-NB-0042")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("anna")), qPrintable(error));
    QVERIFY2(error.contains(AssetFields::displayName(AssetField::Notes)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Akku getauscht")), qPrintable(error));
    QVERIFY2(error.contains(AssetFields::displayName(AssetField::Hostname)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("sn-nb-0042-neu")), qPrintable(error));
    // What Bert saw when he opened it is not news to him.
    QVERIFY2(!error.contains(QStringLiteral("Created")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("Display defekt")), qPrintable(error));

    // Nothing of Bert's save was written, nothing of Anna's was lost.
    const Asset stored = *bert.find(asset.id, &error);
    QCOMPARE(stored.notes, QStringLiteral("Akku getauscht"));
    QCOMPARE(stored.costCentre, QString());
    QCOMPARE(m_test->scalar(QStringLiteral("SELECT COUNT(*) FROM history WHERE changed_by = 'bert'")).toInt(),
             0);

    // Reloaded, his change goes through on top of hers.
    Asset reloaded = stored;
    reloaded.costCentre = QStringLiteral("4711");
    QCOMPARE(bert.update(reloaded, &error), AssetRepository::UpdateResult::Updated);
    const Asset last = *anna.find(asset.id, &error);
    QCOMPARE(last.notes, QStringLiteral("Akku getauscht"));
    QCOMPARE(last.costCentre, QStringLiteral("4711"));
    QCOMPARE(last.rowVersion, 3);
}

// Eight writers, 1,000 edits each, on a few assets so that they collide often. Every
// edit ends applied (and then in the history, and visible in the row unless a later
// edit replaced it) or refused with a message; none is lost or half-written.
void TestConcurrentEdits::eightWritersLoseNoUpdate()
{
    constexpr int Writers = 8;
    constexpr int EditsPerWriter = 1000;
    constexpr int Assets = 12;
    QList<qint64> ids;
    {
        AssetRepository repository(m_test->database(), {});
        QString error;
        for (int i = 0; i < Assets; ++i) {
            Asset asset = sampleAsset(QStringLiteral("LOAD-%1").arg(i));
            QVERIFY2(repository.insert(asset, &error), qPrintable(error));
            ids.append(asset.id);
        }
    }
    const AssetField fields[] = { AssetField::Notes, AssetField::Hostname, AssetField::CostCentre };

    struct Applied
    {
        qint64 id;
        QString column;
        QString value;
    };
    QMutex mutex;
    QList<Applied> applied;
    int refused = 0;
    QStringList failures;

    QList<QThread *> threads;
    for (int writer = 0; writer < Writers; ++writer) {
        threads.append(QThread::create([&, writer] {
            QString error;
            std::unique_ptr<Database> database = m_test->database().openAnother(&error);
            if (!database) {
                QMutexLocker lock(&mutex);
                failures.append(error);
                return;
            }
            AssetRepository repository(*database, { QStringLiteral("writer%1").arg(writer), 0 });
            for (int edit = 0; edit < EditsPerWriter; ++edit) {
                const qint64 id = ids.at((writer * 5 + edit) % Assets);
                const AssetField field = fields[(writer + edit) % 3];
                // In lower case, as host names are stored.
                const QString value = QStringLiteral("w%1-%2").arg(writer).arg(edit);
                std::optional<Asset> asset = repository.find(id, &error);
                if (!asset) {
                    QMutexLocker lock(&mutex);
                    failures.append(error);
                    continue;
                }
                AssetFields::setValue(*asset, field, value);
                // Others may write between this read and the save, as a user thinks.
                QThread::yieldCurrentThread();
                error.clear();
                const AssetRepository::UpdateResult result = repository.update(*asset, &error);
                QMutexLocker lock(&mutex);
                if (result == AssetRepository::UpdateResult::Updated)
                    applied.append({ id, AssetFields::column(field), value });
                else if (result == AssetRepository::UpdateResult::Conflict && !error.isEmpty())
                    ++refused;
                else
                    failures.append(QStringLiteral("%1 (result %2)").arg(error).arg(int(result)));
            }
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(QDeadlineTimer(600000)));
        delete thread;
    }

    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(applied.size() + refused, Writers * EditsPerWriter);
    QVERIFY(applied.size() > 0);
    qInfo("%lld edits applied, %d refused", qint64(applied.size()), refused);

    // The history holds exactly the applied edits, each once.
    QSet<QString> appliedKeys;
    QHash<qint64, int> appliedPerAsset;
    for (const Applied &edit : std::as_const(applied)) {
        appliedKeys.insert(QStringLiteral("%1|%2|%3").arg(edit.id).arg(edit.column, edit.value));
        ++appliedPerAsset[edit.id];
    }
    QSet<QString> historyKeys;
    QHash<QString, QString> lastValue; // asset|column -> the newest value in the history
    QSqlQuery history(m_test->database().connection());
    QVERIFY(history.exec(QStringLiteral("SELECT entity_id, field, old_value, new_value FROM history "
                                        "WHERE entity = 'asset' AND action = 'update' ORDER BY id")));
    int historyRows = 0;
    while (history.next()) {
        const QString cell =
            QStringLiteral("%1|%2").arg(history.value(0).toLongLong()).arg(history.value(1).toString());
        // A save written over one it had not seen would name a value as old that was
        // no longer there: each change starts from where the one before it ended.
        QCOMPARE(history.value(2).toString(), lastValue.value(cell));
        historyKeys.insert(cell + QLatin1Char('|') + history.value(3).toString());
        lastValue[cell] = history.value(3).toString();
        ++historyRows;
    }
    QCOMPARE(historyRows, int(applied.size()));
    QCOMPARE(historyKeys, appliedKeys);

    // Each row shows its newest applied value, and counted every applied save once.
    AssetRepository reader(m_test->database(), {});
    QString error;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Asset> asset = reader.find(id, &error);
        QVERIFY2(asset, qPrintable(error));
        QCOMPARE(asset->rowVersion, 1 + appliedPerAsset.value(id));
        for (AssetField field : fields) {
            const QString cell = QStringLiteral("%1|%2").arg(id).arg(AssetFields::column(field));
            QCOMPARE(AssetFields::value(*asset, field).toString(), lastValue.value(cell));
        }
    }

    QString out;
    QCOMPARE(runBestand({ QStringLiteral("check"), QStringLiteral("--db"), m_test->path() }, &out), 0);
}

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
