#include "application/Application.h"

#include <array>
#include <cstddef>
#include <utility>

namespace fv {

namespace {

template<typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, QStringView>, N>;

constexpr CodeTable<ApplicationKind, 2> kindCodes{{
    {ApplicationKind::New, u"new"},
    {ApplicationKind::Change, u"change"},
}};

constexpr CodeTable<Language, 3> languageCodes{{
    {Language::Bokmaal, u"nb"},
    {Language::Nynorsk, u"nn"},
    {Language::English, u"en"},
}};

constexpr CodeTable<Identifiability, 3> identifiabilityCodes{{
    {Identifiability::Anonymous, u"anonymous"},
    {Identifiability::IndirectlyIdentifiable, u"indirectly-identifiable"},
    {Identifiability::DirectlyIdentifiable, u"directly-identifiable"},
}};

template<typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table) {
        if (candidate == value)
            return code.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N> &table, const QString &code)
{
    for (const auto &[value, candidate] : table) {
        if (candidate == code)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toCode(ApplicationKind kind)
{
    return codeOf(kindCodes, kind);
}
QString toCode(Language language)
{
    return codeOf(languageCodes, language);
}
QString toCode(Identifiability identifiability)
{
    return codeOf(identifiabilityCodes, identifiability);
}

std::optional<ApplicationKind> applicationKindFromCode(const QString &code)
{
    return valueOf(kindCodes, code);
}
std::optional<Language> languageFromCode(const QString &code)
{
    return valueOf(languageCodes, code);
}
std::optional<Identifiability> identifiabilityFromCode(const QString &code)
{
    return valueOf(identifiabilityCodes, code);
}

const QStringList &purposeCodes()
{
    static const QStringList codes{
        QStringLiteral("medical-health-research"),
        QStringLiteral("other-research"),
        QStringLiteral("statistics"),
        QStringLiteral("health-analysis"),
        QStringLiteral("quality-improvement"),
        QStringLiteral("planning"),
        QStringLiteral("management"),
        QStringLiteral("preparedness"),
        QStringLiteral("decision-support"),
    };
    return codes;
}

const QStringList &attachmentKindCodes()
{
    static const QStringList codes{
        QStringLiteral("protocol"),       QStringLiteral("rek-approval"),       QStringLiteral("dpia"),
        QStringLiteral("dpo-assessment"), QStringLiteral("information-letter"), QStringLiteral("other"),
    };
    return codes;
}

const QStringList &registryCodesInSpec()
{
    static const QStringList codes{
        QStringLiteral("DAR"),    QStringLiteral("KRG"), QStringLiteral("MFR"), QStringLiteral("MSIS"),
        QStringLiteral("SYSVAK"), QStringLiteral("NPR"), QStringLiteral("HKR"), QStringLiteral("BIV"),
        QStringLiteral("KPR"),    QStringLiteral("LMR"), QStringLiteral("HAR"),
    };
    return codes;
}

QStringList Application::registryCodes() const
{
    QStringList codes;
    codes.reserve(qsizetype(dataSources.size()));
    for (const DataSource &source : dataSources)
        codes.append(source.registry);
    return codes;
}

} // namespace fv
