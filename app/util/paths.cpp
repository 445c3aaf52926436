#include "util/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace nasti::paths {

QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabaseUrl()
{
    return QStringLiteral("sqlite:") + dataDir() + QStringLiteral("/demo.db");
}

} // namespace nasti::paths
