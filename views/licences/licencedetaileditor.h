#pragma once

#include <QWidget>

#include "licences/licence.h"

class LicenceRepository;
class MasterDataRepository;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ReferenceComboBox;

// The form of one licence. The key is never shown unless the user presses
// "Show key", which goes through LicenceRepository::revealKey() and so is
// recorded in the history; only a revealed key can be edited.
class LicenceDetailEditor : public QWidget
{
    Q_OBJECT

public:
    LicenceDetailEditor(LicenceRepository &repository, MasterDataRepository &masterData,
                        QWidget *parent = nullptr);

    // 0 starts a new licence.
    void setLicence(qint64 licenceId);
    qint64 licenceId() const { return m_licence.id; }
    bool isKeyRevealed() const { return m_keyRevealed; }

    void save();
    void revealKey();
    // For a login that may not change licences: the form shows, nothing saves.
    void setReadOnly(bool readOnly);

signals:
    void saved(qint64 licenceId);
    void message(const QString &text, bool isError);

private:
    void showLicence();
    Licence licenceFromForm() const;
    static QDate dateOf(const QDateEdit *edit);
    static void setDate(QDateEdit *edit, const QDate &date);
    QDateEdit *createDateEdit(const QString &objectName);

    LicenceRepository &m_repository;
    Licence m_licence;
    bool m_keyRevealed = false;
    QLineEdit *m_product;
    QLineEdit *m_vendor;
    QLineEdit *m_edition;
    QComboBox *m_type;
    QComboBox *m_metric;
    QSpinBox *m_quantity;
    QLineEdit *m_key;
    QPushButton *m_showKey;
    QLineEdit *m_contract;
    QDateEdit *m_validFrom;
    QDateEdit *m_validUntil;
    QDoubleSpinBox *m_price;
    QDateEdit *m_maintenanceEnd;
    ReferenceComboBox *m_owner;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
};
