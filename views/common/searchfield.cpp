#include "common/searchfield.h"

#include <QKeyEvent>

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search (Ctrl+F): number, serial, model, person, room …"));
    setClearButtonEnabled(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(this, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { emit searchRequested(text()); });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    // Escape empties the search, so the whole inventory is one key away.
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
