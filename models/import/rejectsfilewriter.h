#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include "import/csvreader.h"

// Writes the rows an import rejected in the input's own format (encoding, BOM,
// separator), the input's header plus one reason column. Corrected, the file
// imports again with the same profile: profiles ignore the extra column.
// The file only appears when commit() is called.
class RejectsFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(RejectsFileWriter)

public:
    RejectsFileWriter(const QString &filePath, const CsvFormat &format);

    static QString reasonHeader();

    bool open(const QStringList &header, QString *error);
    bool isOpen() const { return m_open; }
    bool write(const QStringList &fields, const QString &reason, QString *error);
    bool commit(QString *error);
    void cancel();

    static QByteArray encode(const QString &text, TextEncoding encoding);

private:
    bool writeRecord(const QStringList &fields, QString *error);

    QSaveFile m_file;
    CsvFormat m_format;
    qsizetype m_fieldCount = 0;
    bool m_open = false;
};
