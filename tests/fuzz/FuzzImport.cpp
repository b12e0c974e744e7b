// libFuzzer target for the application-v1 import: any bytes must either be refused with an
// error or import into an application whose export imports back to the same application.

#include "application/ApplicationJson.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const fv::Result<fv::Application> first = fv::parseApplicationJson(bytes, QStringLiteral("fuzz.json"));
    if (!first.ok()) {
        if (first.error().message.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }

    const QByteArray exported = fv::applicationToJsonBytes(first.value());
    const fv::Result<fv::Application> second = fv::parseApplicationJson(exported, QStringLiteral("export.json"));
    if (!second.ok()) {
        std::fprintf(stderr, "export refused on re-import: %s\n%s\n", second.error().toString().toUtf8().constData(),
                     exported.constData());
        std::abort();
    }
    if (fv::applicationToJson(second.value()) != fv::applicationToJson(first.value())
        || fv::applicationToJsonBytes(second.value()) != exported) {
        std::fprintf(stderr, "round trip changed the application:\n%s\n", exported.constData());
        std::abort();
    }
    return 0;
}
