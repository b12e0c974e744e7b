#pragma once

#include "registry/Registry.h"

#include <QDialog>

#include <map>
#include <vector>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace fv {

class MessageBar;
class Session;

// The registry catalogue, editable by an administrator: names, manager, regulation and
// each registry's variables. Others see it read-only.
class RegistryCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    RegistryCatalogueDialog(Session &session, QWidget *parent = nullptr);

    bool save(); // the shown registry; false (with the message shown) when refused

private:
    void showRegistry(int row);
    Registry fromForm() const;
    void rememberVersions();

    Session &m_session;
    std::vector<Registry> m_registries;
    std::map<QString, qint64> m_versions; // per registry code: the version loaded, checked on save
    int m_current = -1;
    bool m_editable = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_nameNn;
    QLineEdit *m_nameEn;
    QLineEdit *m_manager;
    QLineEdit *m_regulation;
    QPlainTextEdit *m_notes;
    QTableWidget *m_variables;
    MessageBar *m_messages;
};

} // namespace fv
