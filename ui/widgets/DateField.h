#pragma once

#include <QDate>
#include <QLineEdit> // lineEdit() is part of the interface: callers focus and select it
#include <QWidget>

class QToolButton;

namespace fv {

// A date a caseworker types (dd.mm.åååå, or åååå-mm-dd) or picks from a calendar, and that
// may also be empty: a required date left blank must be reported, not silently defaulted.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // Invalid when blank or not a date.
    QDate date() const;
    void setDate(const QDate &date);
    bool isBlank() const;
    void setReadOnly(bool readOnly);
    // Text that is there but is no calendar date ("31.02.2026", "i morgen").
    bool hasUnreadableText() const { return !isBlank() && !date().isValid(); }
    QLineEdit *lineEdit() const { return m_edit; }

    // Accepts dd.mm.yyyy, d.m.yyyy, ddmmyyyy and yyyy-mm-dd.
    static QDate parse(const QString &text);

signals:
    void changed();

protected:
    // The typing field takes the name of the label that names the date field.
    void showEvent(QShowEvent *event) override;

private:
    void showCalendar();

    QLineEdit *m_edit;
    QToolButton *m_pick;
};

} // namespace fv
