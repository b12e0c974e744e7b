#include "Permission.h"

#include "Session.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>

namespace fv {
namespace {

// The one thing the GUI adds to the rule book: a database opened read-only takes no change
// (the window says why in a banner).
Status writable(Session &session)
{
    if (!session.isOpen())
        return fail(QCoreApplication::translate("fv::Application", "No database is open."));
    if (session.database().isReadOnly())
        return fail(QCoreApplication::translate("fv::Application", "The database is open read-only."));
    return ok();
}

} // namespace

Status permitted(Action action, Session &session, const CaseRecord *record)
{
    if (Status s = writable(session); !s)
        return s;
    return can(action, session.user(), record);
}

Status permittedAssessment(AssessmentItem item, Session &session, const CaseRecord &record)
{
    if (Status s = writable(session); !s)
        return s;
    return canAssess(session.user(), &record, item);
}

void applyPermission(QAction *action, const Status &allowed, const QString &tip)
{
    action->setEnabled(allowed.ok());
    action->setToolTip(
        allowed ? (tip.isEmpty() ? action->text().remove(QLatin1Char('&')) : tip) : allowed.error().message);
    // A disabled button says why to a screen reader too, not only in a tooltip the mouse shows.
    for (QObject *o : action->associatedObjects())
        if (auto *button = qobject_cast<QAbstractButton *>(o))
            button->setAccessibleDescription(allowed ? QString() : allowed.error().message);
}

} // namespace fv
