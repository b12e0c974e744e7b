#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fv {

// A file's archive format as an extract names it: its PRONOM id ("fmt/477"), its name
// ("PDF/A-2b") and the file name extension written under DOKUMENT/.
struct ArchiveFormat
{
    QString pronom;
    QString details;
    QString extension;
};

// The format of `bytes` when Arkivverket accepts it in an extract (Riksarkivarens forskrift
// § 5-17: PDF/A-1 and PDF/A-2, plain text in UTF-8, PNG, JPEG), else nothing.
std::optional<ArchiveFormat> archiveFormat(const QByteArray &bytes);

// Whether `bytes` are a PDF that is not PDF/A (and so may be converted).
bool isPlainPdf(const QByteArray &bytes);

// A plain PDF converted to PDF/A-2b by Ghostscript (gs -dPDFA=2, with an sRGB output intent);
// refused with the reason when Ghostscript is missing or fails.
Result<QByteArray> convertToPdfA(const QByteArray &pdf);

} // namespace fv
