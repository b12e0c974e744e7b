#include "demo/GeneratorData.h"

#include "application/ApplicationJson.h"

#include <QCryptographicHash>

namespace fv {
namespace {

struct Institution
{
    const char *name;
    const char *orgBase; // the first eight digits; the MOD11 check digit is computed
    const char *street;
    const char *postalCode;
    const char *city;
    const char *domain;
};

const std::vector<Institution> &institutions()
{
    static const std::vector<Institution> list = {
        {"Universitetet i Oslo", "97103585", "Problemveien 7", "0313", "Oslo", "uio.no"},
        {"Universitetet i Bergen", "87478954", "Muséplassen 1", "5007", "Bergen", "uib.no"},
        {"Norges teknisk-naturvitenskapelige universitet", "97476788", "Høgskoleringen 1", "7034", "Trondheim",
         "ntnu.no"},
        {"UiT Norges arktiske universitet", "97042252", "Hansine Hansens veg 18", "9037", "Tromsø", "uit.no"},
        {"Oslo universitetssykehus HF", "99346704", "Kirkeveien 166", "0450", "Oslo", "ous-hf.no"},
        {"Helse Bergen HF", "98397472", "Jonas Lies vei 65", "5021", "Bergen", "helse-bergen.no"},
        {"St. Olavs hospital HF", "88397483", "Prinsesse Kristinas gate 3", "7030", "Trondheim", "stolav.no"},
        {"Folkehelseinstituttet", "98374451", "Lovisenberggata 8", "0456", "Oslo", "fhi.no"},
        {"Helse Stavanger HF", "98397467", "Gerd-Ragna Bloch Thorsens gate 8", "4011", "Stavanger",
         "helse-stavanger.no"},
        {"Universitetssykehuset Nord-Norge HF", "98397489", "Sykehusvegen 38", "9019", "Tromsø", "unn.no"},
        {"Sykehuset Innlandet HF", "98397163", "Kyrre Grepps gate 11", "2819", "Gjøvik", "sykehuset-innlandet.no"},
        {"Akershus universitetssykehus HF", "98397170", "Sykehusveien 25", "1478", "Lørenskog", "ahus.no"},
        {"Nordlandssykehuset HF", "98397491", "Parkveien 95", "8005", "Bodø", "nordlandssykehuset.no"},
        {"Høgskulen på Vestlandet", "91764140", "Inndalsveien 28", "5063", "Bergen", "hvl.no"},
        {"OsloMet – storbyuniversitetet", "99705807", "Pilestredet 46", "0167", "Oslo", "oslomet.no"},
        {"Universitetet i Agder", "97054620", "Universitetsveien 25", "4630", "Kristiansand", "uia.no"},
        {"Helse Møre og Romsdal HF", "99734107", "Åsehaugen 5", "6017", "Ålesund", "helse-mr.no"},
        {"Sørlandet sykehus HF", "98397516", "Egsveien 100", "4615", "Kristiansand", "sshf.no"},
        {"Statistisk sentralbyrå", "97152692", "Akersveien 26", "0177", "Oslo", "ssb.no"},
        {"Kreftforeningen", "97003188", "Karvesvingen 7", "0579", "Oslo", "kreftforeningen.no"},
    };
    return list;
}

const std::vector<QString> firstNames = {
    QStringLiteral("Åse"),    QStringLiteral("Øystein"), QStringLiteral("Bjørn"),   QStringLiteral("Kåre"),
    QStringLiteral("Ingrid"), QStringLiteral("Sigrid"),  QStringLiteral("Håkon"),   QStringLiteral("Marte"),
    QStringLiteral("Jørgen"), QStringLiteral("Solveig"), QStringLiteral("Tormod"),  QStringLiteral("Ragnhild"),
    QStringLiteral("Even"),   QStringLiteral("Liv"),     QStringLiteral("Nils"),    QStringLiteral("Turid"),
    QStringLiteral("Øyvind"), QStringLiteral("Astrid"),  QStringLiteral("Pål"),     QStringLiteral("Siri"),
    QStringLiteral("Ståle"),  QStringLiteral("Guro"),    QStringLiteral("Mari"),    QStringLiteral("Anders"),
    QStringLiteral("Hege"),   QStringLiteral("Jens"),    QStringLiteral("Kristin"), QStringLiteral("Lars"),
    QStringLiteral("Tone"),   QStringLiteral("Geir"),    QStringLiteral("Bodil"),   QStringLiteral("Frøydis"),
    QStringLiteral("Mads"),   QStringLiteral("Synnøve"), QStringLiteral("Aslak"),   QStringLiteral("Eirik"),
};

const std::vector<QString> lastNames = {
    QStringLiteral("Ødegård"),  QStringLiteral("Sæther"),      QStringLiteral("Aasen"),    QStringLiteral("Bjørnstad"),
    QStringLiteral("Håland"),   QStringLiteral("Løvås"),       QStringLiteral("Strøm"),    QStringLiteral("Kjærnes"),
    QStringLiteral("Dahl"),     QStringLiteral("Berg"),        QStringLiteral("Haugen"),   QStringLiteral("Hansen"),
    QStringLiteral("Johansen"), QStringLiteral("Olsen"),       QStringLiteral("Larsen"),   QStringLiteral("Nilsen"),
    QStringLiteral("Pedersen"), QStringLiteral("Solberg"),     QStringLiteral("Brekke"),   QStringLiteral("Eriksen"),
    QStringLiteral("Lie"),      QStringLiteral("Moen"),        QStringLiteral("Bakke"),    QStringLiteral("Grønli"),
    QStringLiteral("Hovland"),  QStringLiteral("Myrvold"),     QStringLiteral("Nygård"),   QStringLiteral("Ås"),
    QStringLiteral("Tveit"),    QStringLiteral("Vågen"),       QStringLiteral("Sørensen"), QStringLiteral("Bråthen"),
    QStringLiteral("Lægreid"),  QStringLiteral("Kvæl"),        QStringLiteral("Fjæra"),    QStringLiteral("Røed"),
    QStringLiteral("Andersen"), QStringLiteral("Kristiansen"), QStringLiteral("Mæland"),   QStringLiteral("Skår"),
};

struct Topic
{
    const char *nb;
    const char *en;
};

const std::vector<Topic> topics = {
    {"diabetes type 2", "type 2 diabetes"},
    {"hjerteinfarkt", "myocardial infarction"},
    {"brystkreft", "breast cancer"},
    {"tykktarmskreft", "colorectal cancer"},
    {"kols", "COPD"},
    {"astma", "asthma"},
    {"svangerskapsdiabetes", "gestational diabetes"},
    {"for tidlig fødsel", "preterm birth"},
    {"demens", "dementia"},
    {"hoftebrudd", "hip fracture"},
    {"depresjon", "depression"},
    {"antibiotikabruk", "antibiotic use"},
    {"covid-19-vaksinasjon", "COVID-19 vaccination"},
    {"influensa", "influenza"},
    {"hjerneslag", "stroke"},
    {"multippel sklerose", "multiple sclerosis"},
    {"prostatakreft", "prostate cancer"},
    {"lungekreft", "lung cancer"},
    {"overvekt", "obesity"},
    {"legemiddelbivirkninger", "adverse drug reactions"},
    {"ADHD-medisinering", "ADHD medication"},
    {"revmatoid artritt", "rheumatoid arthritis"},
    {"epilepsi", "epilepsy"},
    {"kikhoste", "pertussis"},
    {"HPV-vaksine", "HPV vaccine"},
    {"føflekkreft", "melanoma"},
    {"nyresvikt", "kidney failure"},
    {"hjertesvikt", "heart failure"},
    {"fallulykker", "falls"},
    {"svangerskapsforgiftning", "pre-eclampsia"},
};

const std::vector<QString> designs = {
    QStringLiteral("Kohortstudie av"),         QStringLiteral("Registerstudie av"),
    QStringLiteral("Kasus-kontrollstudie av"), QStringLiteral("Langtidsoppfølging av"),
    QStringLiteral("Kartlegging av"),          QStringLiteral("Risikofaktorer for"),
    QStringLiteral("Behandlingsforløp ved"),   QStringLiteral("Sosial ulikhet i"),
};

const std::vector<QString> groups = {
    QStringLiteral("hos barn og unge"),     QStringLiteral("blant eldre over 75 år"),
    QStringLiteral("hos gravide"),          QStringLiteral("i Nord-Norge"),
    QStringLiteral("blant innvandrere"),    QStringLiteral("i befolkningen"),
    QStringLiteral("hos sykehjemsbeboere"), QStringLiteral("i Helse Vest"),
    QStringLiteral("i Trøndelag"),          QStringLiteral("hos menn og kvinner i arbeidsfør alder"),
};

const std::vector<QString> environments = {
    QStringLiteral("TSD"),
    QStringLiteral("SAFE"),
    QStringLiteral("HUNT Cloud"),
    QStringLiteral("Helse Vest IKT forskningsserver"),
    QStringLiteral("Helse Sør-Øst forskningsplattform"),
};

// Purposes weighted as HDS sees them: mostly medical and health research.
const std::vector<QString> purposes = {
    QStringLiteral("medical-health-research"),
    QStringLiteral("medical-health-research"),
    QStringLiteral("medical-health-research"),
    QStringLiteral("medical-health-research"),
    QStringLiteral("medical-health-research"),
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

QString withCheckDigit(const char *base)
{
    static const int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    const QString digits = QLatin1String(base);
    for (int last = 0; last < 10; ++last) {
        // A base whose check digit would be 10 is nudged in its last digit.
        QString b = digits.left(7) + QString::number((digits.at(7).digitValue() + last) % 10);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += b.at(i).digitValue() * weights[i];
        const int check = (11 - sum % 11) % 11;
        if (check < 10)
            return b + QString::number(check);
    }
    return {};
}

QString emailPart(const QString &name)
{
    QString s = name.toLower();
    s.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    s.replace(QStringLiteral("ø"), QStringLiteral("o"));
    s.replace(QStringLiteral("å"), QStringLiteral("a"));
    s.replace(QStringLiteral("é"), QStringLiteral("e"));
    s.replace(QLatin1Char(' '), QLatin1Char('.'));
    return s;
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

ApplicationFaker::ApplicationFaker(std::map<QString, QStringList> variables) : m_variables(std::move(variables))
{
    // How often each registry is asked for: NPR, KRG, DAR and LMR most, HAR and BIV least.
    const std::vector<std::pair<const char *, int>> weights = {
        {"NPR", 9},    {"KRG", 7},  {"DAR", 7}, {"LMR", 6}, {"MFR", 5}, {"KPR", 5},
        {"SYSVAK", 3}, {"MSIS", 3}, {"HKR", 3}, {"BIV", 1}, {"HAR", 1}};
    for (const auto &[code, weight] : weights)
        if (m_variables.count(QLatin1String(code)))
            for (int i = 0; i < weight; ++i)
                m_registryWeights.push_back(QLatin1String(code));
}

QString ApplicationFaker::personName(Dice &dice)
{
    return dice.pick(firstNames) + QLatin1Char(' ') + dice.pick(lastNames);
}

std::vector<DataSource> ApplicationFaker::dataSources(Dice &dice, const QDate &received, int count) const
{
    std::vector<DataSource> out;
    for (int guard = 0; static_cast<int>(out.size()) < count && guard < 50; ++guard) {
        const QString code = dice.pick(m_registryWeights);
        if (std::any_of(out.begin(), out.end(), [&](const DataSource &s) { return s.registry == code; }))
            continue;
        DataSource s;
        s.registry = code;
        s.periodFrom = QDate(received.year() - 5 - dice.below(20), 1, 1);
        s.periodTo = QDate(received.year() - 1, 12, 31);
        const QStringList &all = m_variables.at(code);
        const int want = std::min<int>(static_cast<int>(all.size()), 3 + dice.below(4));
        const int start = dice.below(static_cast<int>(all.size()));
        for (int i = 0; i < want; ++i)
            s.variables << all.at((start + i) % all.size());
        s.justification = QStringLiteral(
            "Variablene trengs for å beskrive forløp og utfall og for å justere for alder og kjønn.");
        out.push_back(std::move(s));
    }
    return out;
}

Application ApplicationFaker::make(Dice &dice, const QDate &received, const QString &reference) const
{
    const Institution &inst = institutions()[static_cast<size_t>(dice.below(static_cast<int>(institutions().size())))];
    const Topic &topic = topics[static_cast<size_t>(dice.below(static_cast<int>(topics.size())))];
    Application a;
    a.reference = reference;
    a.received = received;
    const int lang = dice.below(20);
    a.language = lang == 0 ? Language::English : lang < 4 ? Language::Nynorsk : Language::Bokmaal;
    const QString group = dice.pick(groups);
    a.project.title = a.language == Language::English
        ? QStringLiteral("Registry study of %1 in Norway").arg(QLatin1String(topic.en))
        : dice.pick(designs) + QLatin1Char(' ') + QString::fromUtf8(topic.nb) + QLatin1Char(' ') + group;
    a.project.purpose = dice.pick(purposes);
    // Projects start on the first of a month and run whole years, as most do.
    const QDate start = received.addMonths(1 + dice.below(3));
    a.project.start = QDate(start.year(), start.month(), 1);
    a.project.end = a.project.start.addYears(2 + dice.below(5)).addDays(-1);
    a.project.deletionDate = a.project.end.addYears(dice.chance(50) ? 0 : 5);
    if (dice.chance(60))
        a.project.funding = dice.chance(50)
            ? QStringLiteral("Norges forskningsråd")
            : QStringLiteral("Egen finansiering");
    const QString leader = personName(dice);
    a.projectLeader = {leader, emailPart(leader) + QLatin1Char('@') + QLatin1String(inst.domain),
                       QStringLiteral("+47 %1").arg(40000000 + dice.below(9999999)),
                       dice.chance(50) ? QStringLiteral("Professor") : QStringLiteral("Forsker")};
    a.controller = {QString::fromUtf8(inst.name),
                    withCheckDigit(inst.orgBase),
                    {QString::fromUtf8(inst.street), QLatin1String(inst.postalCode), QString::fromUtf8(inst.city), {}}};
    const int ident = dice.below(100);
    a.identifiability = ident < 15 ? Identifiability::Anonymous
        : ident < 85               ? Identifiability::IndirectlyIdentifiable
                                   : Identifiability::DirectlyIdentifiable;
    const bool anonymous = a.identifiability == Identifiability::Anonymous;
    a.legalBasis.institutionApproved = true;
    if (!anonymous) {
        a.legalBasis.article6 = QStringLiteral("e");
        a.legalBasis.article9 = QStringLiteral("j");
        a.legalBasis.dpia = dice.chance(70) ? QStringLiteral("done") : QStringLiteral("planned");
        a.legalBasis.dpoConsulted = true;
    }
    if (a.identifiability == Identifiability::DirectlyIdentifiable)
        a.directIdentifiersJustification = QStringLiteral(
            "Deltakerne skal kontaktes for oppfølging; kontaktopplysninger trengs derfor.");
    if (!anonymous && a.project.purpose == QLatin1String("medical-health-research"))
        a.rek = RekApproval{QStringLiteral("%1/%2").arg(received.year() - 1).arg(100000 + dice.below(899999)),
                            received.addDays(-20 - dice.below(200))};
    const int sources = 1 + (dice.chance(45) ? 1 + dice.below(3) : 0);
    a.dataSources = dataSources(dice, received, sources);
    a.project.summary = QStringLiteral("Prosjektet skal undersøke %1 %2 med data fra %3 registre. Målet er å finne "
                                       "risikofaktorer og bedre behandlingen.")
                            .arg(QString::fromUtf8(topic.nb), group)
                            .arg(a.dataSources.size());
    a.population =
        QStringLiteral("Alle registrert med %1 i perioden, uten aldersgrense.").arg(QString::fromUtf8(topic.nb));
    if (a.dataSources.size() > 1)
        a.linkage = Linkage{QStringLiteral("Kobling på løpenummer fra registerforvalter."),
                            {QStringLiteral("løpenummer")},
                            dice.chance(20) ? QStringList{QStringLiteral("SSB")} : QStringList{}};
    a.storage.environment = dice.pick(environments);
    const int persons = 1 + dice.below(3);
    a.personsWithAccess.push_back({leader, QString::fromUtf8(inst.name)});
    for (int i = 1; i < persons; ++i)
        a.personsWithAccess.push_back({personName(dice), QString::fromUtf8(inst.name)});
    a.hasAttachmentsKey = true;
    a.attachments.push_back({QStringLiteral("protocol"), QStringLiteral("protokoll.pdf"),
                             sha256Hex(reference + QStringLiteral("protokoll"))});
    if (a.rek)
        a.attachments.push_back({QStringLiteral("rek-approval"), QStringLiteral("rek-godkjenning.pdf"),
                                 sha256Hex(reference + QStringLiteral("rek"))});
    return a;
}

Application ApplicationFaker::makeChange(Dice &dice, const Application &earlier, const QString &earlierCase,
                                         const QDate &received, const QString &reference) const
{
    Application a = earlier;
    a.reference = reference;
    a.kind = ApplicationKind::Change;
    a.changeOf = earlierCase;
    a.received = received;
    if (a.project.end <= received)
        a.project.end = QDate(received.year() + 1 + dice.below(3), 12, 31);
    if (a.project.deletionDate < a.project.end)
        a.project.deletionDate = a.project.end;
    if (a.rek && a.rek->approvedOn > received)
        a.rek->approvedOn = received.addDays(-10);
    const QString extra = dice.pick(m_registryWeights);
    const bool addSource = std::none_of(a.dataSources.begin(), a.dataSources.end(), [&](const DataSource &s) {
        return s.registry == extra;
    });
    if (addSource && dice.chance(50)) {
        auto more = dataSources(dice, received, 1);
        more.front().registry = extra;
        more.front().variables = m_variables.at(extra).mid(0, 3);
        a.dataSources.push_back(more.front());
        a.changeSummary = QStringLiteral("Nye data fra %1 og forlenget prosjektperiode.").arg(extra);
        if (!a.linkage)
            a.linkage = Linkage{
                QStringLiteral("Kobling på løpenummer fra registerforvalter."), {QStringLiteral("løpenummer")}, {}};
    } else {
        a.changeSummary = QStringLiteral("Forlenget prosjektperiode og nye prosjektmedarbeidere.");
        a.personsWithAccess.push_back({personName(dice), a.controller.name});
    }
    return a;
}

} // namespace fv
