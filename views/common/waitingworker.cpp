#include "common/waitingworker.h"

#include <QApplication>
#include <QThread>
#include <QWidget>

QThread *WaitingWorker::start(QWidget *window, std::function<void()> work, std::function<void()> done)
{
    window->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QThread *thread = QThread::create(std::move(work));
    thread->setParent(window);
    QObject::connect(thread, &QThread::finished, window, [window, thread, done = std::move(done)] {
        QApplication::restoreOverrideCursor();
        window->setEnabled(true);
        thread->deleteLater();
        done();
    });
    thread->start();
    return thread;
}
