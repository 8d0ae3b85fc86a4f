#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "billing/billingresult.h"

struct StoredBillingRun;

// The statements of a billing run as a PDF (A4): one per authority, each on its own
// pages, with its totals per subject and rate, and a line per item when given.
// Needs a QGuiApplication (fonts), not a display: the command line runs it offscreen.
class BillingStatementPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(BillingStatementPdfWriter)

public:
    // linesByAuthority: empty for totals only.
    static QString toHtml(const BillingResult &result, const StoredBillingRun &run,
                          const QHash<qint64, QList<BillingLine>> &linesByAuthority);
    static bool write(const BillingResult &result, const StoredBillingRun &run,
                      const QHash<qint64, QList<BillingLine>> &linesByAuthority, const QString &path,
                      QString *error);
    // 123456 → "1.234,56 €" in the locale's digits and separators, from whole cents.
    static QString money(qint64 cents, const QLocale &locale);
};
