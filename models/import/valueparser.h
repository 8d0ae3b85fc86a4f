#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The result of reading one cell: a value (null when the cell is empty), or an
// error saying why the text is unreadable; a warning when the value had to be
// repaired or was dropped (it names the original text).
struct ParsedValue
{
    QVariant value;
    QString error;
    QString warning;

    bool isOk() const { return error.isEmpty(); }
    bool isEmpty() const { return value.isNull(); }
};

// How a cell's text is read. Names are used in import profiles ("date", "money" …).
enum class ValueType { Text, Integer, Date, Money, Serial, Mac, Ip, Hostname, InventoryNumber };

// Reads the values legacy lists hold: German and ISO dates, Excel serial dates,
// German money, placeholders for "no value", serials destroyed by a spreadsheet,
// inventory numbers that lost their leading zeros. Pure: no database, no state
// besides the placeholder list.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)

public:
    // n.v., -, unbekannt, ?, and the like: a cell that means "no value".
    static QStringList defaultPlaceholders();

    explicit ValueParser(const QStringList &placeholders = defaultPlaceholders());

    bool isPlaceholder(const QString &text) const;

    // Empty cells and placeholders give an empty value for every type.
    // padWidth only applies to InventoryNumber.
    ParsedValue parse(ValueType type, const QString &text, int padWidth = 0) const;

    // Value as QDate. dd.mm.yyyy, d.m.yy (repaired, with a warning), yyyy-mm-dd,
    // an Excel serial day number (e.g. 42370), a year alone (kept as 1 January, with a warning).
    static ParsedValue date(const QString &text);
    // Value as qint64 cents. 1.234,56 €, 1234,56, EUR 1.299,00, 1299, 12.50.
    static ParsedValue money(const QString &text);
    // Value as qint64. 12, -5, 1.000.
    static ParsedValue integer(const QString &text);
    // Normalised serial; a number in scientific notation (1,23457E+11) is dropped with a warning.
    static ParsedValue serial(const QString &text);
    static ParsedValue mac(const QString &text);
    static ParsedValue ip(const QString &text);
    static ParsedValue hostname(const QString &text);
    // Normalised; an all-digit number shorter than padWidth gets its leading zeros back (warning).
    static ParsedValue inventoryNumber(const QString &text, int padWidth);
    static ParsedValue text(const QString &text);

    static QString typeName(ValueType type);
    static std::optional<ValueType> typeFromName(const QString &name);

private:
    QStringList m_placeholders; // lower case, trimmed
};
