#include "widgets/PrivateCopy.h"

#include "storage/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace fv {

Result<QString> writePrivateCopy(const QString &caseNumber, const QString &fileName, const QByteArray &bytes)
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("fellesvedtak-")
                                      + QString(caseNumber).replace(QLatin1Char('/'), QLatin1Char('-')));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QString(fileName).replace(QLatin1Char('/'), QLatin1Char('-')));
    if (auto s = writeFileAtomically(path, bytes); !s)
        return s.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace fv
