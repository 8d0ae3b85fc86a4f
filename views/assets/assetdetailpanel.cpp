#include "assets/assetdetailpanel.h"

#include "assets/assetrepository.h"
#include "assets/assetvalidator.h"
#include "assets/historyview.h"
#include "masterdata/masterdatakind.h"
#include "masterdata/masterdatarepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>

AssetDetailPanel::AssetDetailPanel(Database &database, MasterDataRepository &masterData,
                                   AssetRepository &repository, QWidget *parent)
    : QTabWidget(parent)
    , m_masterData(masterData)
    , m_repository(repository)
    , m_history(new HistoryView(database, this))
{
    setObjectName(QStringLiteral("assetDetailPanel"));
    auto *details = new QWidget;
    auto *form = new QFormLayout(details);
    form->setLabelAlignment(Qt::AlignRight);
    for (AssetField field : AssetFields::all()) {
        auto *value = new QLabel(details);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setObjectName(QStringLiteral("detail_") + AssetFields::column(field));
        form->addRow(AssetFields::displayName(field) + QLatin1Char(':'), value);
        m_values.insert(field, value);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    addTab(scroll, tr("&Details"));
    addTab(m_history, tr("&History"));
}

QString AssetDetailPanel::displayText(const Asset &asset, AssetField field)
{
    const QVariant value = AssetFields::value(asset, field);
    if (const std::optional<MasterDataKind> kind = AssetFields::referencedKind(field)) {
        const qint64 id = value.toLongLong();
        if (id <= 0)
            return {};
        QString error;
        const std::optional<MasterDataRecord> record = m_masterData.find(*kind, id, &error);
        return record ? record->label() : QString::number(id);
    }
    switch (field) {
    case AssetField::Status:
        return AssetStatusText::displayName(asset.status);
    case AssetField::PurchasePrice:
        return asset.purchasePriceCents
            ? AssetValidator::formatPrice(asset.purchasePriceCents) + QStringLiteral(" €")
            : QString();
    default:
        return AssetValidator::typedText(asset, field);
    }
}

void AssetDetailPanel::showAsset(qint64 assetId)
{
    m_assetId = assetId;
    QString error;
    const std::optional<Asset> asset = assetId > 0 ? m_repository.find(assetId, &error) : std::nullopt;
    for (AssetField field : AssetFields::all())
        m_values.value(field)->setText(asset ? displayText(*asset, field) : QString());
    m_history->showAsset(asset ? assetId : 0);
}

void AssetDetailPanel::showHistoryTab()
{
    setCurrentWidget(m_history);
}
