#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QTextStream>

#include <memory>

#include "billing/billingresult.h"

// The billing for the finance system: CSV as German Excel reads it (UTF-8 with
// BOM, ';', decimal comma, dates dd.MM.yyyy), text that looks like a formula
// neutralised. Either one row per line, written as the calculator produces them,
// or one row per authority, subject and rate. The file appears only when complete.
class BillingCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(BillingCsvWriter)

public:
    enum class Rows { Lines, Totals };

    BillingCsvWriter(const QString &path, Rows rows);
    ~BillingCsvWriter();

    bool open(QString *error);
    void writeLine(const BillingLine &line, const BillingPeriod &period);
    // Writes the totals (Rows::Totals) and commits the file.
    bool finish(const BillingResult &result, QString *error);

    // 123456 → "1234,56": German decimal comma, no thousands separator for an import.
    static QString euros(qint64 cents);

private:
    void writeRow(const QStringList &cells);

    QString m_path;
    Rows m_rows;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QTextStream> m_stream;
};
