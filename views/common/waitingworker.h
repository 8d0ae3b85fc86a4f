#pragma once

#include <functional>

class QThread;
class QWidget;

// Long work for a window (billing a quarter, book values at a million devices):
// `work` runs on a thread of its own, opening its own connection; the window is
// disabled with a busy cursor meanwhile, and `done` runs on the GUI thread after.
// The thread is the window's child and deletes itself; a window that closes while
// it runs waits for it in its destructor.
class WaitingWorker
{
public:
    static QThread *start(QWidget *window, std::function<void()> work, std::function<void()> done);
};
