#include "storage/SafeFile.h"

#include <QSaveFile>

namespace fv {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the file: %1").arg(f.errorString()), path);
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        return fail(QStringLiteral("writing failed (disk full?): %1; nothing was written").arg(why), path);
    }
    if (!f.commit())
        return fail(QStringLiteral("writing failed (disk full?): %1; nothing was written").arg(f.errorString()), path);
    return ok();
}

} // namespace fv
