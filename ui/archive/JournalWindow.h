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

private:
    Session &m_session;
    JournalModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_party;
    QComboBox *m_type;
    QComboBox *m_status;
    QCheckBox *m_openOnly;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace fv
