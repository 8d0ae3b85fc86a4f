#include "import/importproblemlist.h"

#include <QHeaderView>

#include <algorithm>
#include <limits>

ImportProblemList::ImportProblemList(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({ tr("Line"), tr("Outcome"), tr("Column"), tr("Reason"), tr("Text as read") });
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setColumnWidth(LineColumn, 70);
    setColumnWidth(OutcomeColumn, 110);
    setColumnWidth(FileColumn, 120);
    setColumnWidth(MessageColumn, 420);
}

void ImportProblemList::showResult(const ImportResult &result)
{
    const ImportCounts &counts = result.counts;
    showProblems(result.rejects, result.notices, counts.rejected + counts.warnings + counts.skippedLines);
}

void ImportProblemList::showProblems(const QList<ImportReject> &rejects, const QList<ImportNotice> &notices,
                                     qint64 total)
{
    clear();
    // Both lists are in file order; merged, so a line's problems stand together.
    qsizetype r = 0;
    qsizetype n = 0;
    while (r < rejects.size() || n < notices.size()) {
        if (n == notices.size() || (r < rejects.size() && rejects.at(r).line <= notices.at(n).line)) {
            const ImportReject &reject = rejects.at(r++);
            addLine(reject.line, tr("rejected"), reject.column, reject.reason, reject.rawText);
        } else {
            const ImportNotice &notice = notices.at(n++);
            addLine(notice.line, notice.kind == ImportNotice::Kind::Warning ? tr("warning") : tr("skipped"),
                    notice.column, notice.message, notice.rawText);
        }
    }
    m_unlisted = std::max<qint64>(0, total - rejects.size() - notices.size());
    if (m_unlisted > 0) {
        auto *more = new QTreeWidgetItem(this);
        more->setText(MessageColumn,
                      tr("… and %n more, not listed here. The rejects file holds every rejected row.",
                         nullptr, int(std::min<qint64>(m_unlisted, std::numeric_limits<int>::max()))));
    }
}

void ImportProblemList::addLine(qint64 line, const QString &outcome, const QString &column,
                                const QString &message, const QString &text)
{
    auto *item = new QTreeWidgetItem(this);
    item->setData(LineColumn, Qt::DisplayRole, line);
    item->setText(OutcomeColumn, outcome);
    item->setText(FileColumn, column);
    item->setText(MessageColumn, message);
    item->setToolTip(MessageColumn, message);
    // One line each, however long the original line was.
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar(0x21B5));
    shown.remove(QLatin1Char('\r'));
    item->setText(TextColumn, shown);
    item->setToolTip(TextColumn, text);
}
