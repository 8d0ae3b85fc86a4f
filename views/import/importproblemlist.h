#pragma once

#include <QTreeWidget>

#include "import/importrun.h"

// The lines a technician should look at after a check or an import: rejected rows,
// values the import repaired or dropped, and lines that were not data. In file
// order, each with its line number, what happened, the column, why, and the text
// as read. The result keeps only the first few hundred of each; a last line says
// how many more there are.
class ImportProblemList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { LineColumn, OutcomeColumn, FileColumn, MessageColumn, TextColumn };

    explicit ImportProblemList(QWidget *parent = nullptr);

    void showResult(const ImportResult &result);
    // Lists these (each in file order); total: how many problems there are in all.
    void showProblems(const QList<ImportReject> &rejects, const QList<ImportNotice> &notices, qint64 total);
    // Problems the result counted but did not keep, so not listed.
    qint64 unlistedCount() const { return m_unlisted; }

private:
    void addLine(qint64 line, const QString &outcome, const QString &column, const QString &message,
                 const QString &text);

    qint64 m_unlisted = 0;
};
