#include "common/scanfield.h"

ScanField::ScanField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("scanField"));
    setPlaceholderText(tr("Scan or type a code (F3) and press Enter"));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        const QString code = text().trimmed();
        if (!code.isEmpty())
            emit codeScanned(code);
    });
    connect(this, &QLineEdit::textEdited, this, [this] { showResult(true); });
}

void ScanField::showResult(bool found)
{
    setStyleSheet(found ? QString()
                        : QStringLiteral("QLineEdit { border: 2px solid #c62828; color: #c62828; }"));
    setProperty("scanFailed", !found);
    if (!found)
        selectAll();
}
