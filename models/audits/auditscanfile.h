#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// A batch scanner's file: one scan per line, `CODE[;TIMESTAMP[;ROOM]]`.
// Separators: semicolon or tab (a comma when the line has neither). TIMESTAMP is
// local time, ISO (2026-11-25T10:15:00 or with a space, seconds optional) or
// German (25.11.2026 10:15[:00]); it may be empty. ROOM as "Site / Room" or a room
// name unique across sites; empty means the room given for the whole file.
// Blank lines and lines starting with # are skipped; a first line starting with
// the word "code" is a header. UTF-8, or Windows-1252/Latin-1 when not valid UTF-8.
struct AuditScanLine
{
    qint64 lineNo = 0;
    QString code;
    QDateTime scannedAt; // invalid: not given
    QString room; // empty: not given
};

struct AuditScanFileProblem
{
    qint64 lineNo = 0;
    QString reason; // translated
    QString rawText;
};

class AuditScanFile
{
    Q_DECLARE_TR_FUNCTIONS(AuditScanFile)

public:
    static void parse(const QByteArray &content, QList<AuditScanLine> *lines,
                      QList<AuditScanFileProblem> *problems);
    static bool read(const QString &path, QList<AuditScanLine> *lines, QList<AuditScanFileProblem> *problems,
                     QString *error);
    static QDateTime parseTimestamp(const QString &text);
};
