#pragma once

#include <QDialog>

#include "billing/billingrate.h"

class MasterDataRepository;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class ReferenceComboBox;

// One billing rate: a price per month for a device category or a licence product,
// from a day on, for all authorities or negotiated with one. The amount is typed in
// euros with two decimals and kept as whole cents.
class BillingRateEditDialog : public QDialog
{
    Q_OBJECT

public:
    BillingRateEditDialog(MasterDataRepository &masterData, const BillingRate &rate,
                          QWidget *parent = nullptr);

    // The rate as edited (id and row version as given).
    BillingRate rate() const;

    void accept() override;

private:
    void updateKind();

    BillingRate m_rate;
    QRadioButton *m_device;
    QRadioButton *m_licence;
    ReferenceComboBox *m_category;
    QLineEdit *m_product;
    ReferenceComboBox *m_authority;
    QDateEdit *m_validFrom;
    QDoubleSpinBox *m_monthly;
    QLineEdit *m_note;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
