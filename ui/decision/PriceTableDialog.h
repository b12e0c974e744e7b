#pragma once

#include "decision/Fees.h"

#include <QDialog>

#include <vector>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace fv {

class DateField;
class MessageBar;
class Session;

// HDS's dated price tables: every table kept, the one in force today marked. An administrator
// adds a table from a date (or corrects one); saved through PriceTables::save. Others read.
class PriceTableDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PriceTableDialog(Session &session, QWidget *parent = nullptr);

    // Saves the table in the form (false, with the reason in the message bar, when refused).
    bool save();
    // Starts a new table from `from`, with today's prices to change.
    void newTable(const QDate &from);
    const std::vector<PriceTable> &tables() const { return m_tables; }

    // For tests.
    DateField *dateField() const { return m_from; }
    QSpinBox *baseOneEdit() const { return m_baseOne; }
    QSpinBox *baseSeveralEdit() const { return m_baseSeveral; }
    QSpinBox *hourlyEdit() const { return m_hourly; }
    QTableWidget *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messages; }

private:
    void reload();
    void showRow(int row);
    void updateExample();

    Session &m_session;
    std::vector<PriceTable> m_tables;
    qint64 m_version = 0; // the price tables' version when loaded, checked on save
    bool m_editable = false;
    QTableWidget *m_table;
    DateField *m_from;
    QSpinBox *m_baseOne;
    QSpinBox *m_baseSeveral;
    QSpinBox *m_hourly;
    QLabel *m_example;
    MessageBar *m_messages;
};

} // namespace fv
