#pragma once

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

#include "handovers/handover.h"
#include "labels/labelitem.h"

class Database;
class MasterDataRepository;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class ReferenceComboBox;

// Hands the chosen devices to a person, or takes them back, with the record that
// both sign: date, place, accessories and condition per device, and for a loan the
// day it is due back. After saving, the record is offered as a PDF to print.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(Database &database, Handover::Kind kind, const QList<LabelItem> &devices,
                   QWidget *parent = nullptr);
    ~HandoverDialog() override;

    ReferenceComboBox *personBox() const { return m_person; }
    QTableWidget *deviceTable() const { return m_devices; }
    QLabel *messageLabel() const { return m_message; }
    QCheckBox *loanBox() const { return m_loan; }
    QDateEdit *dueDateEdit() const { return m_dueDate; }
    QLineEdit *notesEdit() const { return m_notes; }

    // Saves the handover or return; the reason is shown when it is refused.
    bool submit();
    // The saved record (after submit()).
    const std::optional<Handover> &record() const { return m_record; }
    bool savePdf(const QString &path);

    void accept() override;

private:
    HandoverRequest request() const;

    Database &m_database;
    Handover::Kind m_kind;
    std::unique_ptr<MasterDataRepository> m_masterData;
    QList<LabelItem> m_items;
    ReferenceComboBox *m_person = nullptr;
    ReferenceComboBox *m_site;
    ReferenceComboBox *m_room;
    QDateEdit *m_date;
    QCheckBox *m_loan = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QLineEdit *m_notes;
    QTableWidget *m_devices;
    QLabel *m_message;
    std::optional<Handover> m_record;
};
