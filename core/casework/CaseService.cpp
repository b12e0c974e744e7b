#include "casework/CaseService.h"

#include "Clock.h"
#include "appeal/AppealStore.h"
#include "application/ApplicationJson.h"
#include "application/ApplicationStore.h"
#include "archive/Journal.h"
#include "casework/CaseStore.h"
#include "casework/CaseworkStore.h"
#include "decision/DecisionStore.h"
#include "followup/FollowUpStore.h"
#include "revocation/RevocationStore.h"
#include "rules/Permissions.h"
#include "search/CaseSearch.h"
#include "storage/Database.h"
#include "storage/ReadAhead.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fv {

CaseService::CaseService(Database &db, User actor) : m_db(db), m_actor(std::move(actor))
{}

Result<QString> CaseService::importApplication(const QByteArray &bytes, const QString &fileName)
{
    if (auto s = can(Action::ImportApplication, m_actor); !s)
        return Error{s.error().message, fileName};
    auto app = parseApplicationJson(bytes, fileName);
    if (!app)
        return app.error();
    auto number = registerApplication(app.value(), fileName);
    if (!number) {
        Error e = number.error();
        if (e.where.isEmpty())
            e.where = fileName;
        return e;
    }
    return number;
}

Result<QString> CaseService::registerApplication(const Application &app, const QString &source)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    // The acting user as the database knows them now (one deactivated meanwhile is refused).
    auto fresh = Users::find(m_db, m_actor.login);
    if (!fresh)
        return fresh.error();
    if (auto s = can(Action::RegisterApplication, fresh.value() ? *fresh.value() : m_actor); !s)
        return s.error();
    auto exists = ApplicationStore::referenceExists(m_db, app.reference);
    if (!exists)
        return exists.error();
    if (exists.value()) {
        auto other = CaseStore::numberOfReference(m_db, app.reference);
        return fail(QCoreApplication::translate(
                        "fv::Casework", "reference: the application %1 is already registered as case %2")
                        .arg(app.reference, other ? other.value() : QString()));
    }
    QVariant changeOf = sqlNull();
    if (app.kind == ApplicationKind::Change) {
        auto earlier = CaseStore::idOf(m_db, app.changeOf);
        if (!earlier)
            return earlier.error();
        if (earlier.value())
            changeOf = *earlier.value();
    }

    auto made = CaseStore::newCase(m_db, changeOf);
    if (!made)
        return made.error();
    const auto [id, number] = made.value();
    if (auto s = ApplicationStore::save(m_db, id, app); !s)
        return s.error();
    // The application is the case's first journal entry, incoming from the applicant, written in
    // this transaction: the import's event stands for both.
    NewJournalEntry incoming;
    incoming.source = QStringLiteral("application");
    incoming.kindTitle = QStringLiteral("Søknad om tilgang til helsedata");
    incoming.title = incoming.kindTitle + QStringLiteral(" – ") + app.project.title;
    incoming.documentDate = app.received;
    incoming.parties = {Journal::applicant(app, JournalParty::Role::Sender)};
    auto journal = Journal::record(m_db, id, m_actor.login, incoming);
    if (!journal)
        return journal.error();
    const QString detail =
        QStringLiteral("application %1 (%2) registered from %3")
            .arg(app.reference, toCode(app.kind), source.isEmpty() ? QStringLiteral("manual entry") : source);
    if (auto s = AuditLog::append(m_db, id, m_actor.login, QStringLiteral("imported"), detail); !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return number;
}

Result<std::vector<CaseSummary>> CaseService::list(const CaseFilter &filter)
{
    // Full text and filters live in CaseSearch (FTS5), shared with the GUI's lazy list.
    return CaseSearch(m_db).list(filter);
}

Result<qint64> CaseService::caseId(const QString &caseNumber)
{
    auto id = CaseStore::idOf(m_db, caseNumber);
    if (!id)
        return id.error();
    if (!id.value())
        return fail(QCoreApplication::translate("fv::Casework", "No case has the number %1").arg(caseNumber),
                    caseNumber);
    return *id.value();
}

Result<ChangeDiff> CaseService::changeDiffFor(const QString &earlierCase, const Application &change)
{
    auto earlierId = caseId(earlierCase);
    if (!earlierId)
        return earlierId.error();
    auto earlier = ApplicationStore::load(m_db, earlierId.value());
    if (!earlier)
        return earlier.error();
    auto decisions = DecisionStore::loadAll(m_db, earlierId.value());
    if (!decisions)
        return decisions.error();
    const Decision *approved = nullptr;
    for (const Decision &d : decisions.value())
        if (d.status == DecisionStatus::Approved)
            approved = &d;
    return diffChange(change, earlier.value(), approved);
}

Result<CaseRecord> CaseService::load(const QString &caseNumber)
{
    // On the server, everything below the header is read ahead in one round trip (ReadAhead.h);
    // the version stamp of the concurrency guard comes from the header, read as always.
    const ReadAhead ahead(m_db, QStringLiteral("case"));
    auto header = CaseStore::header(m_db, caseNumber); // the case's id with its header: one statement
    if (!header)
        return header.error();
    if (!header.value())
        return fail(QCoreApplication::translate("fv::Casework", "No case has the number %1").arg(caseNumber),
                    caseNumber);
    const qint64 id = (*header)->id;
    ReadAhead::keysKnown(m_db, {id, caseNumber});
    const Settings::ReadOnce settings(m_db); // the stores below each read settings: once for all
    CaseRecord rec;
    rec.completedOn = (*header)->completedOn;
    rec.rowVersion = (*header)->rowVersion;
    rec.changeOfCaseNumber = (*header)->changeOfCaseNumber;
    rec.casework.preliminaryReplyOn = (*header)->preliminaryReplyOn; // CaseworkStore::load keeps it
    CaseFilter one;
    one.caseId = id;
    auto summaries = list(one);
    if (!summaries)
        return summaries.error();
    if (!summaries->empty())
        rec.summary = summaries->front();
    auto app = ApplicationStore::load(m_db, id);
    if (!app)
        return app.error();
    rec.application = std::move(app.value());
    if (!rec.changeOfCaseNumber.isEmpty()) {
        if (auto diff = changeDiffFor(rec.changeOfCaseNumber, rec.application); !diff)
            return diff.error();
        else
            rec.changeDiff = diff.value();
    }

    auto decisions = DecisionStore::loadAll(m_db, id);
    if (!decisions)
        return decisions.error();
    rec.decisions = std::move(decisions.value());
    auto events = AuditLog::forCase(m_db, id);
    if (!events)
        return events.error();
    rec.events = std::move(events.value());
    auto docs = CaseStore::documents(m_db, id);
    if (!docs)
        return docs.error();
    rec.documents = std::move(docs.value());
    if (auto s = CaseworkStore::load(m_db, rec); !s)
        return s.error();
    if (auto s = FollowUpStore::load(m_db, rec); !s)
        return s.error();
    if (auto s = RevocationStore::load(m_db, rec); !s)
        return s.error();
    if (auto s = AppealStore::load(m_db, rec); !s)
        return s.error();
    return rec;
}

Status CaseService::applyAction(qint64 caseId, CaseAction action, const QString &detail,
                                std::optional<CaseStatus> resumeTo)
{
    auto current = CaseStore::statusCode(m_db, caseId);
    if (!current)
        return current.error();
    const auto from = caseStatusFromCode(current.value());
    if (!from)
        return fail(
            QCoreApplication::translate("fv::Casework", "The case has an unknown status \"%1\"").arg(current.value()));
    auto to = transition(*from, action, resumeTo);
    if (!to)
        return to.error();
    if (auto s = CaseworkStore::setStatus(m_db, caseId, toCode(to.value())); !s)
        return s;
    return AuditLog::append(
        m_db, caseId, m_actor.login, toCode(action),
        detail.isEmpty() ? QStringLiteral("%1 → %2").arg(toCode(*from), toCode(to.value())) : detail);
}

} // namespace fv
