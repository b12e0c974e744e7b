#include "WelcomePage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fv {

namespace {

// One way forward: a button and a line saying what it does.
QPushButton *addChoice(QGridLayout *grid, const QIcon &icon, const QString &button, const QString &explanation)
{
    const int row = grid->rowCount();
    auto *b = new QPushButton(icon, button);
    b->setMinimumHeight(36);
    auto *text = new QLabel(explanation);
    text->setWordWrap(true);
    grid->addWidget(b, row, 0);
    grid->addWidget(text, row, 1);
    return b;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_database(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *heading = new QLabel(tr("Welcome to Fellesvedtak"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    m_database->setWordWrap(true);
    auto *intro = new QLabel(tr("There are no cases in this database yet. Start with an application:"), this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(1, 1);
    QStyle *s = style();
    auto *import = addChoice(grid, s->standardIcon(QStyle::SP_DialogOpenButton), tr("Import applications…"),
                             tr("Read one or more application files (application-v1 JSON) sent by applicants."));
    auto *manual = addChoice(grid, s->standardIcon(QStyle::SP_FileIcon), tr("Register an application by hand…"),
                             tr("Type in an application that came on paper or by e-mail."));
    auto *demo = addChoice(grid, s->standardIcon(QStyle::SP_DirHomeIcon), tr("New demo database…"),
                           tr("Try Fellesvedtak on example cases in a separate demo database. The example cases "
                              "never mix with the real cases in this one."));
    auto *open = addChoice(grid, s->standardIcon(QStyle::SP_DirOpenIcon), tr("Open another database…"),
                           tr("Work in a case database that already exists, for example the team's shared one."));
    import->setObjectName(QStringLiteral("welcomeImport"));
    manual->setObjectName(QStringLiteral("welcomeRegister"));
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    open->setObjectName(QStringLiteral("welcomeOpen"));
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(manual, &QPushButton::clicked, this, &WelcomePage::registerRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::newDemoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *cl = new QVBoxLayout(column);
    cl->addWidget(heading);
    cl->addWidget(m_database);
    cl->addSpacing(8);
    cl->addWidget(intro);
    cl->addSpacing(4);
    cl->addLayout(grid);
    cl->addStretch(1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addWidget(column, 1, Qt::AlignHCenter | Qt::AlignTop);
}

void WelcomePage::setDatabaseName(const QString &fileName)
{
    m_database->setText(tr("The case database %1 is open.").arg(fileName));
}

} // namespace fv
