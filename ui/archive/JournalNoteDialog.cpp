#include "archive/JournalNoteDialog.h"

#include "Session.h"
#include "widgets/Accessibility.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fv {

JournalNoteDialog::JournalNoteDialog(Session &session, const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseNumber(caseNumber)
    , m_messages(new MessageBar(this))
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_followUp(new QCheckBox(tr("For &follow-up (N); otherwise without follow-up (X)"), this))
    , m_closes(new QComboBox(this))
    , m_screening(new QComboBox(this))
{
    setWindowTitle(tr("Journal a note in case %1").arg(caseNumber));
    setObjectName(QStringLiteral("journalNoteDialog"));
    m_messages->hide();
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true); // Tab leaves the text: the dialog is usable by keyboard alone
    m_text->setPlaceholderText(tr("Kept as an internal note of the case and archived with the entry"));
    m_followUp->setObjectName(QStringLiteral("noteFollowUp"));
    m_closes->setObjectName(QStringLiteral("noteCloses"));
    m_screening->setObjectName(QStringLiteral("noteScreening"));
    // An entry's long title may not squeeze the labels: the lists are as wide as 40 characters.
    for (QComboBox *box : {m_closes, m_screening}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(40);
    }
    connect(m_title, &QLineEdit::textEdited, m_messages, &QWidget::hide); // the refusal is answered

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label never squeezed: above its field if need be
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
        a11y::nameAfter(field, label);
    };
    row(tr("&Title:"), m_title);
    row(tr("Te&xt:"), m_text);
    form->addRow(QString(), m_followUp);
    row(tr("&Closes incoming entry:"), m_closes);
    row(tr("&Screening:"), m_screening);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Journal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JournalNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fillChoices();
    m_title->setFocus();
    Dialogs::fitTitle(*this);
}

// The case's open incoming entries and the screening bases on the list.
void JournalNoteDialog::fillChoices()
{
    JournalService journal(m_session.cases());
    m_closes->addItem(tr("None"), 0);
    if (auto entries = journal.forCase(m_caseNumber)) {
        for (const JournalEntry &e : entries.value())
            if (e.isOpen())
                m_closes->addItem(QStringLiteral("%1 – %2").arg(e.reference(), e.title), e.number);
    }
    m_screening->addItem(tr("Public"), QString());
    if (auto bases = journal.screeningBases()) {
        for (const QString &b : bases.value())
            m_screening->addItem(tr("Screened: %1").arg(b), b);
    }
}

void JournalNoteDialog::accept()
{
    JournalNoteRequest note;
    note.title = m_title->text();
    note.text = m_text->toPlainText();
    note.followUp = m_followUp->isChecked();
    note.closes = m_closes->currentData().toInt();
    note.screeningBasis = m_screening->currentData().toString();
    auto entry = JournalService(m_session.cases()).journalNote(m_caseNumber, note);
    if (!entry) {
        m_messages->show(MessageBar::Kind::Error, entry.error().message);
        m_messages->takeFocus();
        return;
    }
    m_entry = entry.value();
    QDialog::accept();
}

} // namespace fv
