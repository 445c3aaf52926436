#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace nasti {

class CliContext;

namespace cli {
// report weekly [--week 2025-W02] [--department CODE] [--pdf PATH] [--csv PATH] [--lang hi|en]
int report(CliContext &ctx, const QStringList &args);
// review close-weeks [--weeks N]: fill the rollup of ended weeks (owner connection).
int review(CliContext &ctx, const QStringList &args);

// The application object for nasti-admin: a QGuiApplication on the offscreen
// platform when the command draws a PDF (fonts and painting need one), else a
// plain QCoreApplication, so no other command needs a display or QtGui's start-up.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);
} // namespace cli

} // namespace nasti
