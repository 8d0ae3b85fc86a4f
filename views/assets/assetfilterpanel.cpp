#include "assets/assetfilterpanel.h"

#include "common/referencecombobox.h"
#include "overview/overviewquery.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setDate(QDate::currentDate());
    edit->setEnabled(false);
    return edit;
}
// The status box's entry for every status but retired.
QString inInventoryCode()
{
    return QStringLiteral("inventory");
}

QList<AssetStatus> statusesOf(const QString &code)
{
    if (code == inInventoryCode())
        return AssetStatusText::inInventory();
    if (const std::optional<AssetStatus> status = AssetStatusText::fromCode(code))
        return { *status };
    return {};
}

// The box's entry for a filter's statuses; empty (any) when no entry matches.
QString statusCode(const QList<AssetStatus> &statuses)
{
    if (statuses.size() == 1)
        return AssetStatusText::code(statuses.first());
    return statuses == AssetStatusText::inInventory() ? inInventoryCode() : QString();
}

// The age band whose purchase dates today the filter holds; -1 (any) for none.
int ageBandOf(const AssetFilter &filter)
{
    for (int band = 0; band < OverviewFigures::AgeBandCount; ++band) {
        QDate from;
        QDate to;
        OverviewQuery::ageBandDates(OverviewFigures::AgeBand(band), QDate::currentDate(), &from, &to);
        if (from == filter.purchasedFrom && to == filter.purchasedTo
            && filter.purchaseDateUnknown == (band == OverviewFigures::AgeUnknown))
            return band;
    }
    return -1;
}
} // namespace

AssetFilterPanel::AssetFilterPanel(MasterDataRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_owner(new ReferenceComboBox(repository, MasterDataKind::Authority, tr("any"), this))
    , m_using(new ReferenceComboBox(repository, MasterDataKind::Authority, tr("any"), this))
    , m_category(new ReferenceComboBox(repository, MasterDataKind::Category, tr("any"), this))
    , m_status(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_site(new ReferenceComboBox(repository, MasterDataKind::Site, tr("any"), this))
    , m_room(new ReferenceComboBox(repository, MasterDataKind::Room, tr("any"), this))
    , m_unit(new ReferenceComboBox(repository, MasterDataKind::OrgUnit, tr("any"), this))
    , m_person(new ReferenceComboBox(repository, MasterDataKind::Person, tr("any"), this))
    , m_warrantyEnabled(new QCheckBox(tr("Warranty ends before"), this))
    , m_warrantyBefore(makeDateEdit(this))
    , m_auditEnabled(new QCheckBox(tr("Not audited since"), this))
    , m_notAuditedSince(makeDateEdit(this))
{
    setObjectName(QStringLiteral("assetFilterPanel"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_using->setObjectName(QStringLiteral("usingFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_site->setObjectName(QStringLiteral("siteFilter"));
    m_room->setObjectName(QStringLiteral("roomFilter"));
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_person->setObjectName(QStringLiteral("personFilter"));

    m_status->addItem(tr("any"), QString());
    for (AssetStatus status : AssetStatusText::all())
        m_status->addItem(AssetStatusText::displayName(status), AssetStatusText::code(status));
    m_status->addItem(tr("in the inventory (not retired)"), inInventoryCode());
    m_age->addItem(tr("any"), -1);
    for (int band = 0; band < OverviewFigures::AgeBandCount; ++band)
        m_age->addItem(OverviewQuery::ageBandName(OverviewFigures::AgeBand(band)), band);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("&Owner"), m_owner);
    addRow(form, tr("&Used by"), m_using);
    addRow(form, tr("Ca&tegory"), m_category);
    addRow(form, tr("Stat&us"), m_status);
    addRow(form, tr("A&ge"), m_age);
    addRow(form, tr("&Site"), m_site);
    addRow(form, tr("&Room"), m_room);
    addRow(form, tr("U&nit"), m_unit);
    addRow(form, tr("&Person"), m_person);
    form->addRow(m_warrantyEnabled);
    form->addRow(m_warrantyBefore);
    form->addRow(m_auditEnabled);
    form->addRow(m_notAuditedSince);

    auto *clearButton = new QPushButton(tr("&Clear filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFilters"));
    connect(clearButton, &QPushButton::clicked, this, &AssetFilterPanel::clear);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(clearButton);
    layout->addStretch();

    const auto changed = [this] {
        if (!m_updating)
            emit filterChanged();
    };
    for (ReferenceComboBox *box : { m_owner, m_using, m_category, m_site, m_room, m_unit, m_person })
        connect(box, &ReferenceComboBox::currentIdChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_age, &QComboBox::currentIndexChanged, this, changed);
    // Only the rooms of the chosen site are offered.
    connect(m_site, &ReferenceComboBox::currentIdChanged, this, [this](qint64 siteId) {
        const bool wasUpdating = m_updating;
        m_updating = true;
        m_room->reload(siteId > 0 ? std::optional<qint64>(siteId) : std::nullopt);
        m_updating = wasUpdating;
    });
    connect(m_warrantyEnabled, &QCheckBox::toggled, m_warrantyBefore, &QWidget::setEnabled);
    connect(m_auditEnabled, &QCheckBox::toggled, m_notAuditedSince, &QWidget::setEnabled);
    connect(m_warrantyEnabled, &QCheckBox::toggled, this, changed);
    connect(m_auditEnabled, &QCheckBox::toggled, this, changed);
    connect(m_warrantyBefore, &QDateEdit::dateChanged, this, [this, changed] {
        if (m_warrantyEnabled->isChecked())
            changed();
    });
    connect(m_notAuditedSince, &QDateEdit::dateChanged, this, [this, changed] {
        if (m_auditEnabled->isChecked())
            changed();
    });
}

void AssetFilterPanel::addRow(QFormLayout *layout, const QString &label, QWidget *field)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    layout->addRow(caption, field);
}

AssetFilter AssetFilterPanel::filter() const
{
    AssetFilter filter;
    if (m_owner->currentId() > 0)
        filter.ownerAuthorityIds = { m_owner->currentId() };
    if (m_using->currentId() > 0)
        filter.usingAuthorityIds = { m_using->currentId() };
    if (m_category->currentId() == severalCategories)
        filter.categoryIds = m_severalCategories;
    else if (m_category->currentId() > 0)
        filter.categoryIds = { m_category->currentId() };
    filter.statuses = statusesOf(m_status->currentData().toString());
    const int band = m_age->currentData().toInt();
    if (band >= 0) {
        OverviewQuery::ageBandDates(OverviewFigures::AgeBand(band), QDate::currentDate(),
                                    &filter.purchasedFrom, &filter.purchasedTo);
        filter.purchaseDateUnknown = band == OverviewFigures::AgeUnknown;
    }
    filter.siteId = m_site->currentId();
    filter.roomId = m_room->currentId();
    filter.unitId = m_unit->currentId();
    filter.personId = m_person->currentId();
    if (m_warrantyEnabled->isChecked())
        filter.warrantyEndingBefore = m_warrantyBefore->date();
    if (m_auditEnabled->isChecked())
        filter.notAuditedSince = m_notAuditedSince->date();
    return filter;
}

void AssetFilterPanel::setFilter(const AssetFilter &filter)
{
    m_updating = true;
    m_owner->setCurrentId(filter.ownerAuthorityIds.value(0));
    m_using->setCurrentId(filter.usingAuthorityIds.value(0));
    // Several categories (the overview's shared segment) are one entry of their own.
    const int several = m_category->findData(severalCategories);
    if (several >= 0)
        m_category->removeItem(several);
    m_severalCategories = filter.categoryIds.size() > 1 ? filter.categoryIds : QList<qint64> {};
    if (!m_severalCategories.isEmpty())
        m_category->addItem(tr("%1 categories").arg(m_severalCategories.size()), severalCategories);
    m_category->setCurrentId(m_severalCategories.isEmpty() ? filter.categoryIds.value(0) : severalCategories);
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusCode(filter.statuses))));
    m_age->setCurrentIndex(qMax(0, m_age->findData(ageBandOf(filter))));
    m_site->setCurrentId(filter.siteId);
    m_room->setCurrentId(filter.roomId);
    m_unit->setCurrentId(filter.unitId);
    m_person->setCurrentId(filter.personId);
    m_warrantyEnabled->setChecked(filter.warrantyEndingBefore.isValid());
    if (filter.warrantyEndingBefore.isValid())
        m_warrantyBefore->setDate(filter.warrantyEndingBefore);
    m_auditEnabled->setChecked(filter.notAuditedSince.isValid());
    if (filter.notAuditedSince.isValid())
        m_notAuditedSince->setDate(filter.notAuditedSince);
    m_updating = false;
    emit filterChanged();
}

void AssetFilterPanel::clear()
{
    setFilter(AssetFilter());
}

void AssetFilterPanel::reloadLists()
{
    m_updating = true;
    for (ReferenceComboBox *box : { m_owner, m_using, m_category, m_site, m_unit, m_person })
        box->reload();
    const qint64 site = m_site->currentId();
    m_room->reload(site > 0 ? std::optional<qint64>(site) : std::nullopt);
    m_updating = false;
    emit filterChanged();
}

void AssetFilterPanel::saveState(const QString &settingsGroup) const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const AssetFilter current = filter();
    settings.setValue(QStringLiteral("owner"), current.ownerAuthorityIds.value(0));
    settings.setValue(QStringLiteral("using"), current.usingAuthorityIds.value(0));
    settings.setValue(QStringLiteral("category"), current.categoryIds.value(0));
    settings.setValue(QStringLiteral("status"), m_status->currentData().toString());
    settings.setValue(QStringLiteral("age"), m_age->currentData().toInt());
    settings.setValue(QStringLiteral("site"), current.siteId);
    settings.setValue(QStringLiteral("room"), current.roomId);
    settings.setValue(QStringLiteral("unit"), current.unitId);
    settings.setValue(QStringLiteral("person"), current.personId);
    settings.setValue(QStringLiteral("warrantyEndingBefore"), current.warrantyEndingBefore);
    settings.setValue(QStringLiteral("notAuditedSince"), current.notAuditedSince);
    settings.endGroup();
}

void AssetFilterPanel::restoreState(const QString &settingsGroup)
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    AssetFilter restored;
    const auto idList = [&settings](const QString &key) {
        const qint64 id = settings.value(key).toLongLong();
        return id > 0 ? QList<qint64> { id } : QList<qint64> {};
    };
    restored.ownerAuthorityIds = idList(QStringLiteral("owner"));
    restored.usingAuthorityIds = idList(QStringLiteral("using"));
    restored.categoryIds = idList(QStringLiteral("category"));
    restored.statuses = statusesOf(settings.value(QStringLiteral("status")).toString());
    const int band = settings.value(QStringLiteral("age"), -1).toInt();
    if (band >= 0 && band < OverviewFigures::AgeBandCount) {
        OverviewQuery::ageBandDates(OverviewFigures::AgeBand(band), QDate::currentDate(),
                                    &restored.purchasedFrom, &restored.purchasedTo);
        restored.purchaseDateUnknown = band == OverviewFigures::AgeUnknown;
    }
    restored.siteId = settings.value(QStringLiteral("site")).toLongLong();
    restored.roomId = settings.value(QStringLiteral("room")).toLongLong();
    restored.unitId = settings.value(QStringLiteral("unit")).toLongLong();
    restored.personId = settings.value(QStringLiteral("person")).toLongLong();
    restored.warrantyEndingBefore = settings.value(QStringLiteral("warrantyEndingBefore")).toDate();
    restored.notAuditedSince = settings.value(QStringLiteral("notAuditedSince")).toDate();
    settings.endGroup();
    setFilter(restored);
}
