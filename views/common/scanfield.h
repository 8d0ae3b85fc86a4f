#pragma once

#include <QLineEdit>

// Where a barcode scanner types: a code followed by Enter. After each scan the
// text stays selected, so the next scan replaces it.
class ScanField : public QLineEdit
{
    Q_OBJECT

public:
    explicit ScanField(QWidget *parent = nullptr);

    // Marks the field red when the last code found nothing (or was ambiguous).
    void showResult(bool found);

signals:
    void codeScanned(const QString &code);
};
