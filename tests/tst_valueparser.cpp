#include "import/valueparser.h"

#include <QDate>
#include <QTest>

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void money_data();
    void money();
    void placeholdersAreEmpty_data();
    void placeholdersAreEmpty();
    void serials_data();
    void serials();
    void inventoryNumbers_data();
    void inventoryNumbers();
    void macsInAnyNotation_data();
    void macsInAnyNotation();
    void integers_data();
    void integers();
    void typeNamesRoundTrip();
};

void TestValueParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: an error is expected
    QTest::addColumn<bool>("warns");
    QTest::newRow("german") << QStringLiteral("04.04.2009") << QDate(2009, 4, 4) << false;
    QTest::newRow("german short day and month") << QStringLiteral("4.4.2009") << QDate(2009, 4, 4) << false;
    QTest::newRow("two-digit year") << QStringLiteral("15.3.16") << QDate(2016, 3, 15) << true;
    QTest::newRow("two-digit year, old") << QStringLiteral("01.12.98") << QDate(1998, 12, 1) << true;
    QTest::newRow("iso") << QStringLiteral("2017-05-31") << QDate(2017, 5, 31) << false;
    QTest::newRow("excel serial") << QStringLiteral("42370") << QDate(2016, 1, 1) << false;
    QTest::newRow("year alone") << QStringLiteral("2015") << QDate(2015, 1, 1) << true;
    QTest::newRow("spaces around") << QStringLiteral("  01.02.2020 ") << QDate(2020, 2, 1) << false;
    QTest::newRow("31 February") << QStringLiteral("31.02.2017") << QDate() << false;
    QTest::newRow("month 13 iso") << QStringLiteral("2017-13-01") << QDate() << false;
    QTest::newRow("zeros") << QStringLiteral("00.00.0000") << QDate() << false;
    QTest::newRow("word") << QStringLiteral("gestern") << QDate() << false;
    QTest::newRow("year out of range") << QStringLiteral("3015") << QDate() << false;
    QTest::newRow("three parts too long") << QStringLiteral("001.02.2020") << QDate() << false;
}

void TestValueParser::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(bool, warns);
    const ParsedValue parsed = ValueParser().parse(ValueType::Date, text);
    if (!expected.isValid()) {
        QVERIFY2(!parsed.isOk(), qPrintable(parsed.value.toString()));
        QVERIFY2(parsed.error.contains(text.trimmed()), qPrintable(parsed.error));
        return;
    }
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.toDate(), expected);
    QCOMPARE(!parsed.warning.isEmpty(), warns);
    if (warns)
        QVERIFY2(parsed.warning.contains(text.trimmed()), qPrintable(parsed.warning)); // names the original
}

void TestValueParser::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: an error is expected
    QTest::newRow("german with euro sign") << QStringLiteral("1.234,56 €") << qint64(123456);
    QTest::newRow("german plain") << QStringLiteral("1234,56") << qint64(123456);
    QTest::newRow("EUR prefix") << QStringLiteral("EUR 1.299,00") << qint64(129900);
    QTest::newRow("whole euros") << QStringLiteral("1299") << qint64(129900);
    QTest::newRow("thousands only") << QStringLiteral("1.299") << qint64(129900);
    QTest::newRow("one decimal") << QStringLiteral("12,5") << qint64(1250);
    QTest::newRow("english decimal point") << QStringLiteral("12.50") << qint64(1250);
    QTest::newRow("no-break space") << QStringLiteral("346,62\u00a0€") << qint64(34662);
    QTest::newRow("millions") << QStringLiteral("1.234.567,89 €") << qint64(123456789);
    QTest::newRow("about") << QStringLiteral("ca. 500") << qint64(-1);
    QTest::newRow("not given") << QStringLiteral("k.A.") << qint64(-1);
    QTest::newRow("two commas") << QStringLiteral("12,34,56") << qint64(-1);
    QTest::newRow("bad grouping") << QStringLiteral("12.34,00") << qint64(-1);
    QTest::newRow("only a currency") << QStringLiteral("€") << qint64(-1);
}

void TestValueParser::money()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const ParsedValue parsed = ValueParser().parse(ValueType::Money, text);
    if (cents < 0) {
        QVERIFY2(!parsed.isOk(), qPrintable(parsed.value.toString()));
        return;
    }
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.toLongLong(), cents);
}

void TestValueParser::placeholdersAreEmpty_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    for (const char *placeholder : { "", "   ", "n.v.", "N.V.", "-", "unbekannt", "Unbekannt", "?" }) {
        for (ValueType type :
             { ValueType::Text, ValueType::Date, ValueType::Money, ValueType::Serial, ValueType::Mac }) {
            QTest::addRow("%s as %s", placeholder, qPrintable(ValueParser::typeName(type)))
                << QString::fromUtf8(placeholder) << int(type);
        }
    }
}

void TestValueParser::placeholdersAreEmpty()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    const ParsedValue parsed = ValueParser().parse(ValueType(type), text);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error));
    QVERIFY(parsed.isEmpty());
    QVERIFY(parsed.warning.isEmpty());
}

void TestValueParser::serials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("warns");
    QTest::newRow("plain") << QStringLiteral("YMX7MC5AJ7") << QStringLiteral("YMX7MC5AJ7") << false;
    QTest::newRow("lower case, spaces")
        << QStringLiteral(" cz c7-asf2zm ") << QStringLiteral("CZC7-ASF2ZM") << false;
    QTest::newRow("excel scientific") << QStringLiteral("1,23457E+11") << QString() << true;
    QTest::newRow("excel scientific with dot") << QStringLiteral("4.5E+10") << QString() << true;
    QTest::newRow("serial that contains an E")
        << QStringLiteral("E1234ABC") << QStringLiteral("E1234ABC") << false;
    QTest::newRow("digits around an E") << QStringLiteral("12E34X") << QStringLiteral("12E34X") << false;
}

void TestValueParser::serials()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, warns);
    const ParsedValue parsed = ValueParser().parse(ValueType::Serial, text);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value.toString(), expected);
    QCOMPARE(parsed.isEmpty(), expected.isEmpty());
    QCOMPARE(!parsed.warning.isEmpty(), warns);
    if (warns)
        QVERIFY2(parsed.warning.contains(text), qPrintable(parsed.warning));
}

void TestValueParser::inventoryNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("warns");
    QTest::newRow("complete") << QStringLiteral("0004711") << 7 << QStringLiteral("0004711") << false;
    QTest::newRow("zeros lost") << QStringLiteral("4711") << 7 << QStringLiteral("0004711") << true;
    QTest::newRow("no width") << QStringLiteral("4711") << 0 << QStringLiteral("4711") << false;
    QTest::newRow("not all digits") << QStringLiteral("sis-2009-1") << 7 << QStringLiteral("SIS-2009-1")
                                    << false;
    QTest::newRow("longer than width")
        << QStringLiteral("12345678") << 7 << QStringLiteral("12345678") << false;
}

void TestValueParser::inventoryNumbers()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QString, expected);
    QFETCH(bool, warns);
    const ParsedValue parsed = ValueParser().parse(ValueType::InventoryNumber, text, width);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value.toString(), expected);
    QCOMPARE(!parsed.warning.isEmpty(), warns);
    if (warns) {
        QVERIFY2(parsed.warning.contains(text), qPrintable(parsed.warning));
        QVERIFY2(parsed.warning.contains(QStringLiteral("zeros")), qPrintable(parsed.warning));
    }
}

void TestValueParser::macsInAnyNotation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: error
    QTest::newRow("colons") << QStringLiteral("8C:B4:0A:11:22:33") << QStringLiteral("8C:B4:0A:11:22:33");
    QTest::newRow("dashes lower") << QStringLiteral("8c-b4-0a-11-22-33")
                                  << QStringLiteral("8C:B4:0A:11:22:33");
    QTest::newRow("bare") << QStringLiteral("8cb40a112233") << QStringLiteral("8C:B4:0A:11:22:33");
    QTest::newRow("cisco") << QStringLiteral("8cb4.0a11.2233") << QStringLiteral("8C:B4:0A:11:22:33");
    QTest::newRow("too short") << QStringLiteral("8c:b4:0a") << QString();
    QTest::newRow("not hex") << QStringLiteral("zz:b4:0a:11:22:33") << QString();
}

void TestValueParser::macsInAnyNotation()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ParsedValue parsed = ValueParser().parse(ValueType::Mac, text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed.isOk());
        return;
    }
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.toString(), expected);
}

void TestValueParser::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("250") << qint64(250) << true;
    QTest::newRow("negative") << QStringLiteral("-5") << qint64(-5) << true;
    QTest::newRow("grouped") << QStringLiteral("1.000") << qint64(1000) << true;
    QTest::newRow("decimal") << QStringLiteral("2,5") << qint64(0) << false;
    QTest::newRow("word") << QStringLiteral("viele") << qint64(0) << false;
}

void TestValueParser::integers()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QFETCH(bool, ok);
    const ParsedValue parsed = ValueParser().parse(ValueType::Integer, text);
    QCOMPARE(parsed.isOk(), ok);
    if (ok)
        QCOMPARE(parsed.value.toLongLong(), expected);
}

void TestValueParser::typeNamesRoundTrip()
{
    for (ValueType type :
         { ValueType::Text, ValueType::Integer, ValueType::Date, ValueType::Money, ValueType::Serial,
           ValueType::Mac, ValueType::Ip, ValueType::Hostname, ValueType::InventoryNumber })
        QCOMPARE(ValueParser::typeFromName(ValueParser::typeName(type)), std::optional<ValueType>(type));
    QCOMPARE(ValueParser::typeFromName(QStringLiteral("colour")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
