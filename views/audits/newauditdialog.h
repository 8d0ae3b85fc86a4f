#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

#include "audits/audit.h"
#include "masterdata/masterdatakind.h"

class Database;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

// Plans an audit: name, responsible person, due date and the scope, any
// combination of owner and using authorities, sites, rooms and categories, as the
// command line offers it. Nothing checked in a list means it does not restrict.
class NewAuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAuditDialog(Database &database, QWidget *parent = nullptr);

    QString name() const;
    QString responsible() const;
    QDate dueDate() const;
    AuditScope scope() const;

private:
    QListWidget *scopeList(Database &database, MasterDataKind kind, const QString &objectName);
    static QList<qint64> checkedIds(const QListWidget *list);
    void filterRooms(const QString &text);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_responsible = nullptr;
    QDateEdit *m_due = nullptr;
    QListWidget *m_owners = nullptr;
    QListWidget *m_users = nullptr;
    QListWidget *m_sites = nullptr;
    QListWidget *m_rooms = nullptr;
    QListWidget *m_categories = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
