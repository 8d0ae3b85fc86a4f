#pragma once

#include <QObject>
#include <QString>

class QHeaderView;

// Lets the user show, hide (header context menu) and reorder (drag) the columns
// of a table, and keeps that layout in QSettings under a key.
class ColumnSettings : public QObject
{
    Q_OBJECT

public:
    ColumnSettings(QHeaderView *header, const QString &settingsKey, QObject *parent = nullptr);

    void save() const;
    // Returns false when nothing was stored yet (first start).
    bool restore();

private:
    void showMenu(const QPoint &position);

    QHeaderView *m_header;
    QString m_key;
};
