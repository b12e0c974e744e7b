#include "storage/SafeFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fv {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("fv::Storage", "cannot write the file: %1").arg(f.errorString()), path);
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        return fail(
            QCoreApplication::translate("fv::Storage", "writing failed (disk full?): %1; nothing was written").arg(why),
            path);
    }
    if (!f.commit())
        return fail(QCoreApplication::translate("fv::Storage", "writing failed (disk full?): %1; nothing was written")
                        .arg(f.errorString()),
                    path);
    return ok();
}

} // namespace fv
