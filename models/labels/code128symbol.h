#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A Code 128 barcode for older scanners, made by libzint: the bars as module
// positions, without quiet zones and without human-readable text (the label prints
// the number itself).
class Code128Symbol
{
    Q_DECLARE_TR_FUNCTIONS(Code128Symbol)

public:
    struct Bar
    {
        double x = 0; // in modules from the left edge
        double width = 0; // in modules
    };

    static std::optional<Code128Symbol> encode(const QString &text, QString *error);

    double modules() const { return m_modules; }
    const QList<Bar> &bars() const { return m_bars; }

private:
    double m_modules = 0;
    QList<Bar> m_bars;
};
