#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

#include "assets/asset.h"

class AssetRepository;

// Checks an asset before it is saved and says, per field, what is wrong, so the
// edit dialog can show the message at the field. Fields typed as text (dates,
// price, MAC, IP) are parsed here from what the user typed.
class AssetValidator
{
    Q_DECLARE_TR_FUNCTIONS(AssetValidator)

public:
    using Messages = QHash<AssetField, QString>;

    explicit AssetValidator(AssetRepository &repository);

    // Parses typedTexts (PurchaseDate, WarrantyEnd, LastAudited, PurchasePrice, Mac, Ip)
    // into asset and checks every field; empty when the asset may be saved.
    Messages validate(Asset &asset, const QHash<AssetField, QString> &typedTexts);

    // "31.12.2024", also "31.12.24" and ISO "2024-12-31"; nullopt when not a date, an invalid QDate for "".
    static std::optional<QDate> parseDate(const QString &text);
    static QString formatDate(const QDate &date);
    // "1.234,56", "1234.56", "1234" (euros) to cents; nullopt when not a price, 0 cents marker for "".
    static std::optional<std::optional<qint64>> parsePrice(const QString &text);
    static QString formatPrice(const std::optional<qint64> &cents);
    // A field's value as a user types it: dates and the price as above, what validate()
    // reads back; other fields as their history text.
    static QString typedText(const Asset &asset, AssetField field);

private:
    AssetRepository &m_repository;
};
