// The decision editor's right side: the letter as it will read, and the summary line above.
#include "decision/DecisionEditor.h"
#include "letters/LetterRenderer.h"
#include "widgets/Accessibility.h"
#include "widgets/Tones.h"

#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace fv {
namespace {

// Typing settles for this long before the letter is laid out again.
constexpr int previewDelayMs = 300;

QString languageName(Language language)
{
    switch (language) {
    case Language::Nynorsk: return DecisionEditor::tr("nynorsk");
    case Language::English: return DecisionEditor::tr("English");
    case Language::Bokmaal: break;
    }
    return DecisionEditor::tr("bokmål");
}

QString statusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Draft: return DecisionEditor::tr("Draft");
    case DecisionStatus::Submitted: return DecisionEditor::tr("Awaiting approval");
    case DecisionStatus::Approved: return DecisionEditor::tr("Approved");
    case DecisionStatus::Superseded: return DecisionEditor::tr("Superseded");
    }
    return {};
}

QString overallName(OverallResult result)
{
    switch (result) {
    case OverallResult::Granted: return DecisionEditor::tr("granted");
    case OverallResult::PartlyGranted: return DecisionEditor::tr("partly granted");
    case OverallResult::Refused: return DecisionEditor::tr("refused");
    }
    return {};
}

QString money(int amount)
{
    // An amount never breaks across lines ("kr" / "3 000").
    return DecisionEditor::tr("NOK %1").arg(QLocale().toString(amount)).replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace

QWidget *DecisionEditor::buildPreview()
{
    auto *box = new QWidget(this);
    m_previewTitle = new QLabel(box);
    m_previewTitle->setWordWrap(true);
    m_previewTitle->setTextFormat(Qt::RichText);
    m_preview = new QTextBrowser(box);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    a11y::nameAfter(m_preview, tr("Letter preview")); // a document a screen reader lists
    m_preview->setOpenLinks(false);
    m_preview->document()->setDefaultStyleSheet(letterStyleSheet()); // the letter's house style
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPointSizeF(10.5);
    m_preview->document()->setDefaultFont(font);
    m_preview->document()->setDocumentMargin(20);
    // The letter as on paper, in its house style's colours (grey labels on white, 7.5:1), whatever
    // the desktop's palette: a white page would otherwise carry a dark palette's white text.
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    m_preview->setPalette(paper);
    m_preview->setStyleSheet(QStringLiteral("QTextBrowser { border: 1px solid palette(mid); }"));
    m_previewTitle->setText(
        tr("<b>The letter as it will read</b> (%1) – %2. Letterhead and page footer are added "
           "when printed.")
            .arg(languageName(m_letter.language).toHtmlEscaped(),
                 m_readOnly ? tr("this version, as saved") : tr("updated as you edit")));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &DecisionEditor::updatePreview);
    return box;
}

void DecisionEditor::schedulePreview()
{
    m_previewTimer->start();
}

void DecisionEditor::updatePreview()
{
    m_previewTimer->stop();
    if (m_letter.caseNumber.isEmpty()) // nothing loaded
        return;
    LetterInput input = m_letter;
    input.decision = m_state.decision;
    auto html = letterHtml(input);
    if (!html) {
        m_preview->setPlainText(html.error().toString());
        return;
    }
    // Keep the caseworker's place in the letter while it changes under them.
    QScrollBar *bar = m_preview->verticalScrollBar();
    const int at = bar->value();
    m_preview->setHtml(html.value());
    bar->setValue(at);
}

QString DecisionEditor::previewText()
{
    if (m_previewTimer->isActive())
        updatePreview();
    return m_preview->toPlainText();
}

void DecisionEditor::updateSummary()
{
    const Decision &d = m_state.decision;
    const Fee fee = m_prices
        ? computeFee(*m_prices, static_cast<int>(d.entries.size()), d.caseworkHours,
                     feeExemptionFromCode(d.feeExemption).value_or(FeeExemption::None))
        : Fee{};
    QString text =
        tr("<b>Case %1</b> · decision version %2 · <b>%3</b> · overall result: <b>%4</b> · fee: %5")
            .arg(m_caseNumber.toHtmlEscaped(), QString::number(d.version), statusName(d.status).toHtmlEscaped(),
                 overallName(d.overall()).toHtmlEscaped(), d.feeTotal ? money(*d.feeTotal) : money(fee.total));
    if (!d.returnComment.isEmpty() && d.status == DecisionStatus::Draft)
        text += QStringLiteral("<br><span class='fv-error'>⚠ %1</span>")
                    .arg(tr("Returned with the comment: %1").arg(d.returnComment).toHtmlEscaped());
    if (!m_readOnly) {
        const QStringList missing = missingReasons();
        if (!missing.isEmpty())
            text += QStringLiteral("<br><span class='fv-warning'>⚠ %1</span>")
                        .arg(tr("Still without a reason: %1").arg(missing.join(QStringLiteral("; "))).toHtmlEscaped());
    }
    m_summary->setText(tones::htmlStyle(QPalette::Window) + text);
}

QString DecisionEditor::feeText() const
{
    const Decision &d = m_state.decision;
    if (d.feeTotal)
        return tr("<b>%1</b>, fixed at approval with the prices from %2.")
            .arg(money(*d.feeTotal), QLocale().toString(d.feePriceFrom, QLocale::ShortFormat));
    if (!m_prices)
        return tr("No price table could be read; the fee cannot be computed.");
    const auto exemption = feeExemptionFromCode(d.feeExemption).value_or(FeeExemption::None);
    const int sources = static_cast<int>(d.entries.size());
    const Fee fee = computeFee(*m_prices, sources, d.caseworkHours, exemption);
    const QString prices = m_prices->validFrom.isValid()
        ? tr("Prices in force today, from %1.").arg(QLocale().toString(m_prices->validFrom, QLocale::ShortFormat))
        : tr("The built-in prices (no price table is stored).");
    if (exemption != FeeExemption::None)
        return tr("<b>No fee</b>: %1.").arg(feeExemptionText(exemption).toHtmlEscaped());
    return tr("<b>%1</b> = base price %2 for %n source(s) + %3 started hour(s) × %4.<br>%5", nullptr, sources)
        .arg(money(fee.total), money(fee.base))
        .arg(fee.startedHours)
        .arg(money(fee.hourlyRate), prices);
}

} // namespace fv
