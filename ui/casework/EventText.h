#pragma once

#include <QCoreApplication>
#include <QString>

namespace fv {

// An event's stored detail as the caseworker reads it, in the GUI's language. The stored text
// is audit evidence and stays as the core wrote it (English, with codes and ISO dates); this
// recognises the core's own detail formats (listed in EventText.cpp, each one the exact format
// the core writes) and shows them translated, codes as words and dates as dd.MM.yyyy. A detail
// in no known format is shown as stored, its dates reformatted.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(fv::EventText)
public:
    static QString detail(const QString &kind, const QString &detail);
};

} // namespace fv
