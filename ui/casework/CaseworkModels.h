#pragma once

#include "casework/CaseworkTypes.h"

#include <QAbstractTableModel>
#include <QDate>

#include <map>
#include <vector>

namespace fv {

// The legal-assessment checklist of one case: one row per item, in the order of the domain
// notes. Thin: it shows what CaseworkStore loaded; changes go through CaseworkService.
class AssessmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Item, Required, Result, Note, AssessedBy, ColumnCount };
    enum Roles { ItemRole = Qt::UserRole + 1 }; // the item as int(AssessmentItem)

    explicit AssessmentModel(QObject *parent = nullptr);
    // `userNames` maps a login to a full name, shown in the "By" column.
    void setAssessment(const Assessment &assessment, const std::map<QString, QString> &userNames = {});
    const AssessmentEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AssessmentEntry> m_entries;
    std::map<QString, QString> m_userNames;
};

// The registry managers' consultations of one case, overdue ones marked in colour and words.
class ConsultationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Registry, Sent, Due, State, Answer, Note, ColumnCount };

    explicit ConsultationModel(QObject *parent = nullptr);
    void setConsultations(const std::vector<Consultation> &consultations, const QDate &today);
    const Consultation *consultationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Consultation> m_rows;
    QDate m_today;
};

} // namespace fv
