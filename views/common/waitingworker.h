#pragma once

#include "storage/database.h"
#include "storage/databasesettings.h"

#include <functional>
#include <memory>
#include <optional>

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

    // The usual shape of that work: `read` gets a connection of its own to the
    // database of `settings` and answers a value, or nothing and an error (also when
    // the connection cannot be opened); `done` gets both on the GUI thread.
    template<typename T>
    static QThread *read(QWidget *window, DatabaseSettings settings,
                         std::function<std::optional<T>(Database &, QString *error)> read,
                         std::function<void(const std::optional<T> &, const QString &error)> done)
    {
        struct Result
        {
            std::optional<T> value;
            QString error;
        };
        auto result = std::make_shared<Result>();
        return start(
            window,
            [settings = std::move(settings), read = std::move(read), result] {
                Database database(settings);
                if (database.open(&result->error))
                    result->value = read(database, &result->error);
            },
            [result, done = std::move(done)] { done(result->value, result->error); });
    }
};
