#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

#include "billing/replacementplanner.h"

class Database;
class MasterDataRepository;
class QLabel;
class QLineEdit;
class QTableWidget;
class QThread;
class ReferenceComboBox;

// Replacement planning: the devices whose useful life or warranty ends in a period,
// per owning authority and category, with their count and original value, worked out
// by ReplacementPlanner in a worker thread (as `bestand report replacements`).
class ReplacementsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReplacementsDialog(Database &database, QWidget *parent = nullptr);
    ~ReplacementsDialog() override;

    QLineEdit *periodEdit() const { return m_period; }
    ReferenceComboBox *authorityBox() const { return m_authority; }
    QTableWidget *groupTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isBusy() const { return m_worker != nullptr; }

    void plan();

private:
    void showGroups(const QList<ReplacementPlanner::Group> &groups);

    Database &m_database;
    std::unique_ptr<MasterDataRepository> m_masterData;
    QLineEdit *m_period;
    ReferenceComboBox *m_authority;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPointer<QThread> m_worker;
};
