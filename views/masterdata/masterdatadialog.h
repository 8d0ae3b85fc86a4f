#pragma once

#include <QDialog>

#include "masterdata/masterdatakind.h"

class Database;
class MasterDataRepository;
class MasterDataTableModel;
class QLabel;
class QPushButton;
class QTableView;
class ReferenceComboBox;

// Editor for one kind of master data: edit in the table (F2), add (Ins),
// delete (Del; refused with the reason while something uses the row),
// anonymise people (Ctrl+Shift+A).
class MasterDataDialog : public QDialog
{
    Q_OBJECT

public:
    MasterDataDialog(Database &database, MasterDataRepository &repository, MasterDataKind kind,
                     QWidget *parent = nullptr);

    MasterDataTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;

    void addEntry();
    void deleteCurrent();
    void anonymiseCurrent();

signals:
    // Master data changed: lists elsewhere (filters) should reload.
    void masterDataChanged();

private:
    void showMessage(const QString &text, bool isError);
    int currentRow() const;

    MasterDataKind m_kind;
    MasterDataTableModel *m_model;
    QTableView *m_view;
    ReferenceComboBox *m_parent = nullptr;
    QLabel *m_message;
    QPushButton *m_anonymise = nullptr;
};
