#include "demo/DemoCasework.h"

#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "followup/FollowUpService.h"
#include "letters/DocumentService.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <functional>

namespace fv {
namespace {

// One demo case's story, step by step; the first refusal stops it and is reported.
class Script
{
public:
    Script(Database &db, const DemoPeople &people, const StoryDays &days, QString number)
        : m_db(db)
        , m_people(people)
        , m_days(days)
        , m_number(std::move(number))
    {}

    const DemoPeople &people() const { return m_people; }
    // A day of the story as written (2026), moved to the demo's own time.
    QDate day(int month, int d) const { return m_days(QDate(2026, month, d)); }
    const QString &number() const { return m_number; }
    Status result() const { return m_status; }

    // A day of an earlier year's story (2025), moved the same way.
    QDate dayIn(int year, int month, int d) const { return m_days(QDate(year, month, d)); }

    using Op = std::function<Status(CaseworkService &, DecisionService &)>;
    Script &on(const QDate &when, const User &who, const Op &op)
    {
        return as(when, who, [&](CaseService &cases) {
            CaseworkService work(cases);
            DecisionService decisions(cases);
            return op(work, decisions);
        });
    }
    Script &as(const QDate &when, const User &who, const std::function<Status(CaseService &)> &op)
    {
        if (!m_status)
            return *this;
        DemoDay today(when);
        CaseService cases(m_db, who);
        m_status = op(cases);
        return *this;
    }

    Script &take(const QDate &d, const User &who)
    {
        return on(d, who, [this](CaseworkService &w, DecisionService &) { return w.take(m_number); });
    }
    Script &startCheck(const QDate &d, const User &who)
    {
        return on(d, who, [this](CaseworkService &w, DecisionService &) { return w.startCompletenessCheck(m_number); });
    }
    Script &complete(const QDate &d, const User &who)
    {
        return on(d, who, [this](CaseworkService &w, DecisionService &) { return w.complete(m_number); });
    }
    Script &request(const QDate &d, const User &who, const QString &text)
    {
        return on(d, who, [&](CaseworkService &w, DecisionService &) { return w.requestInfo(m_number, text); });
    }
    Script &answered(const QDate &d, const User &who)
    {
        return on(d, who, [this](CaseworkService &w, DecisionService &) { return w.infoReceived(m_number); });
    }
    Script &preliminaryReply(const QDate &d, const User &who)
    {
        return on(d, who, [this](CaseworkService &w, DecisionService &) { return w.recordPreliminaryReply(m_number); });
    }
    Script &consult(const QDate &d, const User &who, const QStringList &registries, const QDate &due)
    {
        return on(d, who, [&](CaseworkService &w, DecisionService &) {
            for (const QString &r : registries)
                if (auto s = w.consult(m_number, r, due); !s)
                    return s;
            return ok();
        });
    }
    Script &consulted(const QDate &d, const User &who, const QString &registry, ConsultationAnswer a,
                      const QString &note = {})
    {
        return on(d, who, [&](CaseworkService &w, DecisionService &) {
            return w.consulted(m_number, registry, a, note);
        });
    }
    Script &note(const QDate &d, const User &who, const QString &text, NoteAudience audience = NoteAudience::Internal)
    {
        return on(d, who, [&](CaseworkService &w, DecisionService &) { return w.addNote(m_number, text, audience); });
    }
    // Every required item fulfilled, with the lawyer's notes where they say something.
    Script &assessAll(const QDate &d, const std::vector<AssessmentItem> &leaveOpen = {});
    Script &assess(const QDate &d, const User &who, AssessmentItem item, AssessmentResult r, const QString &note = {})
    {
        return on(d, who, [&](CaseworkService &w, DecisionService &) { return w.assess(m_number, item, r, note); });
    }
    Script &draft(const QDate &d, const User &who)
    {
        return on(d, who, [this](CaseworkService &, DecisionService &ds) {
            auto made = ds.draft(m_number);
            return made ? ok() : Status(made.error());
        });
    }
    Script &submit(const QDate &d, const User &who)
    {
        return on(d, who, [this](CaseworkService &, DecisionService &ds) { return ds.submit(m_number); });
    }
    Script &approve(const QDate &d)
    {
        return on(d, m_people.approver, [this](CaseworkService &, DecisionService &ds) {
            return ds.approve(m_number);
        });
    }
    Script &sendDecision(const QDate &d, const User &who)
    {
        return as(d, who, [this](CaseService &cases) {
            auto sent = DocumentService(cases).send(m_number, LetterKind::Decision);
            return sent ? ok() : Status(sent.error());
        });
    }
    // The registry managers' deliveries after the decision letter, as the adviser records them.
    Script &ordered(const QDate &d, const User &who, const QStringList &registries)
    {
        return as(d, who, [&](CaseService &cases) {
            for (const QString &r : registries)
                if (auto s = FollowUpService(cases).ordered(m_number, r, d); !s)
                    return s;
            return ok();
        });
    }
    Script &delayed(const QDate &d, const User &who, const QString &registry, const QString &reason)
    {
        return as(d, who, [&](CaseService &cases) {
            return FollowUpService(cases).delayed(m_number, registry, reason, d);
        });
    }
    Script &delivered(const QDate &d, const User &who, const QString &registry)
    {
        return as(d, who, [&](CaseService &cases) { return FollowUpService(cases).delivered(m_number, registry, d); });
    }

private:
    Database &m_db;
    const DemoPeople &m_people;
    const StoryDays &m_days;
    QString m_number;
    Status m_status = ok();
};

QString assessmentNote(AssessmentItem item)
{
    switch (item) {
    case AssessmentItem::LegalBasis:
        return QStringLiteral("GDPR art. 6 nr. 1 e og art. 9 nr. 2 j; DPIA er gjennomført.");
    case AssessmentItem::Rek: return QStringLiteral("REK-godkjenning foreligger.");
    case AssessmentItem::SocietyInterest:
        return QStringLiteral("Vesentlig samfunnsinteresse; personvernulempen er liten med indirekte identifiserbare "
                              "data.");
    case AssessmentItem::Security: return QStringLiteral("TSD, tilgang kun for navngitte personer.");
    default: return {};
    }
}

Script &Script::assessAll(const QDate &d, const std::vector<AssessmentItem> &leaveOpen)
{
    return on(d, m_people.lawyer, [&](CaseworkService &w, DecisionService &) -> Status {
        CaseService cases(m_db, m_people.lawyer);
        auto rec = cases.load(m_number);
        if (!rec)
            return rec.error();
        for (const AssessmentEntry &e : rec->casework.assessment.entries) {
            if (!e.required || std::find(leaveOpen.begin(), leaveOpen.end(), e.item) != leaveOpen.end())
                continue;
            if (auto s = w.assess(m_number, e.item, AssessmentResult::Fulfilled, assessmentNote(e.item)); !s)
                return s;
        }
        return ok();
    });
}

// The second decided case gets a refusal and a removed variable, so the demo shows a partly
// granted decision.
Status varyOutcome(DecisionService &decisions, CaseService &cases, const QString &number)
{
    auto rec = cases.load(number);
    if (!rec || !rec->currentDecision())
        return ok();
    Decision d = *rec->currentDecision();
    if (d.entries.size() < 2)
        return ok();
    RegistryDecision &last = d.entries.back();
    last.outcome = Outcome::Refused;
    last.reason = QStringLiteral("Opplysningene er ikke nødvendige for å besvare prosjektets problemstillinger.");
    RegistryDecision &first = d.entries.front();
    if (first.variables.size() > 1) {
        first.outcome = Outcome::PartlyGranted;
        first.variables.back().approved = false;
        first.variables.back().reason = QStringLiteral("Variabelen er ikke nødvendig for formålet (dataminimering).");
    }
    return decisions.saveDraft(number, d);
}

using A = ConsultationAnswer;
using I = AssessmentItem;

// Decided in time, after consulting all six registry managers.
void covidStudy(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.day(6, 9), p.adviser).startCheck(s.day(6, 9), p.adviser).complete(s.day(6, 12), p.adviser);
    s.consult(s.day(6, 15), p.adviser,
              {QStringLiteral("SYSVAK"), QStringLiteral("MSIS"), QStringLiteral("NPR"), QStringLiteral("KPR"),
               QStringLiteral("BIV"), QStringLiteral("DAR")},
              s.day(6, 29));
    for (const char *r : {"SYSVAK", "MSIS", "NPR", "DAR"})
        s.consulted(s.day(6, 24), p.adviser, QLatin1String(r), A::Grant);
    s.consulted(s.day(6, 26), p.adviser, QStringLiteral("KPR"), A::Partly, QStringLiteral("Uten IPLOS-variabler."));
    s.consulted(s.day(6, 29), p.adviser, QStringLiteral("BIV"), A::Grant);
    s.preliminaryReply(s.day(7, 3), p.adviser).assessAll(s.day(7, 6));
    s.draft(s.day(7, 8), p.adviser).submit(s.day(7, 8), p.adviser).approve(s.day(7, 10));
    // The letter goes out; four managers deliver, KPR is delayed and BIV is now overdue.
    s.sendDecision(s.day(7, 13), p.adviser);
    s.ordered(s.day(7, 14), p.adviser,
              {QStringLiteral("SYSVAK"), QStringLiteral("MSIS"), QStringLiteral("NPR"), QStringLiteral("KPR"),
               QStringLiteral("BIV"), QStringLiteral("DAR")});
    for (const char *r : {"SYSVAK", "MSIS", "DAR"})
        s.delivered(s.day(8, 25), p.adviser, QLatin1String(r));
    s.delivered(s.day(9, 8), p.adviser, QStringLiteral("NPR"));
    s.delayed(
        s.day(9, 1), p.adviser, QStringLiteral("KPR"),
        QStringLiteral("KPR-uttrekket venter på ny versjon av IPLOS-koblingen; ny leveringsdato er ikke avklart."));
}

// Overdue: the applicant took the summer to answer, and the decision now waits for approval.
void cancerPlanning(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.day(6, 23), p.adviser).startCheck(s.day(6, 24), p.adviser);
    s.request(s.day(6, 25), p.adviser,
              QStringLiteral("Legg ved personvernombudets vurdering (DPIA) og institusjonens godkjenning."));
    s.preliminaryReply(s.day(7, 20), p.adviser).answered(s.day(8, 24), p.adviser).complete(s.day(8, 26), p.adviser);
    s.consult(s.day(8, 31), p.adviser, {QStringLiteral("KRG"), QStringLiteral("NPR")}, s.day(9, 14));
    s.consulted(s.day(9, 10), p.adviser, QStringLiteral("KRG"), A::Grant)
        .consulted(s.day(9, 14), p.adviser, QStringLiteral("NPR"), A::Grant);
    s.note(s.day(10, 20), p.adviser, QStringLiteral("NPR-uttrekket må avgrenses til 2015–2025; avklart på telefon."));
    s.assessAll(s.day(10, 28)).draft(s.day(11, 10), p.adviser).submit(s.day(11, 12), p.adviser);
}

// Decided, partly granted; the adviser drafts and another person approves.
void antibiotics(Script &s, Database &db)
{
    const DemoPeople &p = s.people();
    s.take(s.day(6, 30), p.adviser2).complete(s.day(7, 1), p.adviser2);
    s.consult(s.day(7, 2), p.adviser2, {QStringLiteral("KPR"), QStringLiteral("LMR"), QStringLiteral("DAR")},
              s.day(7, 16));
    s.consulted(s.day(7, 14), p.adviser2, QStringLiteral("KPR"), A::Grant)
        .consulted(s.day(7, 14), p.adviser2, QStringLiteral("LMR"), A::Partly, QStringLiteral("Uten forskriver-id."))
        .consulted(s.day(7, 15), p.adviser2, QStringLiteral("DAR"), A::Grant);
    s.preliminaryReply(s.day(7, 27), p.adviser2).assessAll(s.day(8, 10)).draft(s.day(8, 17), p.adviser2);
    s.on(s.day(8, 17), p.adviser2, [&](CaseworkService &, DecisionService &ds) {
        CaseService cases(db, p.adviser2);
        return varyOutcome(ds, cases, s.number());
    });
    s.submit(s.day(8, 18), p.adviser2).approve(s.day(8, 20));
}

// A change application drafted within days.
void covidChange(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.day(11, 9), p.adviser).complete(s.day(11, 10), p.adviser);
    s.consult(s.day(11, 12), p.adviser, {QStringLiteral("LMR")}, s.day(11, 26));
    s.assessAll(s.day(11, 16)).draft(s.day(11, 17), p.adviser);
}

// Directly identifiable data from the health archive: its manager has not answered in time.
void dementia(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.day(8, 18), p.lawyer).startCheck(s.day(8, 19), p.lawyer).complete(s.day(8, 24), p.lawyer);
    s.request(s.day(9, 2), p.lawyer,
              QStringLiteral("Begrunn behovet for direkte identifiserende opplysninger (særlige grunner)."));
    s.preliminaryReply(s.day(9, 10), p.lawyer).answered(s.day(9, 23), p.lawyer);
    s.consult(s.day(9, 24), p.lawyer, {QStringLiteral("DAR"), QStringLiteral("HAR")}, s.day(10, 8));
    s.consulted(s.day(10, 5), p.lawyer, QStringLiteral("DAR"), A::Grant);
    s.assessAll(s.day(10, 12), {I::SocietyInterest});
    s.note(s.day(10, 12), p.lawyer, QStringLiteral("Samfunnsnytten vurderes når Norsk helsearkiv har svart."));
    s.draft(s.day(10, 14), p.lawyer);
}

// Anonymous statistics with two pauses in the dialogue; due within the week.
void statistics(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.day(9, 3), p.me)
        .startCheck(s.day(9, 4), p.me)
        .preliminaryReply(s.day(9, 30), p.me)
        .complete(s.day(10, 1), p.me);
    s.consult(s.day(10, 7), p.me, {QStringLiteral("NPR")}, s.day(10, 21));
    s.request(s.day(10, 12), p.me, QStringLiteral("Presiser aggregeringsnivået i tabellene (kommune eller fylke)."));
    s.answered(s.day(10, 19), p.me)
        .consulted(s.day(10, 20), p.me, QStringLiteral("NPR"), A::Partly, QStringLiteral("Celler under 5 prikkes."));
    s.request(s.day(10, 26), p.me, QStringLiteral("Bekreft at ingen tabellceller har færre enn fem personer."));
    s.answered(s.day(11, 2), p.me);
    s.assess(s.day(11, 3), p.me, I::Purpose, AssessmentResult::Fulfilled, QStringLiteral("Statistikk, jf. § 19."))
        .assess(s.day(11, 3), p.me, I::Minimisation, AssessmentResult::Fulfilled);
}

// Years of data for an English-speaking applicant, now waiting for approval in good time.
void childhoodCancer(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.day(8, 4), p.adviser).startCheck(s.day(8, 5), p.adviser).preliminaryReply(s.day(8, 28), p.adviser);
    s.complete(s.day(9, 1), p.adviser);
    s.request(s.day(9, 8), p.adviser, QStringLiteral("Please send the Danish ethics committee's approval."));
    s.answered(s.day(9, 22), p.adviser);
    s.consult(s.day(9, 24), p.adviser, {QStringLiteral("MFR"), QStringLiteral("KRG"), QStringLiteral("DAR")},
              s.day(10, 8));
    for (const char *r : {"MFR", "KRG", "DAR"})
        s.consulted(s.day(10, 6), p.adviser, QLatin1String(r), A::Grant);
    s.assessAll(s.day(10, 20)).draft(s.day(11, 5), p.adviser).submit(s.day(11, 6), p.adviser);
}

// A preparedness project waiting for the applicant; KPR goes to its manager.
void preparedness(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.day(10, 13), p.me).complete(s.day(10, 16), p.me);
    s.consult(s.day(10, 20), p.me, {QStringLiteral("MSIS"), QStringLiteral("SYSVAK"), QStringLiteral("NPR")},
              s.day(11, 3));
    s.on(s.day(10, 22), p.me, [&](CaseworkService &w, DecisionService &) {
        return w.forward(s.number(), QStringLiteral("KPR"),
                         QStringLiteral("Kommunene ber om KPR-data til egne lovpålagte beredskapsoppgaver; "
                                        "registerforvalter avgjør selv."));
    });
    for (const char *r : {"MSIS", "SYSVAK", "NPR"})
        s.consulted(s.day(10, 30), p.me, QLatin1String(r), A::Grant);
    s.assess(s.day(11, 3), p.me, I::Purpose, AssessmentResult::Fulfilled, QStringLiteral("Beredskap."));
    s.preliminaryReply(s.day(11, 10), p.me);
    s.request(s.day(11, 12), p.me, QStringLiteral("Beskriv lagringsmiljøet og hvem som får tilgang til dataene."));
    s.note(s.day(11, 12), p.me,
           QStringLiteral("Vi trenger en beskrivelse av lagringsmiljøet før saken kan vurderes videre."),
           NoteAudience::Applicant);
}

// Decided early last year: the letter sent, the data delivered (LMR after a delay), and the
// project now past its end without the end report the decision asks for.
void hipFractures(Script &s)
{
    const DemoPeople &p = s.people();
    s.take(s.dayIn(2025, 1, 14), p.adviser2).complete(s.dayIn(2025, 1, 16), p.adviser2);
    s.consult(s.dayIn(2025, 1, 20), p.adviser2, {QStringLiteral("NPR"), QStringLiteral("LMR")}, s.dayIn(2025, 2, 3));
    s.consulted(s.dayIn(2025, 1, 30), p.adviser2, QStringLiteral("NPR"), A::Grant)
        .consulted(s.dayIn(2025, 2, 3), p.adviser2, QStringLiteral("LMR"), A::Grant);
    s.assessAll(s.dayIn(2025, 2, 5)).draft(s.dayIn(2025, 2, 6), p.adviser2).submit(s.dayIn(2025, 2, 6), p.adviser2);
    s.approve(s.dayIn(2025, 2, 10)).sendDecision(s.dayIn(2025, 2, 11), p.adviser2);
    s.ordered(s.dayIn(2025, 2, 12), p.adviser2, {QStringLiteral("NPR"), QStringLiteral("LMR")});
    s.delayed(s.dayIn(2025, 3, 24), p.adviser2, QStringLiteral("LMR"),
              QStringLiteral("Legemiddelregisteret legger om uttrekksrutinene; levering om lag fire uker senere."));
    s.delivered(s.dayIn(2025, 3, 31), p.adviser2, QStringLiteral("NPR"))
        .delivered(s.dayIn(2025, 4, 23), p.adviser2, QStringLiteral("LMR"));
}

} // namespace

StoryDays::StoryDays(const WorkingDayCalendar &calendar, const QDate &today)
    : m_calendar(calendar)
    , m_storyDay(calendar.isWorkingDay(today) ? today : calendar.addWorkingDays(today, -1))
{}

QDate StoryDays::operator()(const QDate &written) const
{
    return m_calendar.addWorkingDays(m_storyDay, m_calendar.workingDaysBetween(writtenFor(), written));
}

int StoryDays::monthsMoved(const QDate &written) const
{
    const QDate moved = (*this)(written);
    const int months = (moved.year() - written.year()) * 12 + moved.month() - written.month();
    // Round to the nearer whole month, so a period starting on the 1st still starts on a 1st.
    if (moved.day() - written.day() > 15)
        return months + 1;
    if (written.day() - moved.day() > 15)
        return months - 1;
    return months;
}

Status runDemoCasework(Database &db, const DemoPeople &people, const StoryDays &days, int index,
                       const QString &caseNumber)
{
    Script s(db, people, days, caseNumber);
    switch (index) {
    case 0: covidStudy(s); break;
    case 1: cancerPlanning(s); break;
    case 2: antibiotics(s, db); break;
    case 3: covidChange(s); break;
    case 4: break; // received in July and never taken: its preliminary reply is overdue
    case 5: dementia(s); break;
    case 6: statistics(s); break;
    case 7: childhoodCancer(s); break;
    case 8: s.take(s.day(11, 19), people.adviser2).startCheck(s.day(11, 20), people.adviser2); break; // just received
    case 9: preparedness(s); break;
    case 10: hipFractures(s); break;
    default: break;
    }
    if (!s.result())
        return fail(
            QCoreApplication::translate("fv::Demo", "demo case %1: %2").arg(caseNumber, s.result().error().toString()));
    return ok();
}

} // namespace fv
