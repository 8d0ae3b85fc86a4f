#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "import/importprofile.h"
#include "import/valueparser.h"

struct CsvRecord;

// A problem or a repair in one cell of a row, with the column as the file names it.
struct RowMessage
{
    QString field;
    QString column;
    QString rawText;
    QString message;
};

// One cell after parsing and mapping. value is null when the cell is empty.
struct MappedValue
{
    QVariant value; // QString, QDate, qint64 cents/number, or QStringList for list columns
    QString rawText;
    QString column;
};

struct MappedRow
{
    QHash<QString, MappedValue> values; // field -> value; fields the row leaves empty are absent
    QList<RowMessage> errors; // the row cannot be imported (strict mode)
    QList<RowMessage> warnings; // repaired or dropped values, kept in the item's history

    bool has(const QString &field) const { return values.contains(field); }
    QVariant value(const QString &field) const { return values.value(field).value; }
    QString text(const QString &field) const { return values.value(field).value.toString(); }
};

// Turns the fields of one CSV record into named, parsed, mapped values as an
// import profile says. Knows nothing about assets or licences, so every importer
// (assets, licences) shares it.
class ImportRowMapper
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowMapper)

public:
    // lenient: an unreadable value becomes empty and a warning instead of an error.
    ImportRowMapper(const ImportProfile &profile, bool lenient);

    // Finds each profile column in the header. Columns the profile does not know
    // (e.g. the reason column of a rejects file) are ignored. False when a
    // required column is missing.
    bool setHeader(const QStringList &header, QString *error);
    const QStringList &header() const { return m_header; }
    // The header column index a profile column was found at, -1 when absent.
    int columnIndex(int profileColumn) const { return m_indexes.value(profileColumn, -1); }

    // A repeated header line or a line a skip pattern matches (a sum line): not data.
    bool isRepeatedHeader(const QStringList &fields) const;
    bool isSkipLine(const QStringList &fields) const;

    MappedRow map(const QStringList &fields) const;

private:
    void addValue(MappedRow &row, const ProfileColumn &column, const QString &field,
                  const QString &columnName, const QString &text) const;
    void addProblem(MappedRow &row, const QString &field, const QString &column, const QString &text,
                    const QString &message) const;

    const ImportProfile &m_profile;
    ValueParser m_parser;
    bool m_lenient;
    QStringList m_header;
    QStringList m_normalisedHeader;
    QList<int> m_indexes; // per profile column
};
