// Problems shown where they are: at the field (red frame, message under it), in the tab's title,
// and in a summary on top whose links take the caseworker to each field.
#include "application/ApplicationForm.h"
#include "application/DataSourceEditor.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBar.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocumentFragment>

#include <algorithm>
#include <climits>

namespace fv {
namespace {

constexpr int summaryLines = 5;

// A cell with a problem: a tint of the table's background from the palette in use.
QColor cellErrorColour()
{
    return tones::background(Tone::Error, QApplication::palette(), QPalette::Base);
}

// "personsWithAccess[2].name" -> list, index, key
struct CellPath
{
    QString list;
    int index = -1;
    QString key;
};

std::optional<CellPath> cellPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(personsWithAccess|attachments)\\[(\\d+)\\]\\.(\\w+)$"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    return CellPath{m.captured(1), m.captured(2).toInt(), m.captured(3)};
}

// One entry of a list of texts is shown at the list's field: "linkage.keys[1]" -> "linkage.keys".
QString fieldPathOf(const QString &path)
{
    static const QRegularExpression item(
        QStringLiteral("^(dataSources\\[\\d+\\]\\.variables|linkage\\.keys|linkage\\.externalSources)\\[\\d+\\]$"));
    const auto m = item.match(path);
    return m.hasMatch() ? m.captured(1) : path;
}

int columnOf(const CellPath &cell)
{
    static const QStringList persons{QStringLiteral("name"), QStringLiteral("institution")};
    static const QStringList attachments{QStringLiteral("kind"), QStringLiteral("fileName"), QStringLiteral("sha256")};
    return int((cell.list == QLatin1String("attachments") ? attachments : persons).indexOf(cell.key));
}

} // namespace

std::vector<ValidationIssue> ApplicationForm::formIssues() const
{
    // What only the form can see: a date field holding text that is no date, a choice not made.
    std::vector<ValidationIssue> issues;
    std::vector<std::pair<QString, const DateField *>> dates = {
        {QStringLiteral("received"), m_received},
        {QStringLiteral("project.start"), m_start},
        {QStringLiteral("project.end"), m_end},
        {QStringLiteral("project.deletionDate"), m_deletion}};
    if (m_hasRek->isChecked())
        dates.emplace_back(QStringLiteral("rek.approvedOn"), m_rekApproved);
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        const QString path = QStringLiteral("dataSources[%1].").arg(i);
        dates.emplace_back(path + QStringLiteral("periodFrom"), m_sources[i]->fromField());
        dates.emplace_back(path + QStringLiteral("periodTo"), m_sources[i]->toField());
    }
    for (const auto &[path, field] : dates)
        if (field->hasUnreadableText())
            issues.push_back({path, tr("“%1” is not a date: write it as dd.mm.yyyy.").arg(field->lineEdit()->text())});
    if (m_identifiability->currentIndex() < 0)
        issues.push_back({QStringLiteral("identifiability"), tr("Choose how identifiable the data are.")});
    return issues;
}

std::vector<ValidationIssue> ApplicationForm::validate()
{
    const Application app = application();
    std::vector<ValidationIssue> issues = formIssues();
    QSet<QString> seen;
    for (const ValidationIssue &issue : issues)
        seen.insert(issue.path);
    for (const ValidationIssue &issue : validateApplication(app))
        if (!seen.contains(issue.path)) // the form's own words say more about an unreadable date
            issues.push_back(issue);    // the core says it, translated where it is written
    sortByFormOrder(issues);
    m_issues = issues;
    showIssues(issues);
    return issues;
}

void ApplicationForm::sortByFormOrder(std::vector<ValidationIssue> &issues) const
{
    // The focus chain follows the visual order of the form, page by page, column by column.
    QHash<const QWidget *, int> chain;
    const QWidget *w = this;
    for (int i = 0; w && i < 20000; ++i) {
        chain.insert(w, i);
        w = w->nextInFocusChain();
        if (w == this)
            break;
    }
    const auto rank = [&](const ValidationIssue &issue) { return chain.value(field(issue.path), INT_MAX); };
    std::stable_sort(issues.begin(), issues.end(), [&](const ValidationIssue &a, const ValidationIssue &b) {
        return rank(a) < rank(b);
    });
}

void ApplicationForm::showIssues(const std::vector<ValidationIssue> &issues)
{
    m_errors->clear();
    clearTableMarks(m_persons);
    clearTableMarks(m_attachments);
    for (const ValidationIssue &issue : issues)
        if (!showInTable(issue, issue.message))
            m_errors->show(fieldPathOf(issue.path), issue.message); // else in the summary only
    updateTabTitles(issues);
    showSummary(issues);
}

bool ApplicationForm::showInTable(const ValidationIssue &issue, const QString &message)
{
    const auto cell = cellPath(issue.path);
    if (!cell)
        return false;
    const bool persons = cell->list == QLatin1String("personsWithAccess");
    QTableWidget *table = persons ? m_persons : m_attachments;
    const std::vector<int> &rows = persons ? m_personRows : m_attachmentRows;
    const int column = columnOf(*cell);
    if (cell->index < 0 || std::size_t(cell->index) >= rows.size() || column < 0)
        return false;
    const int row = rows[std::size_t(cell->index)];
    if (QWidget *widget = table->cellWidget(row, column)) {
        FieldErrors::mark(widget, true);
        widget->setToolTip(message);
    } else {
        const QSignalBlocker quiet(table); // marking a cell is no edit
        QTableWidgetItem *item = table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            table->setItem(row, column, item);
        }
        item->setBackground(cellErrorColour());
        item->setToolTip(message);
    }
    const QString header = table->horizontalHeaderItem(column)->text();
    m_errors->show(cell->list, tr("Row %1, %2: %3").arg(row + 1).arg(header.toLower(), message));
    return true;
}

void ApplicationForm::clearTableMarks(QTableWidget *table)
{
    const QSignalBlocker quiet(table);
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QTableWidgetItem *item = table->item(row, column)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            } else if (QWidget *widget = table->cellWidget(row, column)) {
                FieldErrors::mark(widget, false);
                widget->setToolTip(QString());
            }
        }
}

QWidget *ApplicationForm::field(const QString &path) const
{
    if (const auto cell = cellPath(path))
        return cell->list == QLatin1String("attachments") ? m_attachments : m_persons;
    return m_errors->input(fieldPathOf(path));
}

QString ApplicationForm::labelOf(const QString &path) const
{
    if (const auto cell = cellPath(path)) {
        const bool persons = cell->list == QLatin1String("personsWithAccess");
        const std::vector<int> &rows = persons ? m_personRows : m_attachmentRows;
        const int row = std::size_t(cell->index) < rows.size() ? rows[std::size_t(cell->index)] : cell->index;
        QTableWidget *table = persons ? m_persons : m_attachments;
        const int column = std::max(columnOf(*cell), 0);
        return tr("%1 › row %2, %3")
            .arg(m_errors->label(cell->list))
            .arg(row + 1)
            .arg(table->horizontalHeaderItem(column)->text().toLower());
    }
    const QString label = m_errors->label(fieldPathOf(path));
    return label.isEmpty() ? path : label;
}

void ApplicationForm::updateTabTitles(const std::vector<ValidationIssue> &issues)
{
    for (int t = 0; t < m_tabs->count(); ++t) {
        const QWidget *page = m_tabs->widget(t);
        const auto count = std::count_if(issues.begin(), issues.end(), [&](const ValidationIssue &issue) {
            const QWidget *w = field(issue.path);
            return w && page->isAncestorOf(w);
        });
        QString title = m_tabTitles.at(t);
        if (t == SourcesPage)
            title = QStringLiteral("%1 (%2)").arg(title).arg(m_sources.size());
        if (count > 0)
            title = tr("%1 – %n to fix", nullptr, int(count)).arg(title);
        m_tabs->setTabText(t, title);
        m_tabs->setTabIcon(t, count > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

void ApplicationForm::showSummary(const std::vector<ValidationIssue> &issues, const QString &extra)
{
    if (issues.empty() && extra.isEmpty()) {
        m_summary->hide();
        return;
    }
    QString html;
    if (!issues.empty()) {
        html = QStringLiteral("<b>%1</b>")
                   .arg(tr("The application is not saved: %n field(s) to put right.", nullptr, int(issues.size()))
                            .toHtmlEscaped());
        const int shown = std::min<int>(summaryLines, int(issues.size()));
        for (int i = 0; i < shown; ++i)
            html += QStringLiteral("<br>• <a href=\"%1\">%2</a>: %3")
                        .arg(i)
                        .arg(labelOf(issues[std::size_t(i)].path).toHtmlEscaped(),
                             issues[std::size_t(i)].message.toHtmlEscaped());
        if (int(issues.size()) > shown)
            html += QStringLiteral("<br>")
                + tr("… and %n more, each marked in red at its field.", nullptr, int(issues.size()) - shown)
                      .toHtmlEscaped();
    }
    if (!extra.isEmpty())
        html += (html.isEmpty() ? QString() : QStringLiteral("<br>"))
            + QStringLiteral("<b>%1</b>").arg(extra.toHtmlEscaped());
    m_summary->setText(html);
    m_summary->show();
}

QString ApplicationForm::summaryText() const
{
    return m_summary->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

QString ApplicationForm::noteText() const
{
    return m_editable ? QString() : m_note->text();
}

QString ApplicationForm::errorAt(const QString &path) const
{
    if (const auto cell = cellPath(path)) {
        const bool persons = cell->list == QLatin1String("personsWithAccess");
        const std::vector<int> &rows = persons ? m_personRows : m_attachmentRows;
        const QTableWidget *table = persons ? m_persons : m_attachments;
        if (std::size_t(cell->index) >= rows.size())
            return {};
        const int row = rows[std::size_t(cell->index)];
        if (const QWidget *widget = table->cellWidget(row, columnOf(*cell)))
            return widget->toolTip();
        const QTableWidgetItem *item = table->item(row, columnOf(*cell));
        return item ? item->toolTip() : QString();
    }
    return m_errors->message(fieldPathOf(path));
}

QStringList ApplicationForm::errorPaths() const
{
    QStringList paths;
    for (const ValidationIssue &issue : m_issues)
        paths << issue.path;
    return paths;
}

void ApplicationForm::focusIssue(int index)
{
    if (index < 0 || std::size_t(index) >= m_issues.size())
        return;
    const QString &path = m_issues[std::size_t(index)].path;
    QWidget *w = field(path);
    if (!w)
        return;
    for (int t = 0; t < m_tabs->count(); ++t)
        if (m_tabs->widget(t)->isAncestorOf(w))
            m_tabs->setCurrentIndex(t);
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            area->ensureWidgetVisible(w, 40, 80);
            break;
        }
    if (const auto cell = cellPath(path)) {
        const std::vector<int> &rows = cell->list == QLatin1String("attachments") ? m_attachmentRows : m_personRows;
        if (std::size_t(cell->index) < rows.size())
            qobject_cast<QTableWidget *>(w)->setCurrentCell(
                rows[std::size_t(cell->index)], std::max(columnOf(*cell), 0));
    }
    w->setFocus(Qt::OtherFocusReason);
}

// A refusal from the core after the form's own check passed (a reference already registered,
// someone else changed the case meanwhile): at its field when it names one, else on top.
void ApplicationForm::showCoreRefusal(const Error &error)
{
    const qsizetype colon = error.message.indexOf(QStringLiteral(": "));
    const QString path = colon > 0 ? error.message.left(colon) : QString();
    if (!path.isEmpty() && field(path)) {
        m_issues = {{path, error.message.mid(colon + 2)}};
        showIssues(m_issues);
        focusIssue(0);
        return;
    }
    m_issues.clear();
    showIssues({});
    showSummary({}, error.toString());
}

} // namespace fv
