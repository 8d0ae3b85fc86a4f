#include "common/columnsettings.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

ColumnSettings::ColumnSettings(QHeaderView *header, const QString &settingsKey, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_key(settingsKey)
{
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnSettings::showMenu);
}

void ColumnSettings::showMenu(const QPoint &position)
{
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu;
    const int visibleCount = m_header->count() - m_header->hiddenSectionCount();
    // In the order the user sees them, hidden ones where they would be.
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction *action = menu.addAction(model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        // The last visible column cannot be hidden: a table without columns cannot get them back.
        action->setEnabled(!(action->isChecked() && visibleCount == 1));
        connect(action, &QAction::toggled, this, [this, logical](bool shown) {
            m_header->setSectionHidden(logical, !shown);
            save();
        });
    }
    menu.exec(m_header->mapToGlobal(position));
}

void ColumnSettings::save() const
{
    QSettings settings;
    settings.setValue(m_key, m_header->saveState());
}

bool ColumnSettings::restore()
{
    const QSettings settings;
    const QByteArray state = settings.value(m_key).toByteArray();
    return !state.isEmpty() && m_header->restoreState(state);
}
