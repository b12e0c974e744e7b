#include "letters/DialogueContext.h"

#include "decision/StandardTexts.h"
#include "registry/RegistryCatalogue.h"

#include <QCoreApplication>

namespace fv {
namespace {

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

// The registry manager's statement put to the applicant (fvl § 17 second paragraph).
QVariantMap statementMap(const LetterInput &input)
{
    const DialogueDetails &d = input.dialogue;
    const auto it = input.registries.find(d.statementRegistry);
    const Registry *registry = it == input.registries.end() ? nullptr : &it->second;
    QString name = d.statementRegistry;
    if (registry) {
        name = input.language == Language::English && !registry->nameEn.isEmpty() ? registry->nameEn
            : input.language == Language::Nynorsk && !registry->nameNn.isEmpty()
            ? registry->nameNn
            : registry->name;
    }
    return {
        {QStringLiteral("registry"), name},
        {QStringLiteral("manager"),
         !registry                                 ? QString()
             : input.language == Language::English ? managerInEnglish(registry->manager)
                                                   : registry->manager},
        {QStringLiteral("date"), letterDate(d.statementDate, input.language)},
        {QStringLiteral("hasDate"), d.statementDate.isValid()},
        {QStringLiteral("paragraphs"), paragraphs(d.statementText)},
    };
}

QString regulationOf(const LetterInput &input)
{
    const auto it = input.registries.find(input.forwardRegistry);
    if (it == input.registries.end())
        return {};
    return input.language == Language::English ? regulationInEnglish(it->second) : it->second.regulation;
}

} // namespace

const QString &DelayReason::text(Language language) const
{
    switch (language) {
    case Language::Nynorsk: return nn;
    case Language::English: return en;
    case Language::Bokmaal: break;
    }
    return nb;
}

const std::vector<DelayReason> &delayReasons()
{
    static const std::vector<DelayReason> reasons{
        {QStringLiteral("consultation"),
         QStringLiteral("Vi har bedt registerforvalterne om å uttale seg om de opplysningene dere har søkt om, og "
                        "venter på svar fra dem før vi kan treffe vedtak."),
         QStringLiteral("Vi har bede registerforvaltarane om å uttale seg om dei opplysningane de har søkt om, og "
                        "ventar på svar frå dei før vi kan gjere vedtak."),
         QStringLiteral("We have asked the registry managers for their views on the data you have applied for, and "
                        "we are waiting for their answers before we can make a decision.")},
        {QStringLiteral("legal-assessment"),
         QStringLiteral("Søknaden reiser rettslige spørsmål som vi må vurdere grundig før vi kan treffe vedtak."),
         QStringLiteral("Søknaden reiser rettslege spørsmål som vi må vurdere grundig før vi kan gjere vedtak."),
         QStringLiteral("The application raises legal questions that we must assess carefully before we can make a "
                        "decision.")},
        {QStringLiteral("linkage"),
         QStringLiteral("Søknaden gjelder sammenstilling av opplysninger fra flere kilder. Slike søknader krever en "
                        "grundigere vurdering, og fristen for å behandle dem er lengre."),
         QStringLiteral("Søknaden gjeld samanstilling av opplysningar frå fleire kjelder. Slike søknader krev ei "
                        "grundigare vurdering, og fristen for å behandle dei er lengre."),
         QStringLiteral("The application concerns linking data from several sources. Such applications need a more "
                        "thorough assessment, and the time limit for processing them is longer.")},
        {QStringLiteral("workload"),
         QStringLiteral("Vi har for tiden mange søknader til behandling, og vi behandler dem i den rekkefølgen de "
                        "er kommet inn."),
         QStringLiteral("Vi har for tida mange søknader til behandling, og vi behandlar dei i den rekkjefølgja dei "
                        "er komne inn."),
         QStringLiteral("We currently have many applications to process, and we process them in the order in which "
                        "they were received.")},
    };
    return reasons;
}

const DelayReason *findDelayReason(const QString &code)
{
    for (const DelayReason &r : delayReasons()) {
        if (r.code == code.trimmed())
            return &r;
    }
    return nullptr;
}

QString delayReasonName(const QString &code)
{
    if (code == QLatin1String("consultation"))
        return QCoreApplication::translate("fv::Letters", "Waiting for the registry managers' statements");
    if (code == QLatin1String("legal-assessment"))
        return QCoreApplication::translate("fv::Letters", "Legal questions need a careful assessment");
    if (code == QLatin1String("linkage"))
        return QCoreApplication::translate("fv::Letters", "Linked sources need a longer assessment");
    if (code == QLatin1String("workload"))
        return QCoreApplication::translate("fv::Letters", "Many applications in the queue");
    return code;
}

QVariantMap dialogueContext(const LetterInput &input)
{
    const DialogueDetails &d = input.dialogue;
    const Language language = input.language;
    const DelayReason *standard = findDelayReason(d.delayReason);
    const QString delay = standard ? standard->text(language) : d.delayReason;
    const QDate lastDue = d.reminderDue.isValid() ? d.reminderDue : input.answerDue;
    const QDate typicalDate = d.typicalSample > 0 && input.application.received.isValid()
        ? std::max(input.application.received.addDays(d.typicalDays), input.date.addDays(1))
        : QDate();
    const QString regulation = regulationOf(input);
    return {
        {QStringLiteral("delayReasonParagraphs"), paragraphs(delay)},
        {QStringLiteral("hasDelayReason"), !delay.trimmed().isEmpty()},
        {QStringLiteral("requestedOn"), letterDate(d.requestedOn, language)},
        {QStringLiteral("hasRequestedOn"), d.requestedOn.isValid()},
        {QStringLiteral("remindedOn"), letterDate(d.remindedOn, language)},
        {QStringLiteral("hasReminder"), d.remindedOn.isValid()},
        {QStringLiteral("reminderDue"), letterDate(d.reminderDue, language)},
        {QStringLiteral("lastDue"), letterDate(lastDue, language)},
        {QStringLiteral("statement"), statementMap(input)},
        {QStringLiteral("statutoryDays"), d.statutoryWorkingDays > 0 ? d.statutoryWorkingDays : 30},
        {QStringLiteral("hasTypical"), typicalDate.isValid()},
        {QStringLiteral("typicalDays"), d.typicalDays},
        {QStringLiteral("typicalSample"), d.typicalSample},
        {QStringLiteral("typicalDate"), letterDate(typicalDate, language)},
        {QStringLiteral("forwardRegulation"), regulation},
        {QStringLiteral("hasForwardRegulation"), !regulation.isEmpty()},
        {QStringLiteral("caseworkerTitle"), d.caseworkerTitle},
    };
}

} // namespace fv
