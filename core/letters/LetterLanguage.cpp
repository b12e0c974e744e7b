#include "letters/LetterLanguage.h"

#include "letters/DialogueContext.h"
#include "letters/DialogueInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace fv {
namespace {

const std::array<Language, 3> languages{Language::Bokmaal, Language::Nynorsk, Language::English};

QSet<QString> wordSet(const char *words)
{
    QSet<QString> out;
    for (const QString &w : QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.insert(w);
    return out;
}

// Common words of each language; Norwegian words shared by bokmål and nynorsk count for both.
const QSet<QString> &englishWords()
{
    static const QSet<QString> w = wordSet(
        "the and of is are not for with this that to be was were have has which "
        "from by it in on as or an any their they we you your data applicant");
    return w;
}
const QSet<QString> &norwegianWords()
{
    static const QSet<QString> w = wordSet(
        "og er det som til av på med for skal kan å om at har fordi etter "
        "når søknaden registeret prosjektet");
    return w;
}
const QSet<QString> &bokmaalWords()
{
    static const QSet<QString> w = wordSet(
        "ikke jeg hva hvordan noen mye fra hvis bare også være vært en et "
        "opplysninger opplysningene nødvendig nødvendige søkeren dere deres ble "
        "uten hvor disse formålet behandlingen hensyn");
    return w;
}
const QSet<QString> &nynorskWords()
{
    static const QSet<QString> w = wordSet(
        "ikkje eg kva korleis nokon mykje frå dersom berre òg vere vore ein eit "
        "opplysningar opplysningane naudsynt naudsynte søkjaren dykk dykkar vart "
        "utan kvar desse føremålet handsaminga omsyn dei");
    return w;
}

int count(const QStringList &words, const QSet<QString> &set)
{
    return static_cast<int>(
        std::count_if(words.begin(), words.end(), [&](const QString &w) { return set.contains(w); }));
}

QStringList standardTextKeys()
{
    static const QStringList keys = [] {
        QFile f(QStringLiteral(":/standard-texts.json"));
        QStringList out;
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isObject())
                    out << it.key();
            }
        }
        return out;
    }();
    return keys;
}

// A standard text in the letter's language for `text` if it is one in another, else `text`.
QString inLanguage(const QString &text, const Application &app, Language language)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return text;
    for (const QString &key : standardTextKeys()) {
        for (Language from : languages) {
            if (standardText(key, app, from).trimmed() == trimmed)
                return standardText(key, app, language);
        }
    }
    return text;
}

QString describeLanguage(Language language)
{
    switch (language) {
    case Language::Nynorsk: return QCoreApplication::translate("fv::Letters", "nynorsk");
    case Language::English: return QCoreApplication::translate("fv::Letters", "English");
    case Language::Bokmaal: break;
    }
    return QCoreApplication::translate("fv::Letters", "bokmål");
}

// The caseworker's own texts a letter of this kind prints, each with what it is.
std::vector<std::pair<QString, QString>> caseTexts(const CaseRecord &record, LetterKind kind, const QString &delay)
{
    std::vector<std::pair<QString, QString>> out;
    const auto add = [&](const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty() && !isStandardText(text, record.application))
            out.emplace_back(what, text);
    };
    const auto &requests = record.casework.infoRequests;
    switch (kind) {
    case LetterKind::Decision:
        if (const Decision *d = record.currentDecision()) {
            add(QCoreApplication::translate("fv::Letters", "the reasons"), d->reasons);
            add(QCoreApplication::translate("fv::Letters", "the legal basis"), d->legalBasis);
            add(QCoreApplication::translate("fv::Letters", "the reasons for the exemption"), d->exemption.reasons);
            for (const RegistryDecision &e : d->entries) {
                add(QCoreApplication::translate("fv::Letters", "the reason for %1").arg(e.registry), e.reason);
                for (const VariableDecision &v : e.variables)
                    add(QCoreApplication::translate("fv::Letters", "the reason for removing %1").arg(v.name), v.reason);
            }
        }
        break;
    case LetterKind::InfoRequest:
    case LetterKind::Reminder:
    case LetterKind::Rejection:
        if (!requests.empty())
            add(QCoreApplication::translate("fv::Letters", "the request for information"), requests.back().text);
        break;
    case LetterKind::Forwarding:
        for (const Forwarding &f : record.casework.forwardings)
            add(QCoreApplication::translate("fv::Letters", "the reason for forwarding"), f.reason);
        break;
    case LetterKind::PreliminaryReply:
        if (!findDelayReason(delay))
            add(QCoreApplication::translate("fv::Letters", "the reason for the delay"), delay);
        break;
    case LetterKind::StatementForComment:
        if (const Consultation *c = statementToComment(record))
            add(QCoreApplication::translate("fv::Letters", "the registry manager's statement"), c->note);
        break;
    case LetterKind::AppealForwarding:
    case LetterKind::AppealCopy:
        if (const Appeal *a = record.appeals.current())
            add(QCoreApplication::translate("fv::Letters", "HDS's view of the appeal"), a->hdsView);
        break;
    case LetterKind::AppealRejection:
        if (const Appeal *a = record.appeals.current())
            add(QCoreApplication::translate("fv::Letters", "the reasons for rejecting the appeal"), a->lateReason);
        break;
    case LetterKind::Receipt:
    case LetterKind::RegistryNotice:
    case LetterKind::ProjectEndReminder:
    case LetterKind::RevocationNotice:
    case LetterKind::RevocationDecision:
    case LetterKind::StopDelivery:
    case LetterKind::SuspensionDecision:
    case LetterKind::AppealReceived: break;
    }
    return out;
}

} // namespace

std::optional<Language> writtenLanguage(const QString &text, Language norwegian)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList words = text.toLower().split(nonLetters, Qt::SkipEmptyParts);
    const int en = count(words, englishWords());
    const int nb = count(words, bokmaalWords());
    const int nn = count(words, nynorskWords());
    const int no = count(words, norwegianWords()) + nb + nn;
    if (en >= 2 && en > no)
        return Language::English;
    if (no < 2 || no <= en)
        return std::nullopt;
    if (nn > nb)
        return Language::Nynorsk;
    if (nb > nn)
        return Language::Bokmaal;
    return norwegian == Language::English ? Language::Bokmaal : norwegian;
}

bool isStandardText(const QString &text, const Application &app)
{
    const QString trimmed = text.trimmed();
    for (const QString &key : standardTextKeys()) {
        for (Language language : languages) {
            if (standardText(key, app, language).trimmed() == trimmed)
                return true;
        }
    }
    return false;
}

std::optional<QString> languageWarning(const CaseRecord &record, LetterKind kind, Language language,
                                       const QString &delayReason)
{
    const Language applicationLanguage = record.application.language;
    QStringList other;
    std::optional<Language> written;
    for (const auto &[what, text] : caseTexts(record, kind, delayReason)) {
        const Language guess = writtenLanguage(text, applicationLanguage).value_or(applicationLanguage);
        if (guess != language) {
            other << what;
            written = guess;
        }
    }
    if (other.isEmpty())
        return std::nullopt;
    return QCoreApplication::translate("fv::Letters",
                                       "the letter is in %1, but %2 written in the case is in %3; translate it "
                                       "first, or confirm that the letter goes out like this")
        .arg(describeLanguage(language), other.join(QStringLiteral(", ")), describeLanguage(*written));
}

void useLetterLanguage(LetterInput &input, const std::vector<StandardCondition> &library)
{
    if (!input.decision)
        return;
    Decision &d = *input.decision;
    const Application &app = input.application;
    const Language language = input.language;
    d.legalBasis = inLanguage(d.legalBasis, app, language);
    d.reasons = inLanguage(d.reasons, app, language);
    d.exemption.legalBasis = inLanguage(d.exemption.legalBasis, app, language);
    d.exemption.reasons = inLanguage(d.exemption.reasons, app, language);
    for (Condition &c : d.conditions) {
        for (const StandardCondition &standard : library) {
            if (standard.code != c.code)
                continue;
            for (Language from : languages) {
                if (conditionText(standard, app, from).trimmed() == c.text.trimmed()) {
                    c.text = conditionText(standard, app, language);
                    break;
                }
            }
        }
    }
}

} // namespace fv
