#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace fv {

// The coded values of application-v1 as a caseworker reads them: each code with a short
// translated label, in the spec's order, for the registration form's combo boxes.
class ApplicationChoices
{
    Q_DECLARE_TR_FUNCTIONS(fv::ApplicationChoices)
public:
    using Choices = std::vector<std::pair<QString, QString>>; // code, label

    static Choices purposes();
    static Choices article6(); // GDPR art. 6(1) letters a–f
    static Choices article9(); // GDPR art. 9(2) letters a–j
    static Choices dpia();     // done, planned, not-needed
    static Choices attachmentKinds();
};

} // namespace fv
