#include "assets/assetvalidator.h"

#include "assets/assetrepository.h"
#include "assets/identifiernormalizer.h"

#include <QLocale>
#include <QRegularExpression>

AssetValidator::AssetValidator(AssetRepository &repository)
    : m_repository(repository)
{ }

std::optional<QDate> AssetValidator::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    for (const QString &format : { QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd") }) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    // Two-digit years are this century: nobody buys hardware in 1924.
    const QDate shortYear = QDate::fromString(trimmed, QStringLiteral("d.M.yy"));
    if (shortYear.isValid())
        return shortYear.addYears(100);
    return std::nullopt;
}

QString AssetValidator::formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

std::optional<std::optional<qint64>> AssetValidator::parsePrice(const QString &text)
{
    QString trimmed = text.trimmed();
    trimmed.remove(QChar(0x20AC)); // €
    trimmed.remove(QLatin1String("EUR"));
    trimmed = trimmed.trimmed();
    if (trimmed.isEmpty())
        return std::optional<qint64>();
    // German "1.234,56" or plain "1234.56": the last separator followed by one or two
    // digits is the decimal one, every other dot or comma groups thousands.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,3}(?:[.,' ]?\\d{3})*|\\d+)(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    QString euros = match.captured(1);
    euros.remove(QLatin1Char('.'));
    euros.remove(QLatin1Char(','));
    euros.remove(QLatin1Char('\''));
    euros.remove(QLatin1Char(' '));
    bool ok = false;
    const qint64 whole = euros.toLongLong(&ok);
    if (!ok || whole > 100'000'000)
        return std::nullopt;
    QString fraction = match.captured(2);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    return std::optional<qint64>(whole * 100 + fraction.toLongLong());
}

QString AssetValidator::formatPrice(const std::optional<qint64> &cents)
{
    if (!cents)
        return {};
    return QLocale(QLocale::German).toString(*cents / 100.0, 'f', 2);
}

QString AssetValidator::typedText(const Asset &asset, AssetField field)
{
    switch (field) {
    case AssetField::PurchaseDate:
        return formatDate(asset.purchaseDate);
    case AssetField::WarrantyEnd:
        return formatDate(asset.warrantyEnd);
    case AssetField::LastAudited:
        return formatDate(asset.lastAudited);
    case AssetField::PurchasePrice:
        return formatPrice(asset.purchasePriceCents);
    default:
        return AssetFields::historyText(asset, field);
    }
}

AssetValidator::Messages AssetValidator::validate(Asset &asset, const QHash<AssetField, QString> &typedTexts)
{
    Messages messages;
    AssetRepository::normalise(asset);

    const auto dateField = [&](AssetField field, QDate &target) {
        if (!typedTexts.contains(field))
            return;
        const std::optional<QDate> date = parseDate(typedTexts.value(field));
        if (!date)
            messages.insert(field, tr("Not a date. Type it as dd.mm.yyyy, e.g. 31.12.2027."));
        else
            target = *date;
    };
    dateField(AssetField::PurchaseDate, asset.purchaseDate);
    dateField(AssetField::WarrantyEnd, asset.warrantyEnd);
    dateField(AssetField::LastAudited, asset.lastAudited);

    if (typedTexts.contains(AssetField::PurchasePrice)) {
        const std::optional<std::optional<qint64>> price =
            parsePrice(typedTexts.value(AssetField::PurchasePrice));
        if (!price)
            messages.insert(AssetField::PurchasePrice, tr("Not a price. Type euros, e.g. 1.299,00."));
        else
            asset.purchasePriceCents = *price;
    }
    if (typedTexts.contains(AssetField::Mac)) {
        const QString text = typedTexts.value(AssetField::Mac).trimmed();
        if (!text.isEmpty() && !IdentifierNormalizer::isMac(text))
            messages.insert(AssetField::Mac,
                            tr("Not a MAC address. Expected six pairs of hex digits, e.g. "
                               "00:1A:2B:3C:4D:5E."));
        else
            asset.mac = IdentifierNormalizer::mac(text);
    }
    if (typedTexts.contains(AssetField::Ip)) {
        const QString text = typedTexts.value(AssetField::Ip).trimmed();
        const QString ip = IdentifierNormalizer::ip(text);
        if (!text.isEmpty() && ip.isEmpty())
            messages.insert(AssetField::Ip, tr("Not an IP address, e.g. 10.20.30.40."));
        else
            asset.ip = ip;
    }

    if (asset.inventoryNo.isEmpty()) {
        messages.insert(AssetField::InventoryNo, tr("The inventory number is required."));
    } else {
        QString error;
        const std::optional<qint64> other = m_repository.findByInventoryNo(asset.inventoryNo, &error);
        if (other && *other != asset.id)
            messages.insert(
                AssetField::InventoryNo,
                tr("Inventory number %1 is already used by another asset.").arg(asset.inventoryNo));
    }
    if (!asset.serialNo.isEmpty()) {
        QString error;
        const std::optional<qint64> other = m_repository.findBySerial(asset.serialNo, &error);
        if (other && *other != asset.id)
            messages.insert(
                AssetField::SerialNo,
                tr("Serial number %1 is already recorded for another asset.").arg(asset.serialNo));
    }
    if (asset.categoryId <= 0)
        messages.insert(AssetField::Category, tr("Choose a category."));
    if (asset.ownerAuthorityId <= 0)
        messages.insert(AssetField::OwnerAuthority, tr("Every asset needs an owner authority."));

    const QDate today = QDate::currentDate();
    if (!messages.contains(AssetField::PurchaseDate) && asset.purchaseDate.isValid()
        && asset.purchaseDate > today)
        messages.insert(AssetField::PurchaseDate, tr("The purchase date lies in the future."));
    if (!messages.contains(AssetField::WarrantyEnd) && asset.warrantyEnd.isValid()
        && asset.purchaseDate.isValid() && asset.warrantyEnd < asset.purchaseDate)
        messages.insert(AssetField::WarrantyEnd, tr("The warranty cannot end before the purchase date."));
    if (!messages.contains(AssetField::LastAudited) && asset.lastAudited.isValid()
        && asset.lastAudited > today)
        messages.insert(AssetField::LastAudited, tr("The last audit cannot lie in the future."));
    return messages;
}
