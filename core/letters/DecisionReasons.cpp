#include "letters/DecisionReasons.h"

#include "decision/StandardTexts.h"
#include "letters/LetterContext.h"
#include "letters/LetterWords.h"
#include "registry/RegistryCatalogue.h"

#include <QLocale>
#include <QStringView>

#include <array>
#include <functional>

namespace fv {
namespace {

// The checklist's items and results, and what a registry manager recommended, as the letter
// names them. The prose around them lives in the templates.
constexpr std::array<LetterWord, 19> words{{
    {u"purpose", u"Formål", u"Føremål", u"Purpose"},
    {u"legal-basis", u"Behandlingsgrunnlag", u"Behandlingsgrunnlag", u"Legal basis for processing"},
    {u"rek", u"Godkjenning fra REK", u"Godkjenning frå REK", u"REK approval"},
    {u"institution-approval", u"Institusjonens godkjenning", u"Godkjenning frå institusjonen",
     u"Approval by the institution"},
    {u"minimisation", u"Dataminimering", u"Dataminimering", u"Data minimisation"},
    {u"security", u"Informasjonssikkerhet", u"Informasjonstryggleik", u"Information security"},
    {u"society-interest", u"Samfunnsinteresse og personvern", u"Samfunnsinteresse og personvern",
     u"Interest to society and privacy"},
    {u"linkage", u"Sammenstilling", u"Samanstilling", u"Linkage"},
    {u"deletion", u"Prosjektslutt og sletting", u"Prosjektslutt og sletting", u"Project end and deletion"},
    {u"security-screening", u"Nasjonal sikkerhet", u"Nasjonal tryggleik", u"National security"},
    {u"fulfilled", u"oppfylt", u"oppfylt", u"fulfilled"},
    {u"not-fulfilled", u"ikke oppfylt", u"ikkje oppfylt", u"not fulfilled"},
    {u"not-relevant", u"ikke relevant", u"ikkje relevant", u"not relevant"},
    {u"grant", u"anbefalte at søknaden innvilges", u"tilrådde at søknaden blir innvilga",
     u"recommended that the application be granted"},
    {u"partly", u"anbefalte at søknaden innvilges delvis", u"tilrådde at søknaden blir delvis innvilga",
     u"recommended that the application be partly granted"},
    {u"refuse", u"anbefalte at søknaden avslås", u"tilrådde at søknaden blir avslått",
     u"recommended that the application be refused"},
    {u"student-aggregated-anonymous", u"søknaden gjelder aggregerte anonyme opplysninger til en studentoppgave",
     u"søknaden gjeld aggregerte anonyme opplysningar til ei studentoppgåve",
     u"the application is a student's for aggregated anonymous data"},
    {u"data-update", u"søknaden gjelder en oppdatering av data etter det opprinnelige vedtaket",
     u"søknaden gjeld ei oppdatering av data etter det opphavlege vedtaket",
     u"the application is for an update of data after the original decision"},
    {u"appeal", u"saken gjelder en klage", u"saka gjeld ei klage", u"the case is an appeal"},
}};

QString word(QStringView key, Language language)
{
    return pickWord(words, key, language);
}

// Free text on one line: a note or statement quoted inside a sentence of the letter.
QString oneLine(const QString &text)
{
    return text.simplified();
}

const Registry *registryOf(const LetterInput &input, const QString &code)
{
    const auto it = input.registries.find(code);
    return it == input.registries.end() ? nullptr : &it->second;
}

QVariantList assessmentNotes(const LetterInput &input)
{
    QVariantList out;
    for (const AssessmentEntry &e : input.assessment.entries) {
        if (!e.settled() || e.note.trimmed().isEmpty())
            continue;
        out.append(QVariantMap{{QStringLiteral("item"), word(toCode(e.item), input.language)},
                               {QStringLiteral("result"), word(toCode(e.result), input.language)},
                               {QStringLiteral("note"), oneLine(e.note)}});
    }
    return out;
}

// The answered consultations of the registries `which` accepts.
QVariantList statements(const LetterInput &input, const std::function<bool(const QString &)> &which)
{
    QVariantList out;
    for (const Consultation &c : input.consultations) {
        if (!c.answered() || !c.answer || !which(c.registry))
            continue;
        const Registry *r = registryOf(input, c.registry);
        out.append(QVariantMap{
            {QStringLiteral("registry"), registryName(input, c.registry)},
            {QStringLiteral("manager"),
             !r                                        ? QString()
                 : input.language == Language::English ? managerInEnglish(r->manager)
                                                       : r->manager},
            {QStringLiteral("date"), letterDate(c.answeredOn, input.language)},
            {QStringLiteral("answer"), word(toCode(*c.answer), input.language)},
            {QStringLiteral("note"), oneLine(c.note)},
            {QStringLiteral("hasNote"), !c.note.trimmed().isEmpty()}});
    }
    return out;
}

QVariantMap facts(const LetterInput &input)
{
    const Application &app = input.application;
    const QString dpia = app.legalBasis.dpia;
    const bool dpo = app.legalBasis.dpoConsulted.value_or(false);
    return {
        {QStringLiteral("any"), app.rek.has_value() || !dpia.isEmpty() || dpo},
        {QStringLiteral("hasRek"), app.rek.has_value()},
        {QStringLiteral("dpiaDone"), dpia == QLatin1String("done")},
        {QStringLiteral("dpiaPlanned"), dpia == QLatin1String("planned")},
        {QStringLiteral("dpiaNotNeeded"), dpia == QLatin1String("not-needed")},
        {QStringLiteral("dpoConsulted"), dpo},
    };
}

// The registry's regulation in the letter's language: English letters take the English title
// where the catalogue has one; nynorsk keeps the Norwegian (legal titles have no nynorsk form).
QString regulationFor(const LetterInput &input, const Registry &r)
{
    return input.language == Language::English ? regulationInEnglish(r) : r.regulation.trimmed();
}

bool decidedHere(const QVariantMap &row)
{
    return row.value(QStringLiteral("granted")).toBool() || row.value(QStringLiteral("partlyGranted")).toBool();
}

QVariantList regulations(const LetterInput &input, const QVariantList &rows)
{
    QVariantList out;
    for (const QVariant &v : rows) {
        const QVariantMap row = v.toMap();
        const Registry *r = registryOf(input, row.value(QStringLiteral("code")).toString());
        if (decidedHere(row) && r && !r->regulation.trimmed().isEmpty())
            out.append(QVariantMap{{QStringLiteral("name"), row.value(QStringLiteral("name"))},
                                   {QStringLiteral("regulation"), regulationFor(input, *r)}});
    }
    return out;
}

// Each refused or partly granted registry: the rule (the act and the registry's regulation), the
// facts (the caseworker's reason, the registry manager's statement) for the weighing.
QVariantList registryReasons(const LetterInput &input, const QVariantList &rows)
{
    QVariantList out;
    for (const QVariant &v : rows) {
        const QVariantMap row = v.toMap();
        const bool refused = row.value(QStringLiteral("refused")).toBool();
        const bool partly = row.value(QStringLiteral("partlyGranted")).toBool();
        if (!refused && !partly)
            continue;
        const QString code = row.value(QStringLiteral("code")).toString();
        const Registry *r = registryOf(input, code);
        const QString regulation = r ? regulationFor(input, *r) : QString();
        const QVariantList said = statements(input, [&](const QString &r) { return r == code; });
        out.append(QVariantMap{
            {QStringLiteral("name"), row.value(QStringLiteral("name"))},
            {QStringLiteral("outcome"), row.value(QStringLiteral("outcome"))},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("partlyGranted"), partly},
            {QStringLiteral("regulation"), regulation},
            {QStringLiteral("hasRegulation"), !regulation.isEmpty()},
            {QStringLiteral("paragraphs"), row.value(QStringLiteral("reasonParagraphs"))},
            {QStringLiteral("statements"), said},
            {QStringLiteral("hasStatements"), !said.isEmpty()}});
    }
    return out;
}

QVariantMap feeMap(const LetterInput &input)
{
    if (!input.fee)
        return {{QStringLiteral("stated"), false}};
    const Fee &fee = *input.fee;
    const Language language = input.language;
    const bool exempt = fee.exemption != FeeExemption::None;
    return {
        {QStringLiteral("stated"), true},
        {QStringLiteral("charged"), !exempt},
        {QStringLiteral("exempt"), exempt},
        {QStringLiteral("total"), letterMoney(fee.total, language)},
        {QStringLiteral("base"), letterMoney(fee.base, language)},
        {QStringLiteral("severalSources"), input.feeSources > 1},
        {QStringLiteral("hasHours"), fee.startedHours > 0},
        {QStringLiteral("hours"), QString::number(fee.startedHours)},
        {QStringLiteral("oneHour"), fee.startedHours == 1},
        {QStringLiteral("hourlyRate"), letterMoney(fee.hourlyRate, language)},
        {QStringLiteral("hoursAmount"), letterMoney(fee.startedHours * fee.hourlyRate, language)},
        {QStringLiteral("hasPriceFrom"), fee.priceTableFrom.isValid()},
        {QStringLiteral("priceFrom"), letterDate(fee.priceTableFrom, language)},
        {QStringLiteral("exemptionReason"), exempt ? word(toCode(fee.exemption), language) : QString()},
    };
}

} // namespace

QString letterMoney(int amount, Language language)
{
    if (language == Language::English)
        return QStringLiteral("NOK ") + QLocale(QLocale::English, QLocale::UnitedKingdom).toString(amount);
    // Norwegian groups thousands with a space, kept together with the number (no break inside).
    QString digits = QString::number(amount);
    for (int i = digits.size() - 3; i > 0 && digits.at(i - 1).isDigit(); i -= 3)
        digits.insert(i, QChar(0x00A0));
    return QStringLiteral("kr\u00A0") + digits;
}

QVariantMap decisionCaseMaterial(const LetterInput &input, const QVariantList &rows)
{
    const QVariantList notes = assessmentNotes(input);
    const QVariantList rules = regulations(input, rows);
    const QVariantList reasons = registryReasons(input, rows);
    // A statement on a refused or partly granted registry is given with that registry's reasons.
    QStringList reasoned;
    for (const QVariant &v : rows) {
        const QVariantMap row = v.toMap();
        if (row.value(QStringLiteral("refused")).toBool() || row.value(QStringLiteral("partlyGranted")).toBool())
            reasoned << row.value(QStringLiteral("code")).toString();
    }
    const QVariantList said = statements(input, [&](const QString &r) { return !reasoned.contains(r); });
    const bool earlierKnown = input.earlierDecisionDate.isValid();
    return {
        {QStringLiteral("assessmentNotes"), notes},
        {QStringLiteral("hasAssessmentNotes"), !notes.isEmpty()},
        {QStringLiteral("statements"), said},
        {QStringLiteral("hasStatements"), !said.isEmpty()},
        {QStringLiteral("facts"), facts(input)},
        {QStringLiteral("regulations"), rules},
        {QStringLiteral("hasRegulations"), !rules.isEmpty()},
        {QStringLiteral("registryReasons"), reasons},
        {QStringLiteral("hasRegistryReasons"), !reasons.isEmpty()},
        {QStringLiteral("fee"), feeMap(input)},
        {QStringLiteral("earlier"),
         QVariantMap{{QStringLiteral("known"), earlierKnown},
                     {QStringLiteral("date"), letterDate(input.earlierDecisionDate, input.language)},
                     {QStringLiteral("hasReference"), !input.earlierDecisionReference.isEmpty()},
                     {QStringLiteral("hasDiff"), input.changes.has_value()},
                     {QStringLiteral("reference"), input.earlierDecisionReference}}},
        {QStringLiteral("foreignBasis"), input.foreignLegalBasis.trimmed()},
        {QStringLiteral("hasForeignBasis"), !input.foreignLegalBasis.trimmed().isEmpty()},
    };
}

} // namespace fv
