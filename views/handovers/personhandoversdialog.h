#pragma once

#include <QDialog>

#include <memory>

#include "handovers/handover.h"

class Database;
class MasterDataRepository;
class QLabel;
class QTableWidget;
class ReferenceComboBox;

// What a person holds now and held before, with their handover and return records
// to reprint, and beside it every loan past its due day.
class PersonHandoversDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonHandoversDialog(Database &database, QWidget *parent = nullptr);
    ~PersonHandoversDialog() override;

    void showPerson(qint64 personId);
    // The records that name this device, to reprint one (from the asset's history).
    void showAssetRecords(qint64 assetId);
    QTableWidget *heldTable() const { return m_held; }
    QTableWidget *recordTable() const { return m_records; }
    QTableWidget *overdueTable() const { return m_overdue; }
    // The record of the current row of the record table, written as PDF.
    bool reprintCurrent(const QString &path);

private:
    void reload();
    void showMessage(const QString &text);

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    ReferenceComboBox *m_person;
    QTableWidget *m_held;
    QTableWidget *m_records;
    QTableWidget *m_overdue;
    QLabel *m_message;
    QList<Handover> m_shownRecords;
    qint64 m_assetId = 0;
    QLabel *m_recordsTitle;
};
