#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The modules of a QR code, made by libqrencode (error correction level M, byte
// mode, so any text a scanner may send back arrives unchanged).
class QrCodeMatrix
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeMatrix)

public:
    static std::optional<QrCodeMatrix> encode(const QString &text, QString *error);

    // Modules per side, without the quiet zone (which needs 4 modules around).
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }

private:
    int m_size = 0;
    QList<bool> m_dark;
};
