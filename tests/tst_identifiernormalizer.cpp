#include "assets/identifiernormalizer.h"

#include <QTest>

class TestIdentifierNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void mac_data();
    void mac();
    void serial_data();
    void serial();
    void ip_data();
    void ip();
};

void TestIdentifierNormalizer::mac_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString canonical = QStringLiteral("8C:B4:FD:26:FA:30");
    QTest::newRow("colons upper") << QStringLiteral("8C:B4:FD:26:FA:30") << canonical;
    QTest::newRow("dashes lower") << QStringLiteral("8c-b4-fd-26-fa-30") << canonical;
    QTest::newRow("bare") << QStringLiteral("8cb4fd26fa30") << canonical;
    QTest::newRow("cisco dots") << QStringLiteral("8cb4.fd26.fa30") << canonical;
    QTest::newRow("surrounding space") << QStringLiteral("  8C:B4:FD:26:FA:30 ") << canonical;
    QTest::newRow("too short") << QStringLiteral("8C:B4:FD:26:FA") << QString();
    QTest::newRow("not hex") << QStringLiteral("8C:B4:FD:26:FA:3G") << QString();
    QTest::newRow("too long") << QStringLiteral("8C:B4:FD:26:FA:30:11") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifierNormalizer::mac()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IdentifierNormalizer::mac(input), expected);
    QCOMPARE(IdentifierNormalizer::isMac(input), !expected.isEmpty());
}

void TestIdentifierNormalizer::serial_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower with spaces") << QStringLiteral(" czc7 asf2zm ") << QStringLiteral("CZC7ASF2ZM");
    QTest::newRow("dash kept") << QStringLiteral("ab-12") << QStringLiteral("AB-12");
    QTest::newRow("tab inside") << QStringLiteral("AB\t12") << QStringLiteral("AB12");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifierNormalizer::serial()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IdentifierNormalizer::serial(input), expected);
}

void TestIdentifierNormalizer::ip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << QStringLiteral("10.21.77.20") << QStringLiteral("10.21.77.20");
    QTest::newRow("ipv4 leading zeros") << QStringLiteral("010.021.077.020") << QStringLiteral("10.21.77.20");
    QTest::newRow("ipv4 octet too big") << QStringLiteral("10.21.77.256") << QString();
    QTest::newRow("ipv4 three parts") << QStringLiteral("10.21.77") << QString();
    QTest::newRow("ipv6 full") << QStringLiteral("2001:DB8:0:0:0:0:0:1")
                               << QStringLiteral("2001:db8:0:0:0:0:0:1");
    QTest::newRow("ipv6 compressed") << QStringLiteral("fe80::1") << QStringLiteral("fe80::1");
    QTest::newRow("ipv6 two compressions") << QStringLiteral("fe80::1::2") << QString();
    QTest::newRow("word") << QStringLiteral("gestern") << QString();
}

void TestIdentifierNormalizer::ip()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IdentifierNormalizer::ip(input), expected);
}

QTEST_APPLESS_MAIN(TestIdentifierNormalizer)
#include "tst_identifiernormalizer.moc"
