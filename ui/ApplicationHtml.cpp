#include "ApplicationHtml.h"

#include <QCoreApplication>
#include <QLocale>

namespace fv {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("fv::ApplicationHtml", text); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString date(const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QStringLiteral("—"); }

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class='l'>%1</td><td>%2</td></tr>").arg(esc(label), valueHtml.isEmpty() ? QStringLiteral("—") : valueHtml);
}

QString section(const QString &title, const QString &rows)
{
    return QStringLiteral("<h3>%1</h3><table class='kv' cellspacing='0' cellpadding='3'>%2</table>").arg(esc(title), rows);
}

QString yesNo(bool b) { return b ? tr("Yes") : tr("No"); }

QString purposeName(const QString &code)
{
    static const std::map<QString, const char *> names = {
        {QStringLiteral("medical-health-research"), QT_TRANSLATE_NOOP("fv::ApplicationHtml", "Medical and health research")},
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
    return it == names.end() ? code : tr(it->second);
}

QString identifiabilityName(Identifiability i)
{
    switch (i) {
    case Identifiability::Anonymous: return tr("Anonymous");
    case Identifiability::IndirectlyIdentifiable: return tr("Indirectly identifiable");
    case Identifiability::DirectlyIdentifiable: return tr("Directly identifiable");
    }
    return {};
}

QString languageName(Language l)
{
    switch (l) {
    case Language::Bokmaal: return tr("Norwegian bokmål");
    case Language::Nynorsk: return tr("Norwegian nynorsk");
    case Language::English: return tr("English");
    }
    return {};
}

QString projectSection(const CaseRecord &r)
{
    const Application &a = r.application;
    QString rows = row(tr("Your ref."), esc(a.reference)) + row(tr("Received"), esc(date(a.received)))
                   + row(tr("Language of letters"), esc(languageName(a.language)))
                   + row(tr("Purpose"), esc(purposeName(a.project.purpose)))
                   + row(tr("Summary"), esc(a.project.summary))
                   + row(tr("Project period"), esc(date(a.project.start) + QStringLiteral(" – ") + date(a.project.end)))
                   + row(tr("Deletion date"), esc(date(a.project.deletionDate)))
                   + row(tr("Funding"), esc(a.project.funding));
    if (a.kind == ApplicationKind::Change)
        rows = row(tr("Change of"), esc(a.changeOf) + (r.changeOfCaseNumber.isEmpty() ? tr(" (not in this database)") : QString()))
               + row(tr("What changes"), esc(a.changeSummary)) + rows;
    return section(tr("Project"), rows);
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
    return section(tr("People"), row(tr("Project leader"), leader)
                                     + row(tr("Controller"), esc(a.controller.name) + QStringLiteral(" · ")
                                                                 + tr("org. no. %1").arg(esc(a.controller.orgNumber)) + QStringLiteral("<br>") + address)
                                     + row(tr("Persons with access"), persons.join(QStringLiteral("<br>"))));
}

QString legalSection(const Application &a)
{
    const LegalBasis &l = a.legalBasis;
    QString rows;
    if (a.identifiability != Identifiability::Anonymous) {
        rows += row(tr("GDPR"), esc(tr("Art. 6(1)(%1) and art. 9(2)(%2)").arg(l.article6, l.article9)))
                + row(tr("DPIA"), esc(l.dpia))
                + row(tr("Data protection officer consulted"), esc(l.dpoConsulted ? yesNo(*l.dpoConsulted) : QString()));
    }
    rows += row(tr("Approved by the institution"), esc(yesNo(l.institutionApproved)));
    rows += row(tr("REK approval"), a.rek ? esc(tr("%1 of %2").arg(a.rek->reference, date(a.rek->approvedOn))) : esc(tr("None")));
    rows += row(tr("Identifiability"), esc(identifiabilityName(a.identifiability)));
    if (a.identifiability == Identifiability::DirectlyIdentifiable)
        rows += row(tr("Reasons for direct identifiers"), esc(a.directIdentifiersJustification));
    rows += row(tr("Population"), esc(a.population));
    if (a.linkage)
        rows += row(tr("Linkage"), esc(a.linkage->description) + QStringLiteral("<br><i>") + esc(tr("Keys: %1").arg(a.linkage->keys.join(QStringLiteral(", "))))
                                       + (a.linkage->externalSources.isEmpty() ? QString() : QStringLiteral("<br>") + esc(tr("External sources: %1").arg(a.linkage->externalSources.join(QStringLiteral(", ")))))
                                       + QStringLiteral("</i>"));
    else
        rows += row(tr("Linkage"), esc(tr("None")));
    rows += row(tr("Storage"), esc(a.storage.environment) + (a.storage.description.isEmpty() ? QString() : QStringLiteral(" – ") + esc(a.storage.description)));
    return section(tr("Legal basis and protection"), rows);
}

QString sourcesSection(const Application &a, const std::map<QString, Registry> &registries)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Data sources")));
    for (const DataSource &s : a.dataSources) {
        const auto it = registries.find(s.registry);
        QStringList vars;
        for (const QString &v : s.variables) {
            const bool known = it != registries.end()
                               && std::any_of(it->second.variables.begin(), it->second.variables.end(),
                                              [&](const RegistryVariable &rv) { return rv.name == v; });
            vars << (known ? esc(v) : QStringLiteral("<span style='color:#9a5b00' title='%1'>%2 ⚠</span>").arg(esc(tr("Not in the registry's catalogue")), esc(v)));
        }
        const QString name = it == registries.end() ? s.registry : it->second.name + QStringLiteral(" (") + s.registry + QLatin1Char(')');
        html += QStringLiteral("<h4>%1</h4><table class='kv' cellspacing='0' cellpadding='3'>%2</table>")
                    .arg(esc(name), row(tr("Registry manager"), esc(it == registries.end() ? QString() : it->second.manager))
                                        + row(tr("Period"), esc(date(s.periodFrom) + QStringLiteral(" – ") + date(s.periodTo)))
                                        + row(tr("Variables"), vars.join(QStringLiteral(", ")))
                                        + row(tr("Why"), esc(s.justification)));
    }
    if (!a.attachments.empty()) {
        QString rows;
        for (const Attachment &att : a.attachments)
            rows += row(att.kind, esc(att.fileName) + QStringLiteral("<br><span style='color:#666;font-size:small'>SHA-256 ") + esc(att.sha256) + QStringLiteral("</span>"));
        html += section(tr("Attachments listed"), rows);
    }
    return html;
}

} // namespace

QString applicationHtml(const CaseRecord &r, const std::map<QString, Registry> &registries)
{
    const QString style = QStringLiteral(
        "<style>h2{margin:0 0 4px 0;} h3{color:#1d4f7a;margin:14px 0 4px 0;border-bottom:1px solid #c9d6e3;} "
        "h4{margin:10px 0 2px 0;} table.kv td{vertical-align:top;} td.l{color:#555;width:210px;} p.sub{color:#555;margin:0;}</style>");
    return style + QStringLiteral("<h2>%1</h2><p class='sub'>%2</p>")
                       .arg(esc(r.application.project.title),
                            esc(tr("Case %1 · %2 · %3").arg(r.summary.caseNumber, displayName(r.summary.status), r.application.controller.name)))
           + projectSection(r) + peopleSection(r.application) + legalSection(r.application)
           + sourcesSection(r.application, registries);
}

QString eventsHtml(const CaseRecord &r)
{
    QString rows;
    for (auto it = r.events.rbegin(); it != r.events.rend(); ++it)
        rows += QStringLiteral("<tr><td style='color:#555;white-space:nowrap'>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(QLocale().toString(it->at, QLocale::ShortFormat)), esc(it->actor), esc(it->kind), esc(it->detail));
    return QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'><tr style='background:#eef2f6'><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>%5</table>")
        .arg(esc(tr("When")), esc(tr("Who")), esc(tr("What")), esc(tr("Details")), rows);
}

} // namespace fv
