#pragma once

#include "Result.h"
#include "letters/LetterInput.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace fv {

// A letter as sent: the tagged PDF file (PDF/UA-1, PDF/A-2b), its plain text (body, letterhead and page footers,
// for tests and search) and its page count.
struct RenderedLetter
{
    QByteArray pdf;
    QString text;
    QString title; // the letter's first heading, e.g. "Vedtak om tilgang til helseopplysninger"
    int pages = 0;
};

// The packaged template for a kind and language (":/letters/<kind>.<language>.html").
Result<QString> letterTemplate(LetterKind kind, Language language);

// The house style sheet letters are laid out with (for an on-screen preview of letterHtml()).
QString letterStyleSheet();

// The letter body as HTML: the kind's template (input.templateText when an admin stored one)
// rendered with letterContext(input). Values are always HTML-escaped: no template can turn that off.
Result<QString> letterHtml(const LetterInput &input);

// Lays the letter out on a paged device (QPdfWriter, or the QPrinter of print and preview):
// A4 with the letter's margins, letterhead on page 1, the body, and on every page a footer
// with the sender's address and "Side x av y". Needs a QGuiApplication (fonts). Returns the
// page count.
Result<int> paintLetter(const LetterInput &input, QPagedPaintDevice &device);

// The letter as a tagged PDF (PDF/UA-1 and PDF/A-2b: structure, language, title) with every
// font embedded, drawn by TaggedPdf from the same layout as paintLetter().
Result<RenderedLetter> renderLetterPdf(const LetterInput &input);

} // namespace fv
