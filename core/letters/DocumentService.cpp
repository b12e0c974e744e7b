#include "letters/DocumentService.h"

#include "Clock.h"
#include "archive/Journal.h"
#include "casework/AuditLog.h"
#include "casework/CaseworkStore.h"
#include "casework/Deadlines.h"
#include "decision/StandardTexts.h"
#include "letters/DialogueInput.h"
#include "letters/LetterContext.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterRules.h"
#include "letters/LetterService.h"
#include "letters/RevocationLetters.h"
#include "registry/RegistryCatalogue.h"
#include "rules/Permissions.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <functional>

namespace fv {
namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The word a saved letter's file name ends with, in the office's language.
QString fileWord(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Decision: return QStringLiteral("vedtak");
    case LetterKind::Receipt: return QStringLiteral("kvittering");
    case LetterKind::InfoRequest: return QStringLiteral("anmodning-om-opplysninger");
    case LetterKind::Reminder: return QStringLiteral("purring");
    case LetterKind::PreliminaryReply: return QStringLiteral("forelopig-svar");
    case LetterKind::Forwarding: return QStringLiteral("oversendelse");
    case LetterKind::RegistryNotice: return QStringLiteral("melding-til-registerforvalter");
    case LetterKind::ProjectEndReminder: return QStringLiteral("paminnelse-prosjektslutt");
    case LetterKind::Rejection: return QStringLiteral("avvisning");
    case LetterKind::StatementForComment: return QStringLiteral("uttalelse-til-kommentar");
    case LetterKind::RevocationNotice: return QStringLiteral("forhandsvarsel-tilbakekall");
    case LetterKind::RevocationDecision: return QStringLiteral("vedtak-tilbakekall");
    case LetterKind::StopDelivery: return QStringLiteral("stans-utlevering");
    case LetterKind::SuspensionDecision: return QStringLiteral("utsatt-iverksetting");
    case LetterKind::AppealReceived: return QStringLiteral("klage-mottatt");
    case LetterKind::AppealForwarding: return QStringLiteral("oversendelse-av-klage");
    case LetterKind::AppealCopy: return QStringLiteral("kopi-oversendelse-av-klage");
    case LetterKind::AppealRejection: return QStringLiteral("avvisning-av-klage");
    }
    return toCode(kind);
}

// The permission table says who sends letters (rules/Permissions.h).
Status requireSender(const User &actor, const QString &caseNumber)
{
    if (auto s = can(Action::SendLetter, actor); !s)
        return Error{s.error().message, caseNumber};
    return ok();
}

QString statementRequestText(Language language)
{
    switch (language) {
    case Language::Nynorsk:
        return QStringLiteral("Merknader til fråsegna frå registerforvaltaren om %1 av %2 (forvaltningslova § 17 "
                              "andre ledd), sjå brevet vårt %3.");
    case Language::English:
        return QStringLiteral("Your comments on the registry manager's statement on %1 of %2 (section 17 second "
                              "paragraph of the Public Administration Act); see our letter %3.");
    case Language::Bokmaal: break;
    }
    return QStringLiteral("Merknader til uttalelsen fra registerforvalteren om %1 av %2 (forvaltningsloven § 17 "
                          "annet ledd), se vårt brev %3.");
}

} // namespace

QString SentLetter::reference() const
{
    return caseNumber + QLatin1Char('-') + QString::number(documentNumber);
}

QString SentLetter::fileName() const
{
    return QString(reference()).replace(QLatin1Char('/'), QLatin1Char('-')) + QLatin1Char('-') + fileWord(kind)
        + QStringLiteral(".pdf");
}

DocumentService::DocumentService(CaseService &cases) : m_cases(cases)
{}

namespace {

std::function<void()> &afterRenderHook()
{
    static std::function<void()> hook;
    return hook;
}

// What a letter is made from, as far as it can change while the letter renders: the case
// (its row version and last event: every change is audited) and its next document number.
Result<QVariantList> caseState(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT next_document, row_version, updated_at, "
                                    "(SELECT max(id) FROM event WHERE case_id = fv_case.id) "
                                    "FROM fv_case WHERE id = ?"),
                     {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QCoreApplication::translate("fv::Letters", "the case does not exist"));
    return QVariantList{q->value(0), q->value(1), q->value(2), q->value(3)};
}

} // namespace

void DocumentService::setAfterRenderHook(std::function<void()> hook)
{
    afterRenderHook() = std::move(hook);
}

Result<SentLetter> DocumentService::send(const QString &caseNumber, LetterKind kind, std::optional<Language> language,
                                         const QString &registry)
{
    auto sent = sendAll(caseNumber, kind, language, registry);
    if (!sent)
        return sent.error();
    return sent->front();
}

Result<std::vector<SentLetter>> DocumentService::sendAll(
    const QString &caseNumber, LetterKind kind, std::optional<Language> language, const QString &registry)
{
    SendOptions options;
    options.language = language;
    options.registry = registry;
    return sendWith(caseNumber, kind, options);
}

Result<std::vector<SentLetter>> DocumentService::sendWith(
    const QString &caseNumber, LetterKind kind, const SendOptions &options)
{
    if (auto s = requireSender(m_cases.actor(), caseNumber); !s)
        return s.error();
    if (kind == LetterKind::PreliminaryReply)
        if (auto s = delayReasonGiven(options.delayReason, caseNumber.trimmed()); !s)
            return s.error();
    Database &db = m_cases.database();
    auto id = m_cases.caseId(caseNumber);
    if (!id)
        return id.error();
    // The letters are rendered before the write transaction (a long letter must not lock
    // everyone out), with the document numbers they will get. The transaction then only checks
    // that the case did not change meanwhile, and numbers and stores them; if it did change,
    // they are rendered again from what the case is now.
    constexpr int attempts = 3;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        auto seen = caseState(db, id.value());
        if (!seen)
            return Error{seen.error().message, caseNumber};
        auto letters = renderAll(caseNumber.trimmed(), kind, options, seen->at(0).toInt());
        if (!letters)
            return letters.error();
        if (afterRenderHook())
            afterRenderHook()();
        Transaction tx(db);
        if (!tx.isOpen())
            return tx.error();
        auto current = caseState(db, id.value());
        if (!current)
            return Error{current.error().message, caseNumber};
        if (current.value() != seen.value())
            continue; // changed while rendering: the transaction rolls back, the letters are made again
        for (const SentLetter &letter : letters.value()) {
            if (auto s = store(id.value(), letter); !s)
                return s.error();
            if (auto s = recordSent(id.value(), letter, options); !s)
                return Error{s.error().message, caseNumber};
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        return letters;
    }
    return fail(QCoreApplication::translate("fv::Letters",
                                            "the case changed each time while its letter was being made, so the "
                                            "letter was not sent; try again in a moment"),
                caseNumber);
}

// The letters as the case is now, numbered from `firstDocumentNumber`, or why none makes sense.
Result<std::vector<SentLetter>> DocumentService::renderAll(
    const QString &caseNumber, LetterKind kind, const SendOptions &options, int firstDocumentNumber)
{
    const QString &registry = options.registry;
    auto rec = m_cases.load(caseNumber);
    if (!rec)
        return rec.error();
    if (auto s = letterMakesSense(rec.value(), kind, registry); !s)
        return s.error();
    const Language language = options.language.value_or(rec->application.language);
    if (auto warning = languageWarning(rec.value(), kind, language, options.delayReason);
        warning && !options.despiteLanguage)
        return Error{*warning, caseNumber};
    QStringList about{registry};
    if (kind == LetterKind::RegistryNotice) {
        auto catalogue = loadRegistryMap(m_cases.database());
        if (!catalogue)
            return catalogue.error();
        auto registries = noticeRegistries(rec.value(), catalogue.value(), registry);
        if (!registries)
            return registries.error();
        about = registries.value();
    } else if (kind == LetterKind::StopDelivery) { // one notice per manager of the revoked registries
        auto catalogue = loadRegistryMap(m_cases.database());
        if (!catalogue)
            return catalogue.error();
        auto registries = stopDeliveryRegistries(rec.value(), catalogue.value(), registry);
        if (!registries)
            return registries.error();
        about = registries.value();
    }
    std::vector<SentLetter> letters;
    for (const QString &code : about) {
        auto letter = render(caseNumber, kind, options, code, firstDocumentNumber + static_cast<int>(letters.size()));
        if (!letter)
            return letter.error();
        letters.push_back(letter.value());
    }
    return letters;
}

Result<SentLetter> DocumentService::render(const QString &caseNumber, LetterKind kind, const SendOptions &options,
                                           const QString &registry, int documentNumber)
{
    auto input = LetterService(m_cases).input(caseNumber, kind, options.language, registry);
    if (!input)
        return input.error();
    input.value().documentNumber = documentNumber;
    input.value().dialogue.delayReason = options.delayReason.trimmed();
    auto pdf = renderLetterPdf(input.value());
    if (!pdf)
        return pdf.error();
    SentLetter letter{
        caseNumber, input->documentNumber, kind, input->language, pdf->title, sha256Hex(pdf->pdf), pdf->pages,
        pdf->pdf,   input->forwardRegistry};
    return letter;
}

// Inside the caller's transaction, with the document number the letter was rendered with.
Status DocumentService::store(qint64 caseId, const SentLetter &out)
{
    Database &db = m_cases.database();
    if (db.isServer()) { // the server numbers, dates, hashes and keeps the document
        auto digest = db.scalar(
            QStringLiteral("SELECT fv_store_document(?, ?, ?, ?, ?, ?)"),
            {caseId, out.documentNumber, toCode(out.kind), toCode(out.language), out.title, out.pdf});
        if (!digest)
            return digest.error();
        if (digest->toString() != out.sha256)
            return fail(QCoreApplication::translate("fv::Letters", "the server stored other bytes than were sent"));
        return journal(caseId, out);
    }
    auto ins = db.exec(
        QStringLiteral("INSERT INTO document (case_id, doc_no, kind, language, title, created_at, "
                       "created_by, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, out.documentNumber, toCode(out.kind), toCode(out.language), out.title, toStorage(now()),
         m_cases.actor().id, out.sha256, out.pdf});
    if (!ins)
        return ins.error();
    auto bump = db.exec(QStringLiteral("UPDATE fv_case SET next_document = next_document + 1, updated_at = ? "
                                       "WHERE id = ?"),
                        {toStorage(now()), caseId});
    if (!bump)
        return bump.error();
    return journal(caseId, out);
}

// Every letter sent is an outgoing journal entry, to the applicant or the registry manager
// addressed; a decision or forwarding answers (closes) the case's open incoming entries.
Status DocumentService::journal(qint64 caseId, const SentLetter &letter)
{
    Database &db = m_cases.database();
    auto rec = m_cases.load(letter.caseNumber);
    if (!rec)
        return rec.error();
    NewJournalEntry out;
    out.type = JournalType::Outgoing;
    out.source = QStringLiteral("letter:") + toCode(letter.kind);
    out.kindTitle = Journal::letterKindTitle(toCode(letter.kind));
    out.title = letter.title;
    out.documentDate = today();
    out.documentNumber = letter.documentNumber;
    out.answersIncoming = Journal::letterAnswers(toCode(letter.kind));
    JournalParty to = Journal::applicant(rec->application, JournalParty::Role::Recipient);
    const bool toManager = letter.kind == LetterKind::Forwarding || letter.kind == LetterKind::RegistryNotice
        || letter.kind == LetterKind::StopDelivery;
    if (toManager && !letter.registry.isEmpty()) {
        auto catalogue = loadRegistryMap(db);
        if (!catalogue)
            return catalogue.error();
        if (const auto it = catalogue->find(letter.registry); it != catalogue->end())
            to = JournalParty{JournalParty::Role::Recipient, it->second.manager, it->second.manager, false};
    }
    out.parties = {to};
    auto entry = Journal::record(db, caseId, m_cases.actor().login, out);
    if (!entry)
        return entry.error();
    return ok();
}

Status DocumentService::recordSent(qint64 caseId, const SentLetter &letter, const SendOptions &options)
{
    QString detail = QStringLiteral("%1 letter (%2) sent as document %3, sha256 %4")
                         .arg(toCode(letter.kind), toCode(letter.language), letter.reference(), letter.sha256);
    if (letter.kind == LetterKind::PreliminaryReply)
        detail += QStringLiteral("; reason: %1").arg(options.delayReason.trimmed());
    if (options.despiteLanguage)
        detail += QStringLiteral("; sent in %1 although the case's own texts are in another language (confirmed)")
                      .arg(toCode(letter.language));
    if (auto s = recordDialogue(caseId, letter, options); !s)
        return s;
    // Sending the decision letter is the step from decided to letter sent; other letters
    // leave the status alone (the casework commands move it, e.g. request-info).
    if (letter.kind == LetterKind::Decision)
        return m_cases.applyAction(caseId, CaseAction::SendLetter, detail);
    return AuditLog::append(m_cases.database(), caseId, m_cases.actor().login, QStringLiteral("letter-sent"), detail);
}

// What a letter of the dialogue does to the case besides being sent: a preliminary reply is
// recorded as given (§ 11 a is then met); a statement put to the applicant for comment waits for
// their answer like a request for information, the clock paused (fvl § 17 second paragraph).
Status DocumentService::recordDialogue(qint64 caseId, const SentLetter &letter, const SendOptions &options)
{
    Database &db = m_cases.database();
    if (letter.kind == LetterKind::PreliminaryReply)
        return CaseworkStore::setPreliminaryReply(db, caseId, today());
    if (letter.kind != LetterKind::StatementForComment)
        return ok();
    auto rec = m_cases.load(letter.caseNumber);
    if (!rec)
        return rec.error();
    const Consultation *statement = statementToComment(rec.value(), options.registry);
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    const QDate due = settings->calendar.addWorkingDays(today(), settings->answerWorkingDays);
    auto catalogue = loadRegistryMap(db);
    if (!catalogue)
        return catalogue.error();
    const QString code = statement ? statement->registry : options.registry;
    LetterInput named;
    named.language = letter.language;
    named.registries = std::move(catalogue.value());
    // The request as the reminder letter will repeat it, in the letter's language.
    const QString text =
        statementRequestText(letter.language)
            .arg(registryName(named, code), letterDate(statement ? statement->answeredOn : QDate(), letter.language),
                 letter.reference());
    if (auto s = CaseworkStore::addInfoRequest(
            db, caseId, today(), text, due, m_cases.actor().id, toCode(rec->summary.status));
        !s)
        return s;
    return m_cases.applyAction(
        caseId, CaseAction::RequestInfo,
        QStringLiteral("statement put to the applicant for comment on %1, answer due %2 "
                       "(clock paused): %3")
            .arg(today().toString(Qt::ISODate), due.toString(Qt::ISODate), text));
}

Result<int> DocumentService::documentNumber(const QString &caseNumber, const QString &document)
{
    QString number = document.trimmed();
    const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
    if (dash >= 0) {
        if (number.left(dash) != caseNumber.trimmed())
            return fail(QCoreApplication::translate("fv::Letters", "the document %1 does not belong to this case")
                            .arg(document),
                        caseNumber);
        number = number.mid(dash + 1);
    }
    bool isNumber = false;
    const int n = number.toInt(&isNumber);
    if (!isNumber || n <= 0)
        return fail(QCoreApplication::translate("fv::Letters", "\"%1\" is not a document number (e.g. 3, or %2-3)")
                        .arg(document, caseNumber),
                    caseNumber);
    return n;
}

Result<QByteArray> DocumentService::content(const QString &caseNumber, const QString &document)
{
    auto id = m_cases.caseId(caseNumber);
    if (!id)
        return id.error();
    auto n = documentNumber(caseNumber, document);
    if (!n)
        return n.error();
    const QString where = caseNumber.trimmed() + QLatin1Char('-') + QString::number(n.value());
    auto q = m_cases.database().exec(
        QStringLiteral("SELECT sha256, content FROM document WHERE case_id = ? AND doc_no = ?"),
        {id.value(), n.value()});
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QCoreApplication::translate("fv::Letters", "the case has no document %1").arg(n.value()), where);
    const QString stored = q->value(0).toString();
    const QByteArray bytes = q->value(1).toByteArray();
    if (const QString actual = sha256Hex(bytes); actual != stored)
        return fail(QCoreApplication::translate(
                        "fv::Letters",
                        "the stored document is damaged: its SHA-256 is %1 but was %2 when it was sent; "
                        "nothing was written (restore a backup)")
                        .arg(actual, stored),
                    where);
    return bytes;
}

Status DocumentService::writeTo(const QString &caseNumber, const QString &document, const QString &path)
{
    auto bytes = content(caseNumber, document);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

Result<QStringList> DocumentService::waitingDecisionLetters()
{
    CaseFilter filter;
    filter.status = CaseStatus::Decided;
    auto cases = m_cases.list(filter);
    if (!cases)
        return cases.error();
    QStringList out;
    for (const CaseSummary &c : cases.value())
        out.prepend(c.caseNumber); // the list is newest first
    return out;
}

BatchResult DocumentService::sendWaiting(const SendProgress &progress)
{
    BatchResult result;
    auto waiting = waitingDecisionLetters();
    if (!waiting) {
        result.failed.push_back(waiting.error());
        return result;
    }
    const int total = static_cast<int>(waiting->size());
    for (int i = 0; i < total; ++i) {
        const auto sent = send(waiting->at(i), LetterKind::Decision);
        if (sent)
            result.sent.push_back(sent.value());
        else
            result.failed.push_back(sent.error());
        if (progress && !progress(i + 1, total, sent)) {
            result.cancelled = i + 1 < total;
            break;
        }
    }
    return result;
}

} // namespace fv
