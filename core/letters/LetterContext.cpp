#include "letters/LetterContext.h"

#include "application/BidiControls.h"
#include "decision/StandardTexts.h"
#include "letters/AppealContext.h"
#include "letters/DecisionReasons.h"
#include "letters/DialogueContext.h"
#include "letters/LetterWords.h"
#include "letters/NoticeContext.h"
#include "letters/RevocationLetters.h"
#include "registry/RegistryCatalogue.h"
#include "registry/VariableNames.h"

#include <QLocale>
#include <QStringView>

#include <array>

namespace fv {
namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Free text as paragraphs: one per non-empty line, so a caseworker's line breaks survive
// the HTML template without the template having to trust markup.
QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

// A value the templates print in parentheses, without parentheses of its own around it
// ("TSD ((see the attachment))" reads as a slip).
QString unwrapped(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 2 || !t.startsWith(QLatin1Char('(')) || !t.endsWith(QLatin1Char(')')))
        return t;
    int depth = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        depth += t.at(i) == QLatin1Char('(') ? 1 : t.at(i) == QLatin1Char(')') ? -1 : 0;
        if (depth == 0 && i + 1 < t.size())
            return t; // "(a) and (b)": the first pair closes early
    }
    return t.mid(1, t.size() - 2).trimmed();
}

QString joinAnd(const QStringList &items, Language language)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString andWord = language == Language::English ? QStringLiteral(" and ") : QStringLiteral(" og ");
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + andWord + items.last();
}

QString longPeriod(const QDate &from, const QDate &to, Language language)
{
    if (!from.isValid() && !to.isValid())
        return {};
    return letterDate(from, language) + QStringLiteral(" – ") + letterDate(to, language);
}

// Tables use the short numeric form so a period fits on one line of a narrow column.
QString shortPeriod(const QDate &from, const QDate &to, Language language)
{
    if (!from.isValid() && !to.isValid())
        return {};
    if (language == Language::English) {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QString format = QStringLiteral("d MMM yyyy");
        // No break inside a date ("31 / Dec 2024"), only around the dash.
        const auto whole = [&](const QDate &d) { return english.toString(d, format).replace(u' ', QChar(0x00A0)); };
        return whole(from) + QStringLiteral(" – ") + whole(to);
    }
    const QString format = QStringLiteral("dd.MM.yyyy");
    return from.toString(format) + QStringLiteral("–") + to.toString(format);
}

const Registry *findRegistry(const LetterInput &input, const QString &code)
{
    const auto it = input.registries.find(code);
    return it == input.registries.end() ? nullptr : &it->second;
}

const DataSource *findSource(const Application &app, const QString &code)
{
    for (const DataSource &source : app.dataSources) {
        if (source.registry == code)
            return &source;
    }
    return nullptr;
}

QString managerOf(const LetterInput &input, const QString &code)
{
    const Registry *registry = findRegistry(input, code);
    if (!registry)
        return {};
    return input.language == Language::English ? managerInEnglish(registry->manager) : registry->manager;
}

QVariantMap senderMap(const LetterSettings &s)
{
    return {
        {QStringLiteral("name"), s.senderName},
        {QStringLiteral("nameEn"), s.senderNameEn},
        {QStringLiteral("postalAddress"), s.postalAddress},
        {QStringLiteral("visitingAddress"), s.visitingAddress},
        {QStringLiteral("email"), s.email},
        {QStringLiteral("phone"), s.phone},
        {QStringLiteral("orgNumber"), s.orgNumber},
        {QStringLiteral("web"), s.web},
        {QStringLiteral("appealBody"), s.appealBody},
    };
}

QVariantMap addresseeMap(const QString &name, const QString &attention, const Address &address)
{
    const QString postalLine = (address.postalCode + QLatin1Char(' ') + address.city).trimmed();
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("hasAttention"), !attention.isEmpty()},
        {QStringLiteral("attention"), attention},
        {QStringLiteral("hasStreet"), !address.street.isEmpty()},
        {QStringLiteral("street"), address.street},
        {QStringLiteral("hasPostal"), !postalLine.isEmpty()},
        {QStringLiteral("postalLine"), postalLine},
        {QStringLiteral("hasCountry"), !address.country.isEmpty()},
        {QStringLiteral("country"), address.country},
    };
}

QVariantMap addressee(const LetterInput &input)
{
    // Forwarding letters and notices go to the registry manager, at its postal address.
    if (input.kind == LetterKind::Forwarding || input.kind == LetterKind::RegistryNotice
        || input.kind == LetterKind::StopDelivery) {
        const QString manager = managerOf(input, input.forwardRegistry);
        if (manager.isEmpty())
            return addresseeMap(registryName(input, input.forwardRegistry), {}, {});
        return addresseeMap(manager, {}, registryManagerAddress(manager).value_or(Address{}));
    }
    const Application &app = input.application;
    if (input.kind == LetterKind::AppealForwarding) // to the appeal body
        return addresseeMap(input.settings.appealBody, {}, {});
    return addresseeMap(app.controller.name, app.projectLeader.name, app.controller.address);
}

QVariantMap projectMap(const Application &app, Language language)
{
    const Project &p = app.project;
    return {
        {QStringLiteral("title"), p.title},
        {QStringLiteral("summaryParagraphs"), paragraphs(p.summary)},
        {QStringLiteral("purpose"), letterWord(p.purpose, language)},
        {QStringLiteral("start"), letterDate(p.start, language)},
        {QStringLiteral("end"), letterDate(p.end, language)},
        {QStringLiteral("period"), longPeriod(p.start, p.end, language)},
        {QStringLiteral("deletionDate"), letterDate(p.deletionDate, language)},
        {QStringLiteral("hasFunding"), !p.funding.isEmpty()},
        {QStringLiteral("funding"), p.funding},
    };
}

QString identifiabilityWords(Identifiability identifiability, Language language)
{
    switch (identifiability) {
    case Identifiability::Anonymous: return letterWord(u"anonymous", language);
    case Identifiability::DirectlyIdentifiable: return letterWord(u"directlyIdentifiable", language);
    case Identifiability::IndirectlyIdentifiable: break;
    }
    return letterWord(u"indirectlyIdentifiable", language);
}

QVariantList sourcesList(const LetterInput &input, Language language)
{
    QVariantList list;
    for (const DataSource &s : input.application.dataSources) {
        list.append(QVariantMap{
            {QStringLiteral("code"), s.registry},
            {QStringLiteral("name"), registryName(input, s.registry)},
            {QStringLiteral("period"), longPeriod(s.periodFrom, s.periodTo, language)},
            {QStringLiteral("periodShort"), shortPeriod(s.periodFrom, s.periodTo, language)},
            {QStringLiteral("variables"),
             variableNames(input.registries, s.registry, s.variables).join(QStringLiteral(", "))},
            {QStringLiteral("justification"), s.justification},
        });
    }
    return list;
}

// Whether a registry's data are given: before a decision, every source asked for; with one,
// only what it grants (a refused or forwarded source is linked with nothing here). A decision
// that grants nothing describes the linkage applied for.
bool sourceGiven(const LetterInput &input, const QString &code)
{
    if (!input.decision || !input.decision->grantsAnything())
        return true;
    for (const RegistryDecision &e : input.decision->entries)
        if (e.registry == code)
            return e.outcome == Outcome::Granted || e.outcome == Outcome::PartlyGranted;
    return false;
}

QVariantMap linkageMap(const LetterInput &input)
{
    const Application &app = input.application;
    QStringList sources;
    for (const DataSource &s : app.dataSources)
        if (sourceGiven(input, s.registry))
            sources.append(registryName(input, s.registry));
    if (app.linkage)
        sources.append(app.linkage->externalSources);
    const QStringList keys = app.linkage ? app.linkage->keys : QStringList();
    return {
        {QStringLiteral("linked"), sources.size() > 1},
        {QStringLiteral("linkageSources"), joinAnd(sources, input.language)},
        {QStringLiteral("hasLinkage"), app.linkage.has_value()},
        {QStringLiteral("linkage"),
         QVariantMap{{QStringLiteral("description"), app.linkage ? app.linkage->description : QString()},
                     {QStringLiteral("keys"), joinAnd(keys, input.language)},
                     {QStringLiteral("hasKeys"), !keys.isEmpty()}}},
    };
}

// A change whose earlier case is not in the database: what the application itself now asks for
// (its own account of the change is printed under the background), so the list is never empty.
QStringList changeFromApplication(const LetterInput &input)
{
    QStringList lines;
    for (const DataSource &s : input.application.dataSources)
        lines << letterWord(u"changeAsksFor", input.language)
                     .arg(registryName(input, s.registry), shortPeriod(s.periodFrom, s.periodTo, input.language),
                          variableNames(input.registries, s.registry, s.variables).join(QStringLiteral(", ")));
    return lines;
}

// What a change application changes against the earlier decision, one line each, as the
// decision letter states it.
QStringList changeLines(const LetterInput &input)
{
    QStringList lines;
    const Language language = input.language;
    if (!input.changes)
        return changeFromApplication(input); // the earlier case is not in the database
    const ChangeDiff &d = *input.changes;
    const auto names = [&](const QStringList &codes) {
        QStringList out;
        for (const QString &code : codes)
            out << registryName(input, code);
        return out.join(QStringLiteral(", "));
    };
    const auto line = [&](QStringView key) { return letterWord(key, language); };
    const QString comma = QStringLiteral(", ");
    if (!d.registriesAdded.isEmpty())
        lines << line(u"changeRegistriesAdded").arg(names(d.registriesAdded));
    if (!d.registriesRemoved.isEmpty())
        lines << line(u"changeRegistriesRemoved").arg(names(d.registriesRemoved));
    for (const ChangeDiff::Variables &v : d.variables) {
        if (!v.added.isEmpty())
            lines << line(u"changeVariablesAdded")
                         .arg(registryName(input, v.registry),
                              variableNames(input.registries, v.registry, v.added).join(comma));
        if (!v.removed.isEmpty())
            lines << line(u"changeVariablesRemoved")
                         .arg(registryName(input, v.registry),
                              variableNames(input.registries, v.registry, v.removed).join(comma));
    }
    for (const ChangeDiff::Period &p : d.periods)
        lines << line(u"changePeriod")
                     .arg(registryName(input, p.registry), shortPeriod(p.oldFrom, p.oldTo, language),
                          shortPeriod(p.newFrom, p.newTo, language));
    if (d.projectEnd)
        lines << line(u"changeProjectEnd")
                     .arg(letterDate(d.projectEnd->before, language), letterDate(d.projectEnd->after, language));
    if (d.deletionDate)
        lines << line(u"changeDeletion")
                     .arg(letterDate(d.deletionDate->before, language), letterDate(d.deletionDate->after, language));
    if (!d.personsAdded.isEmpty())
        lines << line(u"changePersonsAdded").arg(d.personsAdded.join(comma));
    if (!d.personsRemoved.isEmpty())
        lines << line(u"changePersonsRemoved").arg(d.personsRemoved.join(comma));
    if (lines.isEmpty())
        lines << line(u"changeNone");
    return lines;
}

QVariantMap applicationMap(const LetterInput &input)
{
    const Application &app = input.application;
    const Language language = input.language;
    QVariantList persons;
    for (const Person &p : app.personsWithAccess)
        persons.append(QVariantMap{{QStringLiteral("name"), p.name}, {QStringLiteral("institution"), p.institution}});
    QVariantMap map = linkageMap(input);
    map.insert({
        {QStringLiteral("reference"), app.reference},
        {QStringLiteral("received"), letterDate(app.received, language)},
        {QStringLiteral("isChange"), app.kind == ApplicationKind::Change},
        {QStringLiteral("changeOf"), app.changeOf},
        {QStringLiteral("changeSummaryParagraphs"), paragraphs(app.changeSummary)},
        {QStringLiteral("changeLines"), changeLines(input)},
        {QStringLiteral("population"), app.population},
        {QStringLiteral("hasPopulation"), !app.population.isEmpty()},
        {QStringLiteral("identifiability"), identifiabilityWords(app.identifiability, language)},
        {QStringLiteral("isAnonymous"), app.identifiability == Identifiability::Anonymous},
        {QStringLiteral("isDirectlyIdentifiable"), app.identifiability == Identifiability::DirectlyIdentifiable},
        {QStringLiteral("directIdentifiersJustification"), app.directIdentifiersJustification},
        {QStringLiteral("storage"),
         QVariantMap{{QStringLiteral("environment"), app.storage.environment},
                     {QStringLiteral("description"), unwrapped(app.storage.description)},
                     {QStringLiteral("hasDescription"), !app.storage.description.isEmpty()}}},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("hasPersons"), !persons.isEmpty()},
        {QStringLiteral("hasRek"), app.rek.has_value()},
        {QStringLiteral("rek"),
         QVariantMap{{QStringLiteral("reference"), app.rek ? app.rek->reference : QString()},
                     {QStringLiteral("approvedOn"), app.rek ? letterDate(app.rek->approvedOn, language) : QString()}}},
        {QStringLiteral("article6"), app.legalBasis.article6},
        {QStringLiteral("article9"), app.legalBasis.article9},
        {QStringLiteral("sources"), sourcesList(input, language)},
    });
    return map;
}

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::PartlyGranted: return QStringLiteral("partlyGranted");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Forwarded: return QStringLiteral("forwarded");
    case Outcome::Granted: break;
    }
    return QStringLiteral("granted");
}

// What was approved: the decision's own list, or, for a registry granted as applied for
// without a list, the variables and period the applicant asked for.
QVariantMap registryRow(const LetterInput &input, const RegistryDecision &entry)
{
    const Language language = input.language;
    const DataSource *source = findSource(input.application, entry.registry);
    const bool decidedHere = entry.outcome == Outcome::Granted || entry.outcome == Outcome::PartlyGranted;
    QStringList approved;
    QVariantList removed;
    for (const VariableDecision &v : entry.variables) {
        if (v.approved) {
            approved.append(variableName(input.registries, entry.registry, v.name));
        } else {
            removed.append(QVariantMap{
                {QStringLiteral("registry"), registryName(input, entry.registry)},
                {QStringLiteral("name"), variableName(input.registries, entry.registry, v.name)},
                {QStringLiteral("reason"), v.reason},
                {QStringLiteral("hasReason"), !v.reason.trimmed().isEmpty()}});
        }
    }
    if (entry.variables.empty() && entry.outcome == Outcome::Granted && source)
        approved = variableNames(input.registries, entry.registry, source->variables);
    QDate from = entry.periodFrom, to = entry.periodTo;
    if (!from.isValid() && !to.isValid() && entry.outcome == Outcome::Granted && source) {
        from = source->periodFrom;
        to = source->periodTo;
    }
    const QString outcome = letterWord(outcomeKey(entry.outcome), language);
    return {
        {QStringLiteral("code"), entry.registry},
        {QStringLiteral("name"), registryName(input, entry.registry)},
        {QStringLiteral("nameNb"),
         findRegistry(input, entry.registry) ? findRegistry(input, entry.registry)->name : entry.registry},
        {QStringLiteral("manager"), managerOf(input, entry.registry)},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("outcomeTitle"), capitalized(outcome)},
        {QStringLiteral("granted"), entry.outcome == Outcome::Granted},
        {QStringLiteral("partlyGranted"), entry.outcome == Outcome::PartlyGranted},
        {QStringLiteral("refused"), entry.outcome == Outcome::Refused},
        {QStringLiteral("forwarded"), entry.outcome == Outcome::Forwarded},
        {QStringLiteral("hasPeriod"), decidedHere && (from.isValid() || to.isValid())},
        {QStringLiteral("period"), longPeriod(from, to, language)},
        {QStringLiteral("periodShort"), shortPeriod(from, to, language)},
        {QStringLiteral("approvedVariables"), approved.join(QStringLiteral(", "))},
        {QStringLiteral("hasApprovedVariables"), decidedHere && !approved.isEmpty()},
        {QStringLiteral("removedVariables"), removed},
        {QStringLiteral("hasRemovedVariables"), !removed.isEmpty()},
        {QStringLiteral("hasReason"), !entry.reason.trimmed().isEmpty()},
        {QStringLiteral("reasonParagraphs"), paragraphs(entry.reason)},
    };
}

QVariantList rowsWhere(const QVariantList &rows, const QString &flag)
{
    QVariantList out;
    for (const QVariant &row : rows) {
        if (row.toMap().value(flag).toBool())
            out.append(row);
    }
    return out;
}

// "Kopi til": each registry manager that must deliver data, once, with its registries.
QVariantList copyList(const QVariantList &rows, Language language)
{
    QStringList managers;
    std::map<QString, QStringList> registriesOf;
    for (const QVariant &v : rows) {
        const QVariantMap row = v.toMap();
        if (!row.value(QStringLiteral("granted")).toBool() && !row.value(QStringLiteral("partlyGranted")).toBool())
            continue;
        const QString manager = row.value(QStringLiteral("manager")).toString();
        if (manager.isEmpty())
            continue;
        if (!managers.contains(manager))
            managers.append(manager);
        registriesOf[manager].append(row.value(QStringLiteral("name")).toString());
    }
    QVariantList out;
    for (const QString &manager : managers)
        out.append(QVariantMap{{QStringLiteral("manager"), manager},
                               {QStringLiteral("registries"), joinAnd(registriesOf[manager], language)}});
    return out;
}

QVariantMap exemptionMap(const LetterInput &input)
{
    const bool anonymous = input.application.identifiability == Identifiability::Anonymous;
    const Exemption exemption = input.decision ? input.decision->exemption : Exemption{!anonymous, false, {}, {}};
    // Nothing granted, nothing exempted: also for a decision stored before this rule held.
    const bool granted = exemption.required && exemption.granted && input.decision && input.decision->grantsAnything();
    return {
        {QStringLiteral("required"), exemption.required},
        {QStringLiteral("notRequired"), !exemption.required},
        {QStringLiteral("granted"), granted},
        {QStringLiteral("refused"), exemption.required && !granted},
        {QStringLiteral("legalBasis"), exemption.legalBasis},
        {QStringLiteral("reasonsParagraphs"), paragraphs(exemption.reasons)},
    };
}

QVariantMap decisionMap(const LetterInput &input, const QVariantList &rows)
{
    const Decision &d = *input.decision;
    const Language language = input.language;
    QVariantList removed, conditions;
    for (const QVariant &row : rows)
        removed.append(row.toMap().value(QStringLiteral("removedVariables")).toList());
    int number = 0;
    for (const Condition &c : d.conditions) {
        if (!c.text.trimmed().isEmpty() && d.grantsAnything())
            conditions.append(QVariantMap{{QStringLiteral("number"), ++number}, {QStringLiteral("text"), c.text}});
    }
    const OverallResult overall = d.overall();
    const QString overallWord = letterWord(
        overall == OverallResult::Granted ? u"granted"
            : overall == OverallResult::Refused
            ? u"refused"
            : u"partlyGranted",
        language);
    const QVariantList granted = rowsWhere(rows, QStringLiteral("granted"))
        + rowsWhere(rows, QStringLiteral("partlyGranted"));
    const QVariantList forwarded = rowsWhere(rows, QStringLiteral("forwarded"));
    const QVariantList copyTo = copyList(rows, language);
    return {
        {QStringLiteral("overall"), overallWord},
        {QStringLiteral("overallTitle"), capitalized(overallWord)},
        {QStringLiteral("overallGranted"), overall == OverallResult::Granted},
        {QStringLiteral("overallPartlyGranted"), overall == OverallResult::PartlyGranted},
        {QStringLiteral("overallRefused"), overall == OverallResult::Refused},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("grantedRows"), granted},
        {QStringLiteral("hasGrantedRows"), !granted.isEmpty()},
        {QStringLiteral("forwarded"), forwarded},
        {QStringLiteral("hasForwarded"), !forwarded.isEmpty()},
        {QStringLiteral("removedVariables"), removed},
        {QStringLiteral("hasRemovedVariables"), !removed.isEmpty()},
        {QStringLiteral("legalBasisParagraphs"), paragraphs(d.legalBasis)},
        {QStringLiteral("reasonsParagraphs"), paragraphs(d.reasons)},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("hasConditions"), !conditions.isEmpty()},
        {QStringLiteral("grantsAnything"), d.grantsAnything()},
        {QStringLiteral("copyTo"), copyTo},
        {QStringLiteral("hasCopyTo"), !copyTo.isEmpty()},
        {QStringLiteral("exemption"), exemptionMap(input)},
    };
}

QVariantMap forwardMap(const LetterInput &input, const QVariantList &rows)
{
    const QString manager = managerOf(input, input.forwardRegistry);
    QVariantList managerRows;
    for (const QVariant &row : rows) {
        if (!manager.isEmpty() && row.toMap().value(QStringLiteral("manager")).toString() == manager)
            managerRows.append(row);
    }
    const DataSource *source = findSource(input.application, input.forwardRegistry);
    QVariantMap map{
        {QStringLiteral("code"), input.forwardRegistry},
        {QStringLiteral("name"), registryName(input, input.forwardRegistry)},
        {QStringLiteral("manager"), manager},
        {QStringLiteral("hasSource"), source != nullptr},
        {QStringLiteral("period"),
         source ? longPeriod(source->periodFrom, source->periodTo, input.language) : QString()},
        {QStringLiteral("periodShort"), // for a table cell: no date broken inside
         source ? shortPeriod(source->periodFrom, source->periodTo, input.language) : QString()},
        {QStringLiteral("variables"),
         source ? variableNames(input.registries, source->registry, source->variables).join(QStringLiteral(", "))
                : QString()},
        {QStringLiteral("hasReason"), !input.forwardReason.trimmed().isEmpty()},
        {QStringLiteral("reasonParagraphs"), paragraphs(input.forwardReason)},
        {QStringLiteral("rows"), managerRows},
    };
    if (input.kind == LetterKind::RegistryNotice)
        map.insert(noticeDetails(input, managerRows, rows)); // only what this manager delivers
    return map;
}

QString title(const LetterInput &input)
{
    const bool exemptionPart = input.decision
        ? input.decision->exemption.required
        : input.application.identifiability != Identifiability::Anonymous;
    return letterWord(exemptionPart ? u"decisionTitle" : u"decisionTitleAnonymous", input.language);
}

} // namespace

QVariantMap letterLabels(Language language)
{
    QVariantMap labels;
    for (const LetterWord &w : letterWords())
        labels.insert(w.key.toString(), letterWord(w.key, language));
    return labels;
}

QString registryName(const LetterInput &input, const QString &code)
{
    const Registry *registry = findRegistry(input, code);
    if (!registry || registry->name.isEmpty())
        return code;
    if (input.language == Language::Nynorsk && !registry->nameNn.isEmpty())
        return registry->nameNn;
    if (input.language == Language::English && !registry->nameEn.isEmpty())
        return registry->nameEn;
    return registry->name;
}

QVariantMap letterContext(const LetterInput &input)
{
    const Language language = input.language;
    const Application &app = input.application;
    const QString ourRef = input.documentNumber > 0
        ? input.caseNumber + QLatin1Char('-') + QString::number(input.documentNumber)
        : input.caseNumber;
    QVariantList rows;
    if (input.decision) {
        for (const RegistryDecision &entry : input.decision->entries)
            rows.append(registryRow(input, entry));
    }
    // The signers' titles come from their user records, else the language's default words. A
    // decision letter's templates (stored ones too) sign with label.drafterRole and
    // label.approverRole, so there those labels are the signers' titles.
    const QString drafterTitle = input.drafterTitle.trimmed().isEmpty()
        ? letterWord(u"drafterRole", language)
        : input.drafterTitle.trimmed();
    const QString approverTitle = input.approverTitle.trimmed().isEmpty()
        ? letterWord(u"approverRole", language)
        : input.approverTitle.trimmed();
    QVariantMap labels = letterLabels(language);
    if (input.kind == LetterKind::Decision) {
        labels.insert(QStringLiteral("drafterRole"), drafterTitle);
        labels.insert(QStringLiteral("approverRole"), approverTitle);
    } else if (!input.dialogue.caseworkerTitle.trimmed().isEmpty()) {
        // The other letters are signed by the caseworker, under their own title.
        labels.insert(QStringLiteral("drafterRole"), input.dialogue.caseworkerTitle.trimmed());
    }
    QVariantMap context{
        {QStringLiteral("lang"), toCode(language)},
        {QStringLiteral("label"), labels},
        {QStringLiteral("title"), title(input)},
        {QStringLiteral("date"), letterDate(input.date, language)},
        {QStringLiteral("ourRef"), ourRef},
        {QStringLiteral("yourRef"), app.reference},
        {QStringLiteral("caseNumber"), input.caseNumber},
        {QStringLiteral("caseworker"), input.caseworkerName},
        {QStringLiteral("drafter"), input.drafterName},
        {QStringLiteral("approver"), input.approverName},
        {QStringLiteral("drafterTitle"), drafterTitle},
        {QStringLiteral("approverTitle"), approverTitle},
        {QStringLiteral("hasSignature"), !input.drafterName.isEmpty() || !input.approverName.isEmpty()},
        {QStringLiteral("draft"), input.draft},
        {QStringLiteral("draftMark"), letterWord(u"draftMark", language)},
        {QStringLiteral("sender"), senderMap(input.settings)},
        {QStringLiteral("addressee"), addressee(input)},
        {QStringLiteral("project"), projectMap(app, language)},
        {QStringLiteral("projectLeader"),
         QVariantMap{{QStringLiteral("name"), app.projectLeader.name},
                     {QStringLiteral("title"), app.projectLeader.title},
                     {QStringLiteral("email"), app.projectLeader.email}}},
        {QStringLiteral("controller"),
         QVariantMap{{QStringLiteral("name"), app.controller.name},
                     {QStringLiteral("orgNumber"), app.controller.orgNumber}}},
        {QStringLiteral("application"), applicationMap(input)},
        {QStringLiteral("hasDecision"), input.decision.has_value()},
        {QStringLiteral("infoRequestParagraphs"), paragraphs(input.infoRequestText)},
        {QStringLiteral("hasInfoRequest"), !input.infoRequestText.trimmed().isEmpty()},
        {QStringLiteral("answerDue"), letterDate(input.answerDue, language)},
        {QStringLiteral("hasAnswerDue"), input.answerDue.isValid()},
        {QStringLiteral("expectedDecision"), letterDate(input.expectedDecision, language)},
        {QStringLiteral("hasExpectedDecision"), input.expectedDecision.isValid()},
        {QStringLiteral("forward"), forwardMap(input, rows)},
        {QStringLiteral("projectEnd"),
         QVariantMap{{QStringLiteral("reportLate"), input.endReportLate},
                     {QStringLiteral("reportDue"), letterDate(input.endReportDue, language)},
                     {QStringLiteral("deletionLate"), input.deletionLate}}},
        {QStringLiteral("dialogue"), dialogueContext(input)},
        {QStringLiteral("revocation"), revocationContext(input)},
        {QStringLiteral("appeal"), appealContext(input)},
    };
    if (input.decision) {
        QVariantMap decision = decisionMap(input, rows);
        decision.insert(decisionCaseMaterial(input, rows)); // the reasons from the case (DecisionReasons.h)
        context.insert(QStringLiteral("decision"), decision);
    }
    // Applicant text must not reorder the letter around it (BidiControls.h).
    return withoutBidiControls(QVariant(context)).toMap();
}

} // namespace fv
