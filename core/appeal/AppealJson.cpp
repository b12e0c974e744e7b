#include "appeal/AppealJson.h"

#include "Clock.h"
#include "casework/CaseService.h"

#include <QJsonObject>

namespace fv {
namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(toStorage(d)) : QJsonValue();
}

QJsonValue codeOrNull(const QString &code)
{
    return code == QLatin1String("none") ? QJsonValue() : QJsonValue(code);
}

// A received file as the JSON names it, or null.
QJsonValue fileOrNull(const AppealRecord &r, qint64 id)
{
    const IncomingDocument *f = r.file(id);
    if (!f)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("id"), f->id},
        {QStringLiteral("fileName"), f->fileName},
        {QStringLiteral("mediaType"), f->mediaType},
        {QStringLiteral("size"), f->size},
        {QStringLiteral("sha256"), f->sha256}};
}

} // namespace

QJsonArray appealsToJson(const CaseRecord &record)
{
    QJsonArray out;
    for (const Appeal &a : record.appeals.appeals)
        out.append(QJsonObject{
            {QStringLiteral("state"), toCode(a.state())},
            {QStringLiteral("decisionVersion"), a.decisionVersion},
            {QStringLiteral("letterDocNo"), a.letterDocument},
            {QStringLiteral("letterSentOn"), dateOrNull(a.letterSentOn)},
            {QStringLiteral("receivedOn"), dateOrNull(a.receivedOn)},
            {QStringLiteral("postedOn"), dateOrNull(a.postedOn)},
            {QStringLiteral("appellant"), a.appellant},
            {QStringLiteral("contests"), a.contests},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("file"), fileOrNull(record.appeals, a.attachmentId)},
            {QStringLiteral("lastDay"), dateOrNull(a.lastDay)},
            {QStringLiteral("inTime"), a.inTime},
            {QStringLiteral("late"), codeOrNull(toCode(a.late))},
            {QStringLiteral("lateReason"), a.lateReason},
            {QStringLiteral("lateDecidedOn"), dateOrNull(a.lateDecidedOn)},
            {QStringLiteral("preparationDue"), dateOrNull(a.preparationDue)},
            {QStringLiteral("outcome"), codeOrNull(toCode(a.outcome))},
            {QStringLiteral("outcomeOn"), dateOrNull(a.outcomeOn)},
            {QStringLiteral("reversingVersion"),
             a.reversingVersion > 0 ? QJsonValue(a.reversingVersion) : QJsonValue()},
            {QStringLiteral("forwardedOn"), dateOrNull(a.forwardedOn)},
            {QStringLiteral("appealBody"),
             a.forwardedOn.isValid() ? QJsonValue(record.appeals.appealBody) : QJsonValue()},
            {QStringLiteral("hdsView"), a.hdsView},
            {QStringLiteral("commentDue"), dateOrNull(a.commentDue)},
            {QStringLiteral("bodyResult"), codeOrNull(toCode(a.bodyResult))},
            {QStringLiteral("bodyResultOn"), dateOrNull(a.bodyResultOn)},
            {QStringLiteral("bodyReference"), a.bodyReference},
            {QStringLiteral("bodyFile"), fileOrNull(record.appeals, a.bodyDocumentId)}});
    return out;
}

} // namespace fv
