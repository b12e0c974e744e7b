#include "NorwegianCalendar.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace fv {

namespace {

constexpr int firstGregorianYear = 1583;
constexpr int lastSupportedYear = 9999;

// QDate has no year 0: the year before 1 is -1.
int nextYear(int year, int step)
{
    const int next = year + step;
    return next == 0 ? next + step : next;
}

int daysInYear(int year)
{
    return QDate::isLeapYear(year) ? 366 : 365;
}

// A holiday is either a fixed (month, day) or, with month 0, an offset from Easter Sunday.
struct HolidayRule
{
    int month;
    int day;
    const char16_t *nameNb;
    const char16_t *nameEn;
};

constexpr HolidayRule holidayRules[] = {
    {1, 1, u"Nyttårsdag", u"New Year's Day"},      {0, -3, u"Skjærtorsdag", u"Maundy Thursday"},
    {0, -2, u"Langfredag", u"Good Friday"},        {0, 0, u"1. påskedag", u"Easter Sunday"},
    {0, 1, u"2. påskedag", u"Easter Monday"},      {5, 1, u"Offentlig høytidsdag", u"Labour Day"},
    {5, 17, u"Grunnlovsdag", u"Constitution Day"}, {0, 39, u"Kristi himmelfartsdag", u"Ascension Day"},
    {0, 49, u"1. pinsedag", u"Whit Sunday"},       {0, 50, u"2. pinsedag", u"Whit Monday"},
    {12, 25, u"1. juledag", u"Christmas Day"},     {12, 26, u"2. juledag", u"Boxing Day"},
};

// A paused stretch as Julian days [from, to); `to` is openEnd while the pause is open.
struct Span
{
    qint64 from;
    qint64 to;
};

constexpr qint64 openEnd = std::numeric_limits<qint64>::max();

// Sorted, merged spans, so the deadline can jump from one pause to the next.
std::vector<Span> pausedSpans(const std::vector<Pause> &pauses)
{
    std::vector<Span> spans;
    for (const Pause &pause : pauses) {
        if (!pause.from.isValid())
            continue;
        const qint64 to = pause.to.isValid() ? pause.to.toJulianDay() : openEnd;
        if (to > pause.from.toJulianDay())
            spans.push_back({pause.from.toJulianDay(), to});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    std::vector<Span> merged;
    for (const Span &span : spans) {
        if (!merged.empty() && span.from <= merged.back().to)
            merged.back().to = std::max(merged.back().to, span.to);
        else
            merged.push_back(span);
    }
    return merged;
}

} // namespace

QDate easterSunday(int year)
{
    if (year < firstGregorianYear || year > lastSupportedYear)
        return {};
    // Gauss's algorithm (the golden test data uses Meeus/Jones/Butcher, so the two check each other).
    const int a = year % 19;
    const int b = year % 4;
    const int c = year % 7;
    const int k = year / 100;
    const int p = (13 + 8 * k) / 25;
    const int q = k / 4;
    const int m = (15 - p + k - q) % 30;
    const int n = (4 + k - q) % 7;
    const int d = (19 * a + m) % 30;
    const int e = (2 * b + 4 * c + 6 * d + n) % 7;
    // Gauss's two exceptions keep Easter on or before 25 April.
    if (d == 29 && e == 6)
        return QDate(year, 4, 19);
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19)
        return QDate(year, 4, 18);
    return QDate(year, 3, 22).addDays(d + e);
}

std::vector<Holiday> statutoryHolidays(int year)
{
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return {};
    std::vector<Holiday> holidays;
    holidays.reserve(std::size(holidayRules));
    for (const HolidayRule &rule : holidayRules) {
        const QDate date = rule.month == 0 ? easter.addDays(rule.day) : QDate(year, rule.month, rule.day);
        holidays.push_back({date, QString::fromUtf16(rule.nameNb), QString::fromUtf16(rule.nameEn)});
    }
    // Stable: a shared date (1 May = Ascension Day) keeps the order of the rules.
    std::stable_sort(holidays.begin(), holidays.end(), [](const Holiday &a, const Holiday &b) {
        return a.date < b.date;
    });
    return holidays;
}

WorkingDayCalendar::WorkingDayCalendar() = default;

void WorkingDayCalendar::setExtraClosedDates(std::vector<QDate> dates)
{
    m_extraDates = std::move(dates);
    m_cache.clear();
}

void WorkingDayCalendar::setExtraClosedMonthDays(std::vector<std::pair<int, int>> monthDays)
{
    m_extraMonthDays = std::move(monthDays);
    m_cache.clear();
}

bool WorkingDayCalendar::isWorkingDay(const QDate &date) const
{
    return date.isValid() && !yearData(date.year()).closed.test(date.dayOfYear());
}

QDate WorkingDayCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid() || n == 0)
        return from;
    // Search the running counts year by year instead of walking day by day: this runs for
    // every case in a list. Forwards we want the first day whose count reaches `target`.
    const qint64 remaining = n < 0 ? -qint64(n) : qint64(n);
    int year = from.year();
    const int start = from.dayOfYear();
    const auto dayIn = [](int y, int day) { return QDate(y, 1, 1).addDays(day - 1); };
    if (n >= 0) {
        qint64 target = yearData(year).workingThrough[start] + remaining;
        for (;;) {
            const auto &counts = yearData(year).workingThrough;
            const int days = daysInYear(year);
            if (target <= counts[days])
                return dayIn(year,
                             int(std::lower_bound(counts.begin(), counts.begin() + days + 1, target) - counts.begin()));
            target -= counts[days];
            year = nextYear(year, 1);
        }
    }
    // Backwards we want the working day d with exactly `remaining` working days in [d, from):
    // the first day whose count is (count before `from`) - remaining + 1.
    qint64 target = yearData(year).workingThrough[start - 1] - remaining;
    while (target < 0) {
        year = nextYear(year, -1);
        target += yearData(year).workingThrough[daysInYear(year)];
    }
    const auto &counts = yearData(year).workingThrough;
    return dayIn(
        year,
        int(std::lower_bound(counts.begin() + 1, counts.begin() + daysInYear(year) + 1, target + 1) - counts.begin()));
}

int WorkingDayCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = -int(yearData(from.year()).workingThrough[from.dayOfYear()]);
    for (int year = from.year(); year != to.year(); year = nextYear(year, 1))
        count += yearData(year).workingThrough[daysInYear(year)];
    return count + yearData(to.year()).workingThrough[to.dayOfYear()];
}

const WorkingDayCalendar::YearData &WorkingDayCalendar::yearData(int year) const
{
    auto it = m_cache.find(year);
    if (it == m_cache.end())
        it = m_cache.emplace(year, buildYear(year)).first;
    return it->second;
}

WorkingDayCalendar::YearData WorkingDayCalendar::buildYear(int year) const
{
    YearData data;
    const int days = daysInYear(year);
    int weekday = QDate(year, 1, 1).dayOfWeek();
    for (int day = 1; day <= days; ++day) {
        if (weekday >= Qt::Saturday)
            data.closed.set(day);
        weekday = weekday % 7 + 1;
    }
    for (const Holiday &holiday : statutoryHolidays(year))
        data.closed.set(holiday.date.dayOfYear());
    for (const QDate &date : m_extraDates) {
        if (date.isValid() && date.year() == year)
            data.closed.set(date.dayOfYear());
    }
    for (const auto &[month, day] : m_extraMonthDays) {
        const QDate date(year, month, day); // 29 Feb simply does not exist in other years
        if (date.isValid())
            data.closed.set(date.dayOfYear());
    }
    for (int day = 1; day <= days; ++day)
        data.workingThrough[day] = quint16(data.workingThrough[day - 1] + (data.closed.test(day) ? 0 : 1));
    return data;
}

QDate statutoryDeadline(const WorkingDayCalendar &calendar, const QDate &complete, int limit,
                        const std::vector<Pause> &pauses)
{
    if (!complete.isValid() || limit < 0)
        return {};
    QDate counted = complete; // every day up to here is accounted for
    int remaining = limit;
    for (const Span &span : pausedSpans(pauses)) {
        if (span.to <= counted.toJulianDay() + 1)
            continue; // over before anything left to count
        const QDate candidate = calendar.addWorkingDays(counted, remaining);
        if (candidate.toJulianDay() < span.from)
            return candidate;
        if (span.to == openEnd)
            return {};
        // Fewer than `remaining` working days lie before the pause, so some remain after it.
        const QDate lastBefore = QDate::fromJulianDay(span.from - 1);
        if (lastBefore > counted)
            remaining -= calendar.workingDaysBetween(counted, lastBefore);
        counted = QDate::fromJulianDay(span.to - 1);
    }
    return calendar.addWorkingDays(counted, remaining);
}

int statutoryLimit(bool linked)
{
    return linked ? 60 : 30;
}

QDate preliminaryReplyDue(const QDate &received)
{
    return received.addMonths(1);
}

int usedWorkingDays(const WorkingDayCalendar &calendar, const QDate &complete, const QDate &asOf,
                    const std::vector<Pause> &pauses)
{
    if (!complete.isValid() || !asOf.isValid() || asOf <= complete)
        return 0;
    int used = calendar.workingDaysBetween(complete, asOf);
    const qint64 first = complete.toJulianDay() + 1;
    const qint64 last = asOf.toJulianDay();
    for (const Span &span : pausedSpans(pauses)) {
        const qint64 low = std::max(span.from, first);
        const qint64 high = std::min(span.to - 1, last);
        if (low <= high)
            used -= calendar.workingDaysBetween(QDate::fromJulianDay(low - 1), QDate::fromJulianDay(high));
    }
    return used;
}

} // namespace fv
