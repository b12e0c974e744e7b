#include "letters/DocumentService.h"

#include "Clock.h"
#include "casework/AuditLog.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "rules/Permissions.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

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

Result<SentLetter> DocumentService::send(const QString &caseNumber, LetterKind kind, std::optional<Language> language)
{
    if (auto s = requireSender(m_cases.actor(), caseNumber); !s)
        return s.error();
    Database &db = m_cases.database();
    // The letter is rendered inside the write transaction: its document number is taken,
    // printed on the letter and stored together, so two senders never share one.
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto id = m_cases.caseId(caseNumber);
    if (!id)
        return id.error();
    auto letter = renderAndStore(id.value(), caseNumber.trimmed(), kind, language);
    if (!letter)
        return letter.error();
    if (auto s = recordSent(id.value(), letter.value()); !s)
        return Error{s.error().message, caseNumber};
    if (auto c = tx.commit(); !c)
        return c.error();
    return letter;
}

Result<SentLetter> DocumentService::renderAndStore(qint64 caseId, const QString &caseNumber, LetterKind kind,
                                                   std::optional<Language> language)
{
    Database &db = m_cases.database();
    auto input = LetterService(m_cases).input(caseNumber, kind, language);
    if (!input)
        return input.error();
    if (kind == LetterKind::Decision && input->draft)
        return fail(QStringLiteral("the decision is not approved yet, so its letter cannot be sent (a draft can be "
                                   "previewed with 'letter')"),
                    caseNumber);
    auto next = db.scalar(QStringLiteral("SELECT next_document FROM fv_case WHERE id = ?"), {caseId});
    if (!next)
        return next.error();
    input.value().documentNumber = next->toInt();
    auto pdf = renderLetterPdf(input.value());
    if (!pdf)
        return pdf.error();
    SentLetter out{caseNumber, input->documentNumber, kind,       input->language,
                   pdf->title, sha256Hex(pdf->pdf),   pdf->pages, pdf->pdf};
    auto ins = db.exec(
        QStringLiteral("INSERT INTO document (case_id, doc_no, kind, language, title, created_at, "
                       "created_by, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, out.documentNumber, toCode(kind), toCode(out.language), out.title, toStorage(now()),
         m_cases.actor().id, out.sha256, out.pdf});
    if (!ins)
        return ins.error();
    auto bump = db.exec(QStringLiteral("UPDATE fv_case SET next_document = next_document + 1, updated_at = ? "
                                       "WHERE id = ?"),
                        {toStorage(now()), caseId});
    if (!bump)
        return bump.error();
    return out;
}

Status DocumentService::recordSent(qint64 caseId, const SentLetter &letter)
{
    const QString detail = QStringLiteral("%1 letter (%2) sent as document %3, sha256 %4")
                               .arg(toCode(letter.kind), toCode(letter.language), letter.reference(), letter.sha256);
    // Sending the decision letter is the step from decided to letter sent; other letters
    // leave the status alone (the casework commands move it, e.g. request-info).
    if (letter.kind == LetterKind::Decision)
        return m_cases.applyAction(caseId, CaseAction::SendLetter, detail);
    return AuditLog::append(m_cases.database(), caseId, m_cases.actor().login, QStringLiteral("letter-sent"), detail);
}

Result<int> DocumentService::documentNumber(const QString &caseNumber, const QString &document)
{
    QString number = document.trimmed();
    const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
    if (dash >= 0) {
        if (number.left(dash) != caseNumber.trimmed())
            return fail(QStringLiteral("the document %1 does not belong to this case").arg(document), caseNumber);
        number = number.mid(dash + 1);
    }
    bool isNumber = false;
    const int n = number.toInt(&isNumber);
    if (!isNumber || n <= 0)
        return fail(QStringLiteral("\"%1\" is not a document number (e.g. 3, or %2-3)").arg(document, caseNumber),
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
        return fail(QStringLiteral("the case has no document %1").arg(n.value()), where);
    const QString stored = q->value(0).toString();
    const QByteArray bytes = q->value(1).toByteArray();
    if (const QString actual = sha256Hex(bytes); actual != stored)
        return fail(QStringLiteral("the stored document is damaged: its SHA-256 is %1 but was %2 when it was sent; "
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
