#pragma once

#include "application/Application.h"
#include "registry/Registry.h"

#include <QGroupBox>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fv {

class DateField;
class FieldErrors;

// One data source of an application in the registration form: the registry (by its full
// name), the period, the variables (the registry's catalogue as check boxes, plus any the
// applicant named that the catalogue lacks) and why they are needed.
class DataSourceEditor : public QGroupBox
{
    Q_OBJECT
public:
    DataSourceEditor(const std::vector<Registry> &registries, QWidget *parent = nullptr);

    void setSource(const DataSource &source);
    DataSource source() const;
    // Its place in the list: the title and the JSON paths its fields answer to.
    void setIndex(int index, FieldErrors &errors);
    void setReadOnly(bool readOnly);

    QComboBox *registryBox() const { return m_registry; }
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    QListWidget *variableList() const { return m_variables; }
    QLineEdit *otherVariable() const { return m_other; }
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    // Ticks `name`, adding it as a variable outside the catalogue when it is not there.
    void checkVariable(const QString &name);

signals:
    void changed();
    void removeRequested(fv::DataSourceEditor *editor);

private:
    void buildLayout();
    void showCatalogueOf(const QString &code, const QStringList &checked);
    void addOtherVariable();
    QString registryCode() const;

    const std::vector<Registry> &m_registries;
    QComboBox *m_registry;
    QPushButton *m_remove;
    DateField *m_from;
    DateField *m_to;
    QListWidget *m_variables;
    QLineEdit *m_other;
    QPushButton *m_addOther;
    QPlainTextEdit *m_justification;
    QLabel *m_registryMessage = nullptr;
    QLabel *m_periodMessage = nullptr;
    QLabel *m_variablesMessage = nullptr;
    QLabel *m_justificationMessage = nullptr;
};

} // namespace fv
