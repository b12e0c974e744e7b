#include "letters/LetterChoice.h"

#include "letters/DialogueContext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace fv {
namespace {

std::optional<std::optional<LetterChoice>> nextChoice;

} // namespace

QString letterKindName(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Decision: return QCoreApplication::translate("fv::LetterChoice", "Decision");
    case LetterKind::Receipt: return QCoreApplication::translate("fv::LetterChoice", "Receipt");
    case LetterKind::InfoRequest: return QCoreApplication::translate("fv::LetterChoice", "Request for information");
    case LetterKind::Reminder: return QCoreApplication::translate("fv::LetterChoice", "Reminder");
    case LetterKind::PreliminaryReply: return QCoreApplication::translate("fv::LetterChoice", "Preliminary reply");
    case LetterKind::Forwarding:
        return QCoreApplication::translate("fv::LetterChoice", "Forwarding to the registry manager");
    case LetterKind::ProjectEndReminder:
        return QCoreApplication::translate("fv::LetterChoice", "End-of-project reminder");
    case LetterKind::RegistryNotice:
        return QCoreApplication::translate("fv::LetterChoice", "Notice to the registry manager");
    case LetterKind::Rejection:
        return QCoreApplication::translate("fv::LetterChoice", "Rejection (no answer from the applicant)");
    case LetterKind::StatementForComment:
        return QCoreApplication::translate("fv::LetterChoice", "Registry manager's statement for comment");
    case LetterKind::RevocationNotice:
        return QCoreApplication::translate("fv::LetterChoice", "Advance notice of revocation");
    case LetterKind::RevocationDecision: return QCoreApplication::translate("fv::LetterChoice", "Revocation decision");
    case LetterKind::StopDelivery:
        return QCoreApplication::translate("fv::LetterChoice", "Stop-delivery notice to the registry manager");
    case LetterKind::SuspensionDecision:
        return QCoreApplication::translate("fv::LetterChoice", "Decision on suspended implementation");
    case LetterKind::AppealReceived: return QCoreApplication::translate("fv::LetterChoice", "Appeal received");
    case LetterKind::AppealForwarding:
        return QCoreApplication::translate("fv::LetterChoice", "Appeal forwarded to the appeal body");
    case LetterKind::AppealCopy:
        return QCoreApplication::translate("fv::LetterChoice", "Copy of the appeal forwarding to the appellant");
    case LetterKind::AppealRejection:
        return QCoreApplication::translate("fv::LetterChoice", "Rejection of a late appeal");
    }
    return {};
}

QString letterLanguageName(Language language)
{
    switch (language) {
    case Language::Bokmaal: return QStringLiteral("Norsk bokmål");
    case Language::Nynorsk: return QStringLiteral("Norsk nynorsk");
    case Language::English: return QStringLiteral("English");
    }
    return {};
}

void addLetterKinds(QComboBox *box)
{
    for (LetterKind kind : allLetterKinds())
        box->addItem(letterKindName(kind), toCode(kind));
}

void addLetterLanguages(QComboBox *box)
{
    for (Language language : {Language::Bokmaal, Language::Nynorsk, Language::English})
        box->addItem(letterLanguageName(language), toCode(language));
}

void setNextLetterChoice(std::optional<LetterChoice> choice)
{
    nextChoice = choice;
}

std::optional<LetterChoice> askLetterChoice(QWidget *parent, const QString &title, Language language)
{
    if (nextChoice) {
        const auto scripted = *nextChoice;
        nextChoice.reset();
        return scripted;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *kinds = new QComboBox(&dialog);
    auto *languages = new QComboBox(&dialog);
    addLetterKinds(kinds);
    addLetterLanguages(languages);
    languages->setCurrentIndex(languages->findData(toCode(language)));
    // A preliminary reply says why the case takes time: a standard reason, or the caseworker's own words.
    auto *reasons = new QComboBox(&dialog);
    reasons->setObjectName(QStringLiteral("delayReason"));
    reasons->setEditable(true);
    reasons->addItem(QString(), QString());
    for (const DelayReason &r : delayReasons())
        reasons->addItem(delayReasonName(r.code), r.code);
    reasons->setToolTip(QCoreApplication::translate(
        "fv::LetterChoice", "Why the case takes time: choose a standard reason or write the reason yourself"));
    const auto showReason = [kinds, reasons] {
        reasons->setEnabled(kinds->currentData().toString() == toCode(LetterKind::PreliminaryReply));
    };
    QObject::connect(kinds, &QComboBox::currentIndexChanged, reasons, showReason);
    showReason();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("fv::LetterChoice", "&Letter:"), kinds);
    form->addRow(QCoreApplication::translate("fv::LetterChoice", "L&anguage:"), languages);
    form->addRow(QCoreApplication::translate("fv::LetterChoice", "&Reason for the delay:"), reasons);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    // A chosen standard reason is sent by its code (the letter words it in its own language);
    // anything typed is the caseworker's own reason.
    const bool standard = reasons->currentIndex() > 0
        && reasons->currentText() == reasons->itemText(reasons->currentIndex());
    const QString reason = standard ? reasons->currentData().toString() : reasons->currentText().trimmed();
    return LetterChoice{letterKindFromCode(kinds->currentData().toString()).value_or(LetterKind::Decision),
                        languageFromCode(languages->currentData().toString()).value_or(language), reason};
}

} // namespace fv
