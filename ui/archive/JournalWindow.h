#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace fv {

class JournalModel;
class Session;

// Arkiv → Journal: the journal searched by journal date, party, type and status; with "only
// open incoming" it is the restanse list (fvl § 11 a) with each entry's age.
class JournalWindow : public QDialog
{
    Q_OBJECT
public:
    JournalWindow(Session &session, bool restanse, QWidget *parent = nullptr);
    JournalModel *model() const { return m_model; }
    void search();
    // Screens the selected entry with the chosen basis, or lifts its screening, as one core
    // operation each (the rule book decides); the outcome is shown above the table.
    void screenSelected(bool screen);
    QComboBox *basisChoice() const { return m_basis; }
    QTableView *table() const { return m_table; }

private:
    Session &m_session;
    JournalModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_party;
    QComboBox *m_type;
    QComboBox *m_status;
    QCheckBox *m_openOnly;
    QComboBox *m_basis;
    QTableView *m_table;
    QLabel *m_summary;
    bool m_keepSummary = false;
};

} // namespace fv
