#pragma once

#include <QWidget>

class QLabel;

namespace fv {

// The first page of an empty case database: where the caseworker's first case comes from
// (an imported application-v1 file or one registered by hand), and where to try the program
// on example cases without mixing them into real casework (a demo database of its own).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The database the page speaks of, named in its heading.
    void setDatabaseName(const QString &fileName);

signals:
    void importRequested();
    void registerRequested();
    void newDemoRequested();
    void openRequested();

private:
    QLabel *m_database = nullptr;
};

} // namespace fv
