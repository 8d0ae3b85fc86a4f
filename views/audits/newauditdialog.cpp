#include "audits/newauditdialog.h"

#include "masterdata/masterdatarepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

NewAuditDialog::NewAuditDialog(Database &database, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New audit"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("auditName"));
    m_responsible = new QLineEdit(this);
    m_responsible->setObjectName(QStringLiteral("auditResponsible"));
    m_due = new QDateEdit(QDate::currentDate().addMonths(1), this);
    m_due->setObjectName(QStringLiteral("auditDue"));
    m_due->setCalendarPopup(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Responsible person:"), m_responsible);
    form->addRow(tr("&Due:"), m_due);
    layout->addLayout(form);

    // Within a list any checked entry matches, across lists all must match.
    auto *scopeBox = new QGroupBox(tr("Scope: the assets that match every list (nothing checked in a list: "
                                      "no restriction; nothing at all: the whole inventory)"),
                                   this);
    auto *grid = new QGridLayout(scopeBox);
    m_owners = scopeList(database, MasterDataKind::Authority, QStringLiteral("scopeOwner"));
    m_users = scopeList(database, MasterDataKind::Authority, QStringLiteral("scopeUsing"));
    m_sites = scopeList(database, MasterDataKind::Site, QStringLiteral("scopeSite"));
    m_rooms = scopeList(database, MasterDataKind::Room, QStringLiteral("scopeRoom"));
    m_categories = scopeList(database, MasterDataKind::Category, QStringLiteral("scopeCategory"));
    auto *roomFilter = new QLineEdit(scopeBox);
    roomFilter->setObjectName(QStringLiteral("roomFilter"));
    roomFilter->setPlaceholderText(tr("Filter rooms"));
    roomFilter->setClearButtonEnabled(true);
    connect(roomFilter, &QLineEdit::textChanged, this, &NewAuditDialog::filterRooms);
    const std::pair<QString, QListWidget *> columns[] = {
        { tr("&Owner authority"), m_owners },
        { tr("&Using authority"), m_users },
        { tr("&Sites"), m_sites },
        { tr("R&ooms"), m_rooms },
        { tr("&Categories"), m_categories },
    };
    int column = 0;
    for (const auto &[title, list] : columns) {
        list->setParent(scopeBox);
        auto *label = new QLabel(title, scopeBox);
        label->setBuddy(list);
        grid->addWidget(label, 0, column);
        if (list == m_rooms) {
            grid->addWidget(roomFilter, 1, column);
            grid->addWidget(list, 2, column);
        } else {
            grid->addWidget(list, 1, column, 2, 1);
        }
        ++column;
    }
    layout->addWidget(scopeBox, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create audit"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

QListWidget *NewAuditDialog::scopeList(Database &database, MasterDataKind kind, const QString &objectName)
{
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setMinimumWidth(160);
    QString error;
    for (const MasterDataRecord &record : MasterDataRepository(database).list(kind, &error)) {
        auto *item = new QListWidgetItem(record.label(), list);
        item->setData(Qt::UserRole, record.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

QList<qint64> NewAuditDialog::checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids.append(list->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void NewAuditDialog::filterRooms(const QString &text)
{
    for (int row = 0; row < m_rooms->count(); ++row) {
        QListWidgetItem *item = m_rooms->item(row);
        // Checked rooms stay visible, so a filter never hides what is in the scope.
        item->setHidden(!text.isEmpty() && item->checkState() != Qt::Checked
                        && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

QString NewAuditDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewAuditDialog::responsible() const
{
    return m_responsible->text().trimmed();
}

QDate NewAuditDialog::dueDate() const
{
    return m_due->date();
}

AuditScope NewAuditDialog::scope() const
{
    AuditScope scope;
    scope.ownerAuthorityIds = checkedIds(m_owners);
    scope.usingAuthorityIds = checkedIds(m_users);
    scope.siteIds = checkedIds(m_sites);
    scope.roomIds = checkedIds(m_rooms);
    scope.categoryIds = checkedIds(m_categories);
    return scope;
}
