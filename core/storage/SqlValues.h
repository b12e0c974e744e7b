#pragma once

#include "Clock.h"
#include "Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace fv {

// A date for a nullable date column: its storage form, or NULL when the date is not set.
inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(toStorage(d)) : sqlNull();
}

// A write's result as a Status: the statement's error, or ok.
inline Status done(const Result<QSqlQuery> &r)
{
    return r ? ok() : Status(r.error());
}

} // namespace fv
