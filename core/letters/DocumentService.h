#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "letters/LetterInput.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace fv {

// A letter recorded as sent: stored as a case document, byte for byte.
struct SentLetter
{
    QString caseNumber;
    int documentNumber = 0;
    LetterKind kind = LetterKind::Decision;
    Language language = Language::Bokmaal;
    QString title;
    QString sha256; // hex, of pdf
    int pages = 0;
    QByteArray pdf;
    QString registry; // the registry whose manager the letter addresses (forwarding, registry notice)

    // "26/00012-3", the "Vår ref." the letter prints.
    QString reference() const;
    // "26-00012-3-vedtak.pdf": a file name for the letter outside the database.
    QString fileName() const;
};

// What a caseworker says about one letter beyond its kind.
struct SendOptions
{
    std::optional<Language> language; // default: the application's
    QString registry;                 // the registry whose manager is addressed, or whose statement is put
    QString delayReason;              // preliminary reply: a standard reason's code or the caseworker's words
    bool despiteLanguage = false;     // confirmed: the case's own texts are in another language than the letter
};

// How far a batch of letters has come: called after each letter, sent or refused; returns
// false to stop after it.
using SendProgress = std::function<bool(int done, int total, const Result<SentLetter> &letter)>;

struct BatchResult
{
    std::vector<SentLetter> sent;
    std::vector<Error> failed; // one per letter that was refused; the others went on
    bool cancelled = false;
};

// Sending letters and getting stored documents back. Sending renders the letter with the
// case's next document number, stores the PDF, its SHA-256 and what it is, records the event
// and, for a decision letter, moves the case from decided to letter sent: all in one
// transaction. Stored documents are immutable (schema triggers).
class DocumentService
{
public:
    explicit DocumentService(CaseService &cases);

    // An adviser, lawyer or decision-maker sends a letter that makes sense for the case now
    // (letterMakesSense(): e.g. a decision letter needs an approved decision). The language
    // defaults to the application's. A registry notice goes to every registry manager that
    // delivers under the decision, one letter (and case document) each, all in one transaction;
    // `registry` picks one manager's notice (or a forwarding letter's registry). send() returns
    // the first letter, sendAll() every one.
    Result<std::vector<SentLetter>> sendAll(const QString &caseNumber, LetterKind kind,
                                            std::optional<Language> language = {}, const QString &registry = {});
    Result<SentLetter> send(const QString &caseNumber, LetterKind kind, std::optional<Language> language = {},
                            const QString &registry = {});
    // The same with everything a caseworker can say: a preliminary reply's reason (refused
    // without one); a statement for comment records a request to the applicant and pauses the
    // clock; a letter whose case-written texts are in another language is refused unless
    // `despiteLanguage` (languageWarning() says why), and the event records the confirmation.
    Result<std::vector<SentLetter>> sendWith(const QString &caseNumber, LetterKind kind, const SendOptions &options);

    // A stored document's bytes, exactly as stored, after checking them against their SHA-256.
    // `document` is the number ("3") or the reference ("26/00012-3").
    Result<QByteArray> content(const QString &caseNumber, const QString &document);
    // The same, written to `path` whole or not at all.
    Status writeTo(const QString &caseNumber, const QString &document, const QString &path);

    // Cases whose decision is approved but whose decision letter is not yet sent, oldest first.
    Result<QStringList> waitingDecisionLetters();
    // Sends every waiting decision letter, each in its own transaction: what was sent before
    // a refusal or a cancel stays sent.
    BatchResult sendWaiting(const SendProgress &progress = {});

    // For tests: called after a letter is rendered and before its write transaction opens.
    static void setAfterRenderHook(std::function<void()> hook);

private:
    Result<std::vector<SentLetter>> renderAll(const QString &caseNumber, LetterKind kind, const SendOptions &options,
                                              int firstDocumentNumber);
    Result<SentLetter> render(const QString &caseNumber, LetterKind kind, const SendOptions &options,
                              const QString &registry, int documentNumber);
    Status store(qint64 caseId, const SentLetter &letter);
    Status journal(qint64 caseId, const SentLetter &letter);
    Status recordSent(qint64 caseId, const SentLetter &letter, const SendOptions &options);
    Status recordDialogue(qint64 caseId, const SentLetter &letter, const SendOptions &options);
    Result<int> documentNumber(const QString &caseNumber, const QString &document);

    CaseService &m_cases;
};

} // namespace fv
