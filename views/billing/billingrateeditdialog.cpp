#include "billing/billingrateeditdialog.h"

#include "common/referencecombobox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

BillingRateEditDialog::BillingRateEditDialog(MasterDataRepository &masterData, const BillingRate &rate,
                                             QWidget *parent)
    : QDialog(parent)
    , m_rate(rate)
    , m_device(new QRadioButton(tr("a &device of the category"), this))
    , m_licence(new QRadioButton(tr("a &seat of the licence product"), this))
    , m_category(new ReferenceComboBox(masterData, MasterDataKind::Category, QString(), this))
    , m_product(new QLineEdit(this))
    , m_authority(new ReferenceComboBox(masterData, MasterDataKind::Authority, tr("all authorities"), this))
    , m_validFrom(new QDateEdit(this))
    , m_monthly(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(rate.id ? tr("Edit billing rate") : tr("New billing rate"));
    m_category->setObjectName(QStringLiteral("category"));
    m_product->setObjectName(QStringLiteral("product"));
    m_authority->setObjectName(QStringLiteral("authority"));
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_monthly->setObjectName(QStringLiteral("monthly"));
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_monthly->setDecimals(2);
    m_monthly->setRange(0, 1000000);
    m_monthly->setSuffix(QStringLiteral(" €"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    m_licence->setChecked(rate.isLicenceRate() && rate.id != 0);
    m_device->setChecked(!m_licence->isChecked());
    m_category->setCurrentId(rate.categoryId);
    m_product->setText(rate.licenceProduct);
    m_authority->setCurrentId(rate.authorityId);
    m_validFrom->setDate(rate.validFrom.isValid() ? rate.validFrom : QDate::currentDate());
    m_monthly->setValue(double(rate.monthlyCents) / 100.0);
    m_note->setText(rate.note);

    auto *form = new QFormLayout;
    auto *kinds = new QVBoxLayout;
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_device);
    deviceRow->addWidget(m_category, 1);
    auto *licenceRow = new QHBoxLayout;
    licenceRow->addWidget(m_licence);
    licenceRow->addWidget(m_product, 1);
    kinds->addLayout(deviceRow);
    kinds->addLayout(licenceRow);
    form->addRow(tr("Billed per"), kinds);
    form->addRow(tr("&Authority"), m_authority);
    form->addRow(tr("Valid &from"), m_validFrom);
    form->addRow(tr("&Per month"), m_monthly);
    form->addRow(tr("&Note"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_device, &QRadioButton::toggled, this, &BillingRateEditDialog::updateKind);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BillingRateEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BillingRateEditDialog::reject);
    updateKind();
}

void BillingRateEditDialog::updateKind()
{
    m_category->setEnabled(m_device->isChecked());
    m_product->setEnabled(m_licence->isChecked());
}

BillingRate BillingRateEditDialog::rate() const
{
    BillingRate rate = m_rate;
    rate.categoryId = m_device->isChecked() ? m_category->currentId() : 0;
    rate.licenceProduct = m_licence->isChecked() ? m_product->text().trimmed() : QString();
    rate.authorityId = m_authority->currentId();
    rate.validFrom = m_validFrom->date();
    // The spin box holds two decimals; rounding to the nearest cent only undoes the
    // binary fraction of the double.
    rate.monthlyCents = std::llround(m_monthly->value() * 100.0);
    rate.note = m_note->text().trimmed();
    return rate;
}

void BillingRateEditDialog::accept()
{
    const BillingRate edited = rate();
    if (m_device->isChecked() && edited.categoryId == 0) {
        m_message->setText(tr("Choose the category whose devices this rate bills."));
        m_category->setFocus();
        return;
    }
    if (m_licence->isChecked() && edited.licenceProduct.isEmpty()) {
        m_message->setText(tr("Enter the licence product whose seats this rate bills."));
        m_product->setFocus();
        return;
    }
    QDialog::accept();
}
