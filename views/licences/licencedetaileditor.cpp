#include "licences/licencedetaileditor.h"

#include "common/referencecombobox.h"
#include "licences/licencekeymask.h"
#include "licences/licencerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {
// A QDateEdit cannot be empty: its minimum date stands for "no date".
const QDate noDate(2000, 1, 1);
} // namespace

LicenceDetailEditor::LicenceDetailEditor(LicenceRepository &repository, MasterDataRepository &masterData,
                                         QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_product(new QLineEdit(this))
    , m_vendor(new QLineEdit(this))
    , m_edition(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_key(new QLineEdit(this))
    , m_showKey(new QPushButton(tr("Show key"), this))
    , m_contract(new QLineEdit(this))
    , m_validFrom(createDateEdit(QStringLiteral("validFromEdit")))
    , m_validUntil(createDateEdit(QStringLiteral("validUntilEdit")))
    , m_price(new QDoubleSpinBox(this))
    , m_maintenanceEnd(createDateEdit(QStringLiteral("maintenanceEndEdit")))
    , m_owner(new ReferenceComboBox(masterData, MasterDataKind::Authority, tr("Owner authority"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save licence"), this))
{
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_vendor->setObjectName(QStringLiteral("vendorEdit"));
    m_edition->setObjectName(QStringLiteral("editionEdit"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_metric->setObjectName(QStringLiteral("metricCombo"));
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_showKey->setObjectName(QStringLiteral("showKeyButton"));
    m_contract->setObjectName(QStringLiteral("contractEdit"));
    m_price->setObjectName(QStringLiteral("priceSpin"));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_save->setObjectName(QStringLiteral("saveLicenceButton"));

    for (LicenceType type : LicenceTypeText::all())
        m_type->addItem(LicenceTypeText::displayName(type), int(type));
    for (LicenceMetric metric : LicenceMetricText::all())
        m_metric->addItem(LicenceMetricText::displayName(metric), int(metric));
    m_quantity->setRange(0, 10000000);
    m_price->setRange(0, 10000000);
    m_price->setDecimals(2);
    m_price->setSpecialValueText(tr("no price"));
    m_showKey->setToolTip(tr("Shows the licence key. Every showing is recorded in the history."));
    m_notes->setMaximumHeight(80);

    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("Version/&edition:"), m_edition);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Seats owned:"), m_quantity);
    form->addRow(tr("Licence &key:"), keyRow);
    form->addRow(tr("&Contract no.:"), m_contract);
    form->addRow(tr("Valid &from:"), m_validFrom);
    form->addRow(tr("Valid &until:"), m_validUntil);
    form->addRow(tr("P&rice per seat (€):"), m_price);
    form->addRow(tr("M&aintenance until:"), m_maintenanceEnd);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_save);

    connect(m_showKey, &QPushButton::clicked, this, &LicenceDetailEditor::revealKey);
    connect(m_save, &QPushButton::clicked, this, &LicenceDetailEditor::save);
    setLicence(0);
}

QDateEdit *LicenceDetailEditor::createDateEdit(const QString &objectName)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(tr("none"));
    edit->setDate(noDate);
    return edit;
}

QDate LicenceDetailEditor::dateOf(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void LicenceDetailEditor::setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

void LicenceDetailEditor::setLicence(qint64 licenceId)
{
    m_keyRevealed = false;
    if (licenceId <= 0) {
        m_licence = Licence();
    } else {
        QString error;
        const std::optional<Licence> licence = m_repository.find(licenceId, &error);
        if (!licence) {
            emit message(error, true);
            return;
        }
        m_licence = *licence;
    }
    showLicence();
}

void LicenceDetailEditor::showLicence()
{
    m_product->setText(m_licence.product);
    m_vendor->setText(m_licence.vendor);
    m_edition->setText(m_licence.edition);
    m_type->setCurrentIndex(m_type->findData(int(m_licence.type)));
    m_metric->setCurrentIndex(m_metric->findData(int(m_licence.metric)));
    m_quantity->setValue(m_licence.quantity);
    // A new licence has no secret yet: its key is typed in directly.
    const bool isNew = m_licence.id <= 0;
    m_key->setText(isNew ? QString() : LicenceKeyMask::mask(m_licence.licenceKey));
    m_key->setReadOnly(!isNew);
    m_key->setPlaceholderText(isNew ? tr("as printed on the licence certificate") : tr("no key"));
    m_showKey->setEnabled(!isNew && !m_licence.licenceKey.isEmpty());
    m_contract->setText(m_licence.contractNo);
    setDate(m_validFrom, m_licence.validFrom);
    setDate(m_validUntil, m_licence.validUntil);
    m_price->setValue(m_licence.pricePerSeatCents ? *m_licence.pricePerSeatCents / 100.0 : 0.0);
    setDate(m_maintenanceEnd, m_licence.maintenanceEnd);
    m_owner->setCurrentId(m_licence.ownerAuthorityId);
    m_notes->setPlainText(m_licence.notes);
}

void LicenceDetailEditor::revealKey()
{
    if (m_licence.id <= 0)
        return;
    QString error;
    const std::optional<QString> key = m_repository.revealKey(m_licence.id, &error);
    if (!key) {
        emit message(error, true);
        return;
    }
    m_keyRevealed = true;
    m_key->setText(*key);
    m_key->setReadOnly(false);
    m_showKey->setEnabled(false);
    emit message(tr("The key was shown; this is recorded in the licence's history."), false);
}

Licence LicenceDetailEditor::licenceFromForm() const
{
    Licence licence = m_licence;
    licence.product = m_product->text();
    licence.vendor = m_vendor->text();
    licence.edition = m_edition->text();
    licence.type = LicenceType(m_type->currentData().toInt());
    licence.metric = LicenceMetric(m_metric->currentData().toInt());
    licence.quantity = m_quantity->value();
    if (m_licence.id <= 0 || m_keyRevealed)
        licence.licenceKey = m_key->text();
    licence.contractNo = m_contract->text();
    licence.validFrom = dateOf(m_validFrom);
    licence.validUntil = dateOf(m_validUntil);
    licence.pricePerSeatCents =
        m_price->value() > 0 ? std::optional<qint64>(qRound64(m_price->value() * 100)) : std::nullopt;
    licence.maintenanceEnd = dateOf(m_maintenanceEnd);
    licence.ownerAuthorityId = m_owner->currentId();
    licence.notes = m_notes->toPlainText();
    return licence;
}

void LicenceDetailEditor::save()
{
    Licence licence = licenceFromForm();
    QString error;
    if (licence.id <= 0) {
        if (!m_repository.insert(licence, &error)) {
            emit message(error, true);
            return;
        }
    } else {
        const LicenceRepository::UpdateResult result = m_repository.update(licence, &error);
        if (result == LicenceRepository::UpdateResult::Conflict
            || result == LicenceRepository::UpdateResult::Failed) {
            emit message(error, true);
            return;
        }
    }
    m_licence = licence;
    const bool keepRevealed = m_keyRevealed;
    showLicence();
    if (keepRevealed) {
        m_key->setText(m_licence.licenceKey);
        m_key->setReadOnly(false);
        m_showKey->setEnabled(false);
    }
    emit message(tr("Licence %1 saved.").arg(m_licence.product), false);
    emit saved(m_licence.id);
}

void LicenceDetailEditor::setReadOnly(bool readOnly)
{
    m_save->setEnabled(!readOnly);
}
