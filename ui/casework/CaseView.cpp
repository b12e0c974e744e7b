#include "casework/CaseView.h"

#include "appeal/AppealPage.h"
#include "application/ApplicationHtml.h"
#include "casework/CaseworkPanel.h"
#include "casework/TimelineView.h"
#include "decision/DecisionEntryModel.h"
#include "decision/DecisionVersionsView.h"
#include "followup/FollowUpPage.h"
#include "help/HelpWindow.h"
#include "revocation/RevocationPane.h"
#include "widgets/Accessibility.h"
#include "widgets/TableView.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace fv {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString overallName(OverallResult r)
{
    switch (r) {
    case OverallResult::Granted: return CaseView::tr("granted");
    case OverallResult::PartlyGranted: return CaseView::tr("partly granted");
    case OverallResult::Refused: return CaseView::tr("refused");
    }
    return {};
}

QString decisionStatusName(DecisionStatus s)
{
    switch (s) {
    case DecisionStatus::Draft: return CaseView::tr("Draft");
    case DecisionStatus::Submitted: return CaseView::tr("Awaiting approval");
    case DecisionStatus::Approved: return CaseView::tr("Approved");
    case DecisionStatus::Superseded: return CaseView::tr("Superseded");
    }
    return {};
}

} // namespace

CaseView::CaseView(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Choose a case in the list."), this))
    , m_tabs(new QTabWidget(this))
    , m_application(new QTextBrowser(this))
    , m_decisionStatus(new QLabel(this))
    , m_entries(new TableView(this))
    , m_entryModel(new DecisionEntryModel(this))
    , m_decisionText(new QTextBrowser(this))
    , m_events(new QTextBrowser(this))
    , m_documents(new QTextBrowser(this))
    , m_casework(new CaseworkPanel(this))
    , m_timeline(new TimelineView(this))
{
    auto *stack = new QStackedLayout(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("font-size:14pt;"));
    tones::setTextTone(m_placeholder, Tone::Muted);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_tabs);

    m_tabs->addTab(
        setHelpTopic(m_application, QStringLiteral("03-from-import-to-letter#application")), tr("A&pplication"));
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_application->setObjectName(QStringLiteral("caseApplication"));
    a11y::nameAfter(m_application, tr("Application"));
    m_application->setOpenLinks(false);
    connect(m_application, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString name = QUrl::fromPercentEncoding(url.path().toUtf8());
        if (url.scheme() == QLatin1String("fv-open"))
            emit openAttachmentRequested(name);
        else if (url.scheme() == QLatin1String("fv-attach"))
            emit attachFileRequested(name);
    });

    m_tabs->addTab(setHelpTopic(m_casework, QStringLiteral("03-from-import-to-letter#casework")), tr("Casewor&k"));

    auto *decisionPage = new QWidget(this);
    auto *dl = new QVBoxLayout(decisionPage);
    m_decisionStatus->setWordWrap(true);
    m_decisionStatus->setTextFormat(Qt::RichText);
    dl->addWidget(m_decisionStatus);
    m_entries->setModel(m_entryModel);
    a11y::keyboardFriendly(m_entries, tr("Joint decision by registry"));
    m_decisionText->setObjectName(QStringLiteral("decisionText"));
    a11y::nameAfter(m_decisionText, tr("Joint decision"));
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setWordWrap(true);
    m_entries->verticalHeader()->hide();
    QHeaderView *header = m_entries->horizontalHeader();
    for (int c : {DecisionEntryModel::Registry, DecisionEntryModel::Outcome, DecisionEntryModel::Period})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionEntryModel::Variables, QHeaderView::Stretch);
    header->setSectionResizeMode(DecisionEntryModel::Reason, QHeaderView::Stretch);
    m_entries->setAlternatingRowColors(true);
    m_entries->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_entries->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    dl->addWidget(m_entries, 1);
    dl->addWidget(m_decisionText, 2);
    m_versions = new DecisionVersionsView(decisionPage);
    dl->addWidget(m_versions);
    m_tabs->addTab(
        setHelpTopic(a11y::scrollable(decisionPage), QStringLiteral("03-from-import-to-letter#decision-draft")),
        tr("&Joint decision")); // scrolls at 200 %
    // Made before their page, the table and the text would come after the versions in the Tab order.
    setTabOrder(m_entries, m_decisionText);
    a11y::tabAfter(m_decisionText, m_versions);
    m_tabs->addTab(setHelpTopic(m_timeline, QStringLiteral("06-deadlines#where")), tr("&Timeline"));
    m_tabs->addTab(setHelpTopic(m_events, QStringLiteral("03-from-import-to-letter#events")), tr("Eve&nts"));
    a11y::nameAfter(m_events, tr("Events"));
    a11y::nameAfter(m_documents, tr("Documents"));
    auto *documentsPage = new QWidget(this);
    auto *documentsLayout = new QVBoxLayout(documentsPage);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(m_documents, 1);
    m_journalNote = new QPushButton(tr("Jou&rnal a note…"), documentsPage);
    m_journalNote->setObjectName(QStringLiteral("journalNote"));
    m_journalNote->setToolTip(tr("Journal an internal note in the case (Noark 5 N or X)"));
    connect(m_journalNote, &QPushButton::clicked, this, &CaseView::journalNoteRequested);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_journalNote);
    noteRow->addStretch(1);
    documentsLayout->addLayout(noteRow);
    m_tabs->addTab(setHelpTopic(documentsPage, QStringLiteral("03-from-import-to-letter#letter")), tr("Doc&uments"));
    m_documents->setObjectName(QStringLiteral("caseDocuments"));
    m_documents->setOpenLinks(false);
    connect(m_documents, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("fv-document"))
            emit openDocumentRequested(url.path().toInt());
    });
    m_followUp = new FollowUpPage(this);
    // Two sections of fields: at 200 % the page scrolls rather than making the window taller than the screen.
    m_tabs->addTab(setHelpTopic(a11y::scrollable(m_followUp), QStringLiteral("12-delivery-and-project-end#delivery")),
                   tr("Deliver&y and end"));
    m_appeal = new AppealPage(this);
    // Revocation, reversal without appeal and suspension: the time after the decision, beside the appeals.
    m_revocation = new RevocationPane(m_appeal);
    m_appeal->addSection(m_revocation);
    m_tabs->addTab(setHelpTopic(a11y::scrollable(m_appeal), QStringLiteral("14-appeals#appeals")), tr("Appeals"));
    stack->setCurrentWidget(m_placeholder);
}

void CaseView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void CaseView::clear()
{
    m_record.reset();
    m_followUp->clear();
    m_appeal->clear();
    m_revocation->clear();
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_placeholder);
}

void CaseView::showCase(const CaseRecord &record, const std::map<QString, Registry> &registries,
                        const QSet<QString> &storedFiles)
{
    m_record = record;
    const int scroll = m_application->verticalScrollBar()->value();
    m_application->setHtml(applicationHtml(record, registries, storedFiles));
    m_application->verticalScrollBar()->setValue(scroll);
    showDecision(record, registries);
    m_events->setHtml(eventsHtml(record, m_userNames));
    showDocuments(record);
    m_casework->showCase(record, m_userNames);
    m_timeline->showCase(record, m_userNames);
    m_followUp->showCase(record);
    m_appeal->showCase(record);
    m_revocation->setCase(record);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_tabs);
}

void CaseView::showDecision(const CaseRecord &record, const std::map<QString, Registry> &registries)
{
    const Decision *d = record.currentDecision();
    m_entryModel->setDecision(d, registries);
    m_entries->resizeRowsToContents();
    m_versions->showVersions(record, m_userNames);
    m_versions->setVisible(d != nullptr);
    if (!d) {
        m_decisionStatus->setText(
            tr("<b>No decision yet.</b> Make a draft with <i>Decision → Make decision draft</i> (Ctrl+D)."));
        m_decisionText->clear();
        return;
    }
    QString status =
        tr("<b>Decision %1: %2</b> – overall result: <b>%3</b>. Drafted by %4")
            .arg(d->version)
            .arg(esc(decisionStatusName(d->status)), esc(overallName(d->overall())), esc(d->draftedByName));
    if (!d->approvedBy.isEmpty())
        status += tr(", approved by %1 on %2")
                      .arg(esc(d->approvedByName), esc(QLocale().toString(d->approvedAt, QLocale::ShortFormat)));
    status += QLatin1Char('.');
    if (!d->returnComment.isEmpty() && d->status == DecisionStatus::Draft)
        status += QStringLiteral("<br><span class='fv-error'>⚠ ")
            + esc(tr("Returned with the comment: %1").arg(d->returnComment)) + QStringLiteral("</span>");
    if (record.decisions.size() > 1)
        status += QStringLiteral("<br>")
            + esc(tr("%n earlier version(s) kept.", nullptr, static_cast<int>(record.decisions.size() - 1)));
    m_decisionStatus->setText(tones::htmlStyle(QPalette::Window) + status);

    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Exemption from the duty of confidentiality")));
    if (!d->exemption.required)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not needed: the data are anonymous.")));
    else
        html += QStringLiteral("<p><b>%1</b> %2</p><p>%3</p>")
                    .arg(esc(d->exemption.granted ? tr("Granted.") : tr("Not granted.")),
                         esc(tr("Legal basis: %1.").arg(d->exemption.legalBasis)), esc(d->exemption.reasons));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Legal basis")), esc(d->legalBasis));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Reasons")), esc(d->reasons));
    html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Conditions")));
    for (const Condition &c : d->conditions)
        html += QStringLiteral("<li>%1</li>").arg(esc(c.text));
    html += QStringLiteral("</ol>");
    m_decisionText->setHtml(html);
}

// The letters sent in the case, each a link that opens the stored PDF.
void CaseView::showDocuments(const CaseRecord &record)
{
    if (record.documents.empty()) {
        m_documents->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("No letters sent yet. Case → Send letter… sends "
                            "one and keeps it here.")))
            + journalHtml());
        return;
    }
    QString html =
        QStringLiteral("<table cellpadding='4'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                       "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>")
            .arg(esc(tr("Our ref.")), esc(tr("Letter")), esc(tr("Language")), esc(tr("Sent")), esc(tr("By")));
    for (const StoredDocument &d : record.documents)
        html += QStringLiteral("<tr><td><a href='fv-document:%1'>%2-%1</a></td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(QString::number(d.number), esc(record.summary.caseNumber), esc(d.title), esc(d.language),
                         esc(QLocale().toString(d.createdAt, QLocale::ShortFormat)), esc(d.createdBy));
    html += QStringLiteral("</table><p class='fv-muted'>%1</p>")
                .arg(esc(tr("Click a reference to open the letter exactly as it was sent.")));
    m_documents->setHtml(tones::htmlStyle() + html + journalHtml());
}

// The case's journal (Noark 5): every document in and out, with its number, status and screening.
QString CaseView::journalHtml() const
{
    if (m_journal.empty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding='4'><tr>").arg(esc(tr("Journal")));
    for (const QString &h : {tr("Entry"), tr("Type"), tr("Journal no."), tr("Date"), tr("Status"), tr("Parties"),
                             tr("Public title"), tr("Closed")})
        html += QStringLiteral("<th align='left'>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const JournalEntry &e : m_journal) {
        QStringList parties;
        for (const JournalParty &p : e.parties)
            parties << e.publicName(p);
        QString closed;
        if (e.closure)
            closed = tr("%1 (%2)").arg(QLocale().toString(e.closure->on, QLocale::ShortFormat), e.closure->method);
        else if (e.isOpen())
            closed = tr("open");
        QString title = e.publicTitle();
        if (e.isScreened())
            title += QStringLiteral(" [") + tr("screened: %1").arg(e.screeningBasis) + QLatin1Char(']');
        if (e.fileId > 0) // a received file (the appeal, the appeal body's decision): opened on the Appeals tab
            title += QStringLiteral(" (") + tr("file: %1").arg(e.fileName) + QLatin1Char(')');
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td>%8</td></tr>")
                    .arg(esc(e.reference()), esc(displayName(e.type)), esc(e.journalNumber()),
                         esc(QLocale().toString(e.journalDate, QLocale::ShortFormat)), esc(displayName(e.status)),
                         esc(parties.join(QStringLiteral("; "))), esc(title), esc(closed));
    }
    return html + QStringLiteral("</table>");
}

} // namespace fv
