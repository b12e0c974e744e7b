#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <map>

class QLabel;
class QWidget;

namespace fv {

// Where each JSON path of an application ("project.end", "dataSources[1].variables") is
// shown in a form, so that a validation problem appears AT its field: a red frame round the
// input and the message in a small label under it.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QObject *parent = nullptr) : QObject(parent) {}

    // `input` above an (initially hidden) message label, as one widget for a layout;
    // `message` receives the label.
    static QWidget *withMessage(QWidget *input, QLabel **message);
    // The same, registered at `path`; `label` names the field in the summary ("Project › End").
    QWidget *wrap(QWidget *input, const QString &path, const QString &label);
    // `prefix` names the input when two share one message line ("Start", "End").
    void add(const QString &path, QWidget *input, QLabel *message, const QString &label, const QString &prefix = {});
    void removeStartingWith(const QString &prefix);

    void clear();
    // Shows `message` at `path`; false when no field has that path. Several messages at one
    // field are shown one a line.
    bool show(const QString &path, const QString &message);

    QWidget *input(const QString &path) const;
    QString label(const QString &path) const;
    QString message(const QString &path) const; // what is shown there now, "" if nothing
    QStringList pathsShowing() const;

    // The red frame, for inputs outside the registry too (a table cell's table).
    static void mark(QWidget *input, bool bad);

private:
    struct Field
    {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
        QString label;
        QString prefix;
    };
    std::map<QString, Field> m_fields;
};

} // namespace fv
