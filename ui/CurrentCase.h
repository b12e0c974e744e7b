#pragma once

#include <QObject>
#include <QString>

namespace fv {

// The case the caseworker is looking at, one for the whole window: the work queue and the case
// list make a case current when the user selects it, the detail pane shows it, and every toolbar
// action and shortcut acts on it, whatever list is on screen.
class CurrentCase : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QString number() const { return m_number; }
    bool isEmpty() const { return m_number.isEmpty(); }
    void set(const QString &caseNumber)
    {
        if (caseNumber == m_number)
            return;
        m_number = caseNumber;
        emit changed(m_number);
    }

signals:
    void changed(const QString &caseNumber);

private:
    QString m_number;
};

} // namespace fv
