#pragma once

#include "Result.h"
#include "letters/LetterInput.h"

class QWidget;

namespace fv {

// Print preview, printing and "save as PDF" of a letter, all from the core's renderer.
class LetterOutput
{
public:
    static void printPreview(QWidget *parent, const LetterInput &input);
    static Status saveAsPdf(const LetterInput &input, const QString &path);
};

} // namespace fv
