#include "letters/LetterWords.h"

#include <array>

namespace fv {
namespace {

// The fixed words of the letters. Prose lives in the templates; these are the words the
// renderer and several templates share, so they read the same in every letter.
constexpr std::array<LetterWord, 60> words{{
    {u"ourRef", u"Vår ref.", u"Vår ref.", u"Our ref."},
    {u"yourRef", u"Deres ref.", u"Dykkar ref.", u"Your ref."},
    {u"date", u"Dato", u"Dato", u"Date"},
    {u"caseworker", u"Saksbehandler", u"Saksbehandlar", u"Case officer"},
    {u"page", u"Side %1 av %2", u"Side %1 av %2", u"Page %1 of %2"},
    {u"draftMark", u"UTKAST – ikke godkjent", u"UTKAST – ikkje godkjent", u"DRAFT – not approved"},
    {u"attention", u"v/", u"v/", u"Attn."},
    {u"registry", u"Register", u"Register", u"Registry"},
    {u"outcome", u"Vedtak", u"Vedtak", u"Decision"},
    {u"period", u"Periode", u"Periode", u"Period"},
    {u"variables", u"Variabler", u"Variablar", u"Variables"},
    {u"manager", u"Registerforvalter", u"Registerforvaltar", u"Registry manager"},
    {u"regards", u"Med hilsen", u"Med helsing", u"Yours sincerely"},
    {u"approvedElectronically", u"Dokumentet er elektronisk godkjent", u"Dokumentet er elektronisk godkjent",
     u"This document has been approved electronically and therefore has no handwritten signature"},
    {u"drafterRole", u"rådgiver", u"rådgjevar", u"Adviser"},
    {u"approverRole", u"seksjonssjef", u"seksjonssjef", u"Head of Section"},
    {u"copyTo", u"Kopi til", u"Kopi til", u"Copy to"},
    {u"postalAddress", u"Postadresse", u"Postadresse", u"Postal address"},
    {u"visitingAddress", u"Besøksadresse", u"Besøksadresse", u"Visiting address"},
    {u"email", u"E-post", u"E-post", u"Email"},
    {u"phone", u"Telefon", u"Telefon", u"Telephone"},
    {u"orgNumber", u"Org.nr.", u"Org.nr.", u"Org. no."},
    {u"web", u"Nettsted", u"Nettstad", u"Web"},
    {u"sectionDecision", u"Vedtak", u"Vedtak", u"Decision"},
    {u"sectionExemption", u"Dispensasjon fra taushetsplikt", u"Dispensasjon frå teieplikt",
     u"Exemption from the duty of confidentiality"},
    {u"sectionBackground", u"Bakgrunn", u"Bakgrunn", u"Background"},
    {u"sectionLegalBasis", u"Rettslig grunnlag", u"Rettsleg grunnlag", u"Legal basis"},
    {u"sectionAssessment", u"Vurdering", u"Vurdering", u"Assessment"},
    {u"sectionConditions", u"Vilkår", u"Vilkår", u"Conditions"},
    {u"sectionAppeal", u"Klageadgang", u"Klagerett", u"Right of appeal"},
    {u"sectionAccess", u"Rett til innsyn", u"Rett til innsyn", u"Right of access to the case documents"},
    {u"decisionTitle", u"Vedtak om tilgjengeliggjøring av helseopplysninger og dispensasjon fra taushetsplikt",
     u"Vedtak om tilgjengeleggjering av helseopplysningar og dispensasjon frå teieplikt",
     u"Decision on access to health data and exemption from the duty of confidentiality"},
    {u"decisionTitleAnonymous", u"Vedtak om tilgjengeliggjøring av helseopplysninger",
     u"Vedtak om tilgjengeleggjering av helseopplysningar", u"Decision on access to health data"},
    {u"granted", u"innvilget", u"innvilga", u"granted"},
    {u"partlyGranted", u"delvis innvilget", u"delvis innvilga", u"partly granted"},
    {u"refused", u"avslått", u"avslått", u"refused"},
    {u"forwarded", u"videresendt til registerforvalter", u"vidaresendt til registerforvaltar",
     u"forwarded to the registry manager"},
    {u"anonymous", u"anonyme opplysninger", u"anonyme opplysningar", u"anonymous data"},
    {u"indirectlyIdentifiable", u"indirekte identifiserbare helseopplysninger",
     u"indirekte identifiserbare helseopplysningar", u"indirectly identifiable health data"},
    {u"directlyIdentifiable", u"direkte identifiserbare helseopplysninger",
     u"direkte identifiserbare helseopplysningar", u"directly identifiable health data"},
    {u"medical-health-research", u"medisinsk og helsefaglig forskning", u"medisinsk og helsefagleg forsking",
     u"medical and health research"},
    {u"other-research", u"annen forskning", u"anna forsking", u"other research"},
    {u"statistics", u"statistikk", u"statistikk", u"statistics"},
    {u"health-analysis", u"helseanalyser", u"helseanalysar", u"health analysis"},
    {u"quality-improvement", u"kvalitetsforbedring", u"kvalitetsforbetring", u"quality improvement"},
    {u"planning", u"planlegging", u"planlegging", u"planning"},
    {u"management", u"styring", u"styring", u"management"},
    {u"preparedness", u"beredskap", u"beredskap", u"preparedness"},
    {u"decision-support", u"utvikling og bruk av kliniske beslutningsstøtteverktøy",
     u"utvikling og bruk av kliniske avgjerdsstøtteverktøy", u"developing and using clinical decision-support tools"},
    // What a change application changes (decision letter).
    {u"changeRegistriesAdded", u"Nye registre: %1", u"Nye register: %1", u"Registries added: %1"},
    {u"changeRegistriesRemoved", u"Registre som utgår: %1", u"Register som går ut: %1", u"Registries removed: %1"},
    {u"changeVariablesAdded", u"%1, nye variabler: %2", u"%1, nye variablar: %2", u"%1, variables added: %2"},
    {u"changeVariablesRemoved", u"%1, variabler som utgår: %2", u"%1, variablar som går ut: %2",
     u"%1, variables removed: %2"},
    {u"changePeriod", u"%1, perioden endres fra %2 til %3", u"%1, perioden vert endra frå %2 til %3",
     u"%1, the period changes from %2 to %3"},
    {u"changeProjectEnd", u"Prosjektslutt endres fra %1 til %2", u"Prosjektslutt vert endra frå %1 til %2",
     u"The project end changes from %1 to %2"},
    {u"changeDeletion", u"Frist for sletting endres fra %1 til %2", u"Frist for sletting vert endra frå %1 til %2",
     u"The deletion date changes from %1 to %2"},
    {u"changePersonsAdded", u"Nye personer med tilgang: %1", u"Nye personar med tilgang: %1",
     u"Persons given access: %1"},
    {u"changePersonsRemoved", u"Personer som ikke lenger har tilgang: %1", u"Personar som ikkje lenger har tilgang: %1",
     u"Persons no longer given access: %1"},
    {u"changeAsksFor", u"%1, %2: %3", u"%1, %2: %3", u"%1, %2: %3"},
    {u"changeNone", u"Søknaden endrer ikke registre, variabler, perioder, datoer eller personer med tilgang.",
     u"Søknaden endrar ikkje register, variablar, periodar, datoar eller personar med tilgang.",
     u"The application changes no registries, variables, periods, dates or persons with access."},
}};

} // namespace

QString pickWord(std::span<const LetterWord> table, QStringView key, Language language)
{
    for (const LetterWord &w : table) {
        if (w.key == key) {
            switch (language) {
            case Language::Nynorsk: return w.nn.toString();
            case Language::English: return w.en.toString();
            case Language::Bokmaal: break;
            }
            return w.nb.toString();
        }
    }
    return key.toString();
}

std::span<const LetterWord> letterWords()
{
    return words;
}

QString letterWord(QStringView key, Language language)
{
    return pickWord(words, key, language);
}

} // namespace fv
