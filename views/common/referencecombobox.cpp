#include "common/referencecombobox.h"

#include "masterdata/masterdatarepository.h"

#include <QCompleter>
#include <QLineEdit>

ReferenceComboBox::ReferenceComboBox(MasterDataRepository &repository, MasterDataKind kind,
                                     const QString &emptyText, QWidget *parent)
    : QComboBox(parent)
    , m_repository(repository)
    , m_kind(kind)
    , m_emptyText(emptyText)
{
    setEditable(true);
    setInsertPolicy(NoInsert);
    setMinimumContentsLength(14);
    setSizeAdjustPolicy(AdjustToMinimumContentsLengthWithIcon);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(emptyText);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit currentIdChanged(currentId()); });
    // Text that matches no entry would leave the box showing a name it does not
    // stand for: go back to the chosen entry when the focus leaves.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int found = findText(currentText(), Qt::MatchFixedString);
        if (found >= 0)
            setCurrentIndex(found);
        else
            setEditText(itemText(currentIndex()));
    });
    reload();
}

void ReferenceComboBox::reload(std::optional<qint64> parentId)
{
    const qint64 selected = currentId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(QString(), qint64(0));
    QString error;
    const QList<MasterDataRecord> records = m_repository.list(m_kind, &error, parentId);
    for (const MasterDataRecord &record : records)
        addItem(record.label(), record.id);
    setCurrentId(selected);
    if (currentId() != selected)
        emit currentIdChanged(currentId());
}

qint64 ReferenceComboBox::currentId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

void ReferenceComboBox::setCurrentId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index < 0 ? 0 : index);
    // Show the start of a long name ("SN – Landeshauptstadt …"), not its end.
    lineEdit()->setCursorPosition(0);
}
