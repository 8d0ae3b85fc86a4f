#pragma once

#include "command.h"

class AuditService;

// bestand audit [--db PATH] SUBCOMMAND …: plan, feed and close inventory audits
// from scripts and scanner cradles (new, scans, close, report, pause, resume, list, due).
class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
    // Writing a PDF needs fonts, so main() starts an offscreen QGuiApplication for it.
    bool needsGuiApplication(const QStringList &arguments) const override;

private:
    int runNew(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int runScans(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int runClose(const QStringList &arguments, QTextStream &out, QTextStream &err, bool close);
    int runPauseResume(const QStringList &arguments, QTextStream &out, QTextStream &err, bool pause);
    int runList(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int runDue(const QStringList &arguments, QTextStream &out, QTextStream &err);
    QString usage() const;
    QString invocation() const override;

    QString m_subcommand; // the one being run, for its help's usage line
};
