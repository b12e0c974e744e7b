#include "application/ApplicationHtml.h"

#include "casework/CaseworkText.h"
#include "casework/EventText.h"
#include "registry/VariableNames.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace fv {
namespace {

// The translation context of the case view's page texts.
class ApplicationHtml
{
    Q_DECLARE_TR_FUNCTIONS(fv::ApplicationHtml)
};
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString date(const QDate &d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    return locale.toString(
        d, locale.language() == QLocale::English ? QStringLiteral("d MMMM yyyy") : QStringLiteral("d. MMMM yyyy"));
}

// The label column never breaks inside a word ("Personvernkonsekvensvurdering").
QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class='l' width='210' style='white-space:nowrap'>%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml.isEmpty() ? QStringLiteral("—") : valueHtml);
}

QString section(const QString &title, const QString &rows)
{
    return QStringLiteral("<h3>%1</h3><table class='kv' cellspacing='0' cellpadding='3'>%2</table>")
        .arg(esc(title), rows);
}

QString yesNo(bool b)
{
    return b ? ApplicationHtml::tr("Yes") : ApplicationHtml::tr("No");
}

QString purposeName(const QString &code)
{
    static const std::map<QString, const char *> names = {
        {QStringLiteral("medical-health-research"),
         QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Medical and health research")},
        {QStringLiteral("other-research"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Other research")},
        {QStringLiteral("statistics"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Statistics")},
        {QStringLiteral("health-analysis"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Health analysis")},
        {QStringLiteral("quality-improvement"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Quality improvement")},
        {QStringLiteral("planning"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Planning")},
        {QStringLiteral("management"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Management")},
        {QStringLiteral("preparedness"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Preparedness")},
        {QStringLiteral("decision-support"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Clinical decision support")},
    };
    const auto it = names.find(code);
    return it == names.end() ? code : ApplicationHtml::tr(it->second);
}

QString dpiaName(const QString &code)
{
    if (code == QLatin1String("done"))
        return ApplicationHtml::tr("Done");
    if (code == QLatin1String("planned"))
        return ApplicationHtml::tr("Planned");
    if (code == QLatin1String("not-needed"))
        return ApplicationHtml::tr("Not needed");
    return code;
}

QString identifiabilityName(Identifiability i)
{
    switch (i) {
    case Identifiability::Anonymous: return ApplicationHtml::tr("Anonymous");
    case Identifiability::IndirectlyIdentifiable: return ApplicationHtml::tr("Indirectly identifiable");
    case Identifiability::DirectlyIdentifiable: return ApplicationHtml::tr("Directly identifiable");
    }
    return {};
}

QString languageName(Language l)
{
    switch (l) {
    case Language::Bokmaal: return ApplicationHtml::tr("Norwegian bokmål");
    case Language::Nynorsk: return ApplicationHtml::tr("Norwegian nynorsk");
    case Language::English: return ApplicationHtml::tr("English");
    }
    return {};
}

QString projectSection(const CaseRecord &r)
{
    const Application &a = r.application;
    QString rows = row(ApplicationHtml::tr("Your ref."), esc(a.reference))
        + row(ApplicationHtml::tr("Received"), esc(date(a.received)))
        + row(ApplicationHtml::tr("Language of letters"), esc(languageName(a.language)))
        + row(ApplicationHtml::tr("Purpose"), esc(purposeName(a.project.purpose)))
        + row(ApplicationHtml::tr("Summary"), esc(a.project.summary))
        + row(ApplicationHtml::tr("Project period"),
              esc(date(a.project.start) + QStringLiteral(" – ") + date(a.project.end)))
        + row(ApplicationHtml::tr("Deletion date"), esc(date(a.project.deletionDate)))
        + row(ApplicationHtml::tr("Funding"), esc(a.project.funding));
    if (a.kind == ApplicationKind::Change)
        rows = row(ApplicationHtml::tr("Change of"),
                   esc(a.changeOf)
                       + (r.changeOfCaseNumber.isEmpty() ? ApplicationHtml::tr(" (not in this database)") : QString()))
            + row(ApplicationHtml::tr("What changes"), esc(a.changeSummary)) + rows;
    return section(ApplicationHtml::tr("Project"), rows);
}

QString peopleSection(const Application &a)
{
    const Address &ad = a.controller.address;
    QString address = esc(ad.street) + QStringLiteral("<br>") + esc(ad.postalCode + QLatin1Char(' ') + ad.city);
    if (!ad.country.isEmpty())
        address += QStringLiteral("<br>") + esc(ad.country);
    QString leader = esc(a.projectLeader.name);
    if (!a.projectLeader.title.isEmpty())
        leader += QStringLiteral(", ") + esc(a.projectLeader.title);
    leader += QStringLiteral("<br>") + esc(a.projectLeader.email);
    if (!a.projectLeader.phone.isEmpty())
        leader += QStringLiteral(" · ") + esc(a.projectLeader.phone);
    QStringList persons;
    for (const Person &p : a.personsWithAccess)
        persons << esc(p.name) + QStringLiteral(" (") + esc(p.institution) + QLatin1Char(')');
    return section(
        ApplicationHtml::tr("People"),
        row(ApplicationHtml::tr("Project leader"), leader)
            + row(ApplicationHtml::tr("Controller"),
                  esc(a.controller.name) + QStringLiteral(" · ")
                      + ApplicationHtml::tr("org. no. %1").arg(esc(a.controller.orgNumber)) + QStringLiteral("<br>")
                      + address)
            + row(ApplicationHtml::tr("Persons with access"), persons.join(QStringLiteral("<br>"))));
}

QString legalSection(const Application &a)
{
    const LegalBasis &l = a.legalBasis;
    QString rows;
    if (a.identifiability != Identifiability::Anonymous) {
        rows += row(ApplicationHtml::tr("GDPR"),
                    esc(ApplicationHtml::tr("Art. 6(1)(%1) and art. 9(2)(%2)").arg(l.article6, l.article9)))
            + row(ApplicationHtml::tr("DPIA"), esc(dpiaName(l.dpia)))
            + row(ApplicationHtml::tr("Data protection officer consulted"),
                  esc(l.dpoConsulted ? yesNo(*l.dpoConsulted) : QString()));
    }
    rows += row(ApplicationHtml::tr("Approved by the institution"), esc(yesNo(l.institutionApproved)));
    rows += row(ApplicationHtml::tr("REK approval"),
                a.rek ? esc(ApplicationHtml::tr("%1 of %2").arg(a.rek->reference, date(a.rek->approvedOn)))
                      : esc(ApplicationHtml::tr("None")));
    rows += row(ApplicationHtml::tr("Identifiability"), esc(identifiabilityName(a.identifiability)));
    if (a.identifiability == Identifiability::DirectlyIdentifiable)
        rows += row(ApplicationHtml::tr("Reasons for direct identifiers"), esc(a.directIdentifiersJustification));
    rows += row(ApplicationHtml::tr("Population"), esc(a.population));
    if (a.linkage)
        rows += row(
            ApplicationHtml::tr("Linkage"),
            esc(a.linkage->description) + QStringLiteral("<br><i>")
                + esc(ApplicationHtml::tr("Keys: %1").arg(a.linkage->keys.join(QStringLiteral(", "))))
                + (a.linkage->externalSources.isEmpty() ? QString()
                                                        : QStringLiteral("<br>")
                           + esc(ApplicationHtml::tr("External sources: %1")
                                     .arg(a.linkage->externalSources.join(QStringLiteral(", ")))))
                + QStringLiteral("</i>"));
    else
        rows += row(ApplicationHtml::tr("Linkage"), esc(ApplicationHtml::tr("None")));
    rows += row(
        ApplicationHtml::tr("Storage"),
        esc(a.storage.environment)
            + (a.storage.description.isEmpty() ? QString() : QStringLiteral(" – ") + esc(a.storage.description)));
    return section(ApplicationHtml::tr("Legal basis and protection"), rows);
}

QString sourcesSection(const Application &a, const std::map<QString, Registry> &registries)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(ApplicationHtml::tr("Data sources")));
    for (const DataSource &s : a.dataSources) {
        const auto it = registries.find(s.registry);
        QStringList vars;
        for (const QString &v : s.variables) {
            const bool known = it != registries.end()
                && std::any_of(it->second.variables.begin(), it->second.variables.end(),
                               [&](const RegistryVariable &rv) { return rv.name == v; });
            // The catalogue's name where it has one; the code stays in the tooltip for the
            // caseworker who talks to the registry manager in codes.
            vars << (known ? QStringLiteral("<span title='%1'>%2</span>")
                                 .arg(esc(v), esc(variableName(registries, s.registry, v)))
                           : QStringLiteral("<span class='fv-warning' title='%1'>%2 ⚠</span>")
                                 .arg(esc(ApplicationHtml::tr("Not in the registry's catalogue")), esc(v)));
        }
        const QString name = it == registries.end()
            ? s.registry
            : it->second.name + QStringLiteral(" (") + s.registry + QLatin1Char(')');
        html += QStringLiteral("<h4>%1</h4><table class='kv' cellspacing='0' cellpadding='3'>%2</table>")
                    .arg(esc(name),
                         row(ApplicationHtml::tr("Registry manager"),
                             esc(it == registries.end() ? QString() : it->second.manager))
                             + row(ApplicationHtml::tr("Period"),
                                   esc(date(s.periodFrom) + QStringLiteral(" – ") + date(s.periodTo)))
                             + row(ApplicationHtml::tr("Variables"), vars.join(QStringLiteral(", ")))
                             + row(ApplicationHtml::tr("Why"), esc(s.justification)));
    }
    return html;
}

QString attachmentsSection(const Application &a, const QSet<QString> &stored)
{
    if (a.attachments.empty())
        return {};
    QString rows;
    for (const Attachment &att : a.attachments) {
        const QString href = QString::fromLatin1(QUrl::toPercentEncoding(att.fileName));
        const QString action = stored.contains(att.fileName)
            ? QStringLiteral("<a href='fv-open:%1'>%2</a>").arg(href, esc(ApplicationHtml::tr("Open")))
            : QStringLiteral("<span class='fv-warning'>⚠ %1</span> · <a href='fv-attach:%2'>%3</a>")
                  .arg(esc(ApplicationHtml::tr("file not attached")), href,
                       esc(ApplicationHtml::tr("Attach the file…")));
        rows += row(att.kind,
                    esc(att.fileName) + QStringLiteral(" · ") + action
                        + QStringLiteral("<br><span class='fv-muted' style='font-size:small'>SHA-256 ")
                        + esc(att.sha256) + QStringLiteral("</span>"));
    }
    return section(ApplicationHtml::tr("Attachments"), rows)
        + QStringLiteral("<p class='fv-muted'><i>%1</i></p>")
              .arg(esc(ApplicationHtml::tr(
                  "Attachments are documents about the project (protocol, REK approval, DPIA …). "
                  "Never attach health data: the case database must not hold any.")));
}

QString names(const QStringList &codes, const std::map<QString, Registry> &registries)
{
    QStringList out;
    for (const QString &c : codes) {
        const auto it = registries.find(c);
        out << esc(it == registries.end() ? c : it->second.name);
    }
    return out.join(QStringLiteral(", "));
}

// What a change application changes against the earlier decision, first on the page.
QString changeSection(const CaseRecord &r, const std::map<QString, Registry> &registries)
{
    if (!r.changeDiff)
        return {};
    const ChangeDiff &d = *r.changeDiff;
    const QString added = QStringLiteral("<span class='fv-success'>+ %1</span>");
    const QString removed = QStringLiteral("<span class='fv-error'>− %1</span>");
    QString rows;
    if (d.isEmpty())
        rows += row(ApplicationHtml::tr("Changes"),
                    esc(ApplicationHtml::tr("None found against the earlier decision")));
    if (!d.registriesAdded.isEmpty())
        rows += row(ApplicationHtml::tr("Registries added"), added.arg(names(d.registriesAdded, registries)));
    if (!d.registriesRemoved.isEmpty())
        rows += row(ApplicationHtml::tr("Registries removed"), removed.arg(names(d.registriesRemoved, registries)));
    for (const ChangeDiff::Variables &v : d.variables) {
        QStringList parts;
        if (!v.added.isEmpty())
            parts << added.arg(esc(variableNames(registries, v.registry, v.added).join(QStringLiteral(", "))));
        if (!v.removed.isEmpty())
            parts << removed.arg(esc(variableNames(registries, v.registry, v.removed).join(QStringLiteral(", "))));
        rows += row(ApplicationHtml::tr("Variables, %1").arg(v.registry), parts.join(QStringLiteral("<br>")));
    }
    for (const ChangeDiff::Period &p : d.periods)
        rows += row(ApplicationHtml::tr("Period, %1").arg(p.registry),
                    esc(QStringLiteral("%1 – %2  →  %3 – %4")
                            .arg(date(p.oldFrom), date(p.oldTo), date(p.newFrom), date(p.newTo))));
    if (d.projectEnd)
        rows += row(ApplicationHtml::tr("Project end"),
                    esc(QStringLiteral("%1  →  %2").arg(date(d.projectEnd->before), date(d.projectEnd->after))));
    if (d.deletionDate)
        rows += row(ApplicationHtml::tr("Deletion date"),
                    esc(QStringLiteral("%1  →  %2").arg(date(d.deletionDate->before), date(d.deletionDate->after))));
    for (const QString &p : d.personsAdded)
        rows += row(ApplicationHtml::tr("Person with access"), added.arg(esc(p)));
    for (const QString &p : d.personsRemoved)
        rows += row(ApplicationHtml::tr("Person with access"), removed.arg(esc(p)));
    return section(ApplicationHtml::tr("Changes against the decision in %1").arg(r.changeOfCaseNumber), rows);
}

} // namespace

QString applicationHtml(const CaseRecord &r, const std::map<QString, Registry> &registries,
                        const QSet<QString> &storedFiles)
{
    const QString style =
        QStringLiteral("<style>h2{margin:0 0 4px 0;} h3{color:%1;margin:14px 0 4px 0;border-bottom:1px solid %2;} "
                       "h4{margin:10px 0 2px 0;} table.kv td{vertical-align:top;} td.l{color:%3;padding-right:12px;} "
                       "p.sub{color:%3;margin:0;}</style>")
            .arg(tones::htmlColour(Tone::Info), tones::css(tones::border(Tone::Info, QApplication::palette())),
                 tones::htmlColour(Tone::Muted))
        + tones::htmlStyle();
    return style
        + QStringLiteral("<h2>%1</h2><p class='sub'>%2</p>")
              .arg(esc(r.application.project.title),
                   esc(ApplicationHtml::tr("Case %1 · %2 · %3")
                           .arg(r.summary.caseNumber, displayName(r.summary.status), r.application.controller.name)))
        + changeSection(r, registries) + projectSection(r) + peopleSection(r.application) + legalSection(r.application)
        + sourcesSection(r.application, registries) + attachmentsSection(r.application, storedFiles);
}

QString eventsHtml(const CaseRecord &r, const std::map<QString, QString> &userNames)
{
    QString rows;
    for (auto it = r.events.rbegin(); it != r.events.rend(); ++it)
        rows += QStringLiteral("<tr><td class='fv-muted' "
                               "style='white-space:nowrap'>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(CaseworkText::dateTime(it->at)), esc(CaseworkText::userName(userNames, it->actor)),
                         esc(CaseworkText::timelineName(it->kind)), esc(EventText::detail(it->kind, it->detail)));
    return tones::htmlStyle()
        + QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'><tr style='background:%6'><th "
                         "align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th><th "
                         "align='left'>%4</th></tr>%5</table>")
              .arg(esc(ApplicationHtml::tr("When")), esc(ApplicationHtml::tr("Who")), esc(ApplicationHtml::tr("What")),
                   esc(ApplicationHtml::tr("Details")), rows,
                   tones::css(tones::background(Tone::Info, QApplication::palette(), QPalette::Base)));
}

} // namespace fv
