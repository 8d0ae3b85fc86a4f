#pragma once

#include <QLineEdit>
#include <QTimer>

// The full-text search box: results follow typing, but only once the user
// pauses briefly, so fast typing does not start a query per key.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 150;

    explicit SearchField(QWidget *parent = nullptr);

signals:
    void searchRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_debounce;
};
