#include "calendar/NorwegianCalendar.h"

#include <QFile>
#include <QSet>
#include <QTextStream>

#include <catch2/catch_test_macros.hpp>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace fv;

namespace {

// Dates are compared as ISO strings so that a failure prints something readable.
std::string iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("invalid");
}

QDate parseIso(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// The golden files are written by tests/data/calendar/generate.py, an independent implementation.
QStringList goldenLines(const QString &name)
{
    QFile file(QStringLiteral(FV_TEST_DATA_DIR "/calendar/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList lines;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line);
    }
    return lines;
}

std::map<int, std::vector<std::string>> goldenHolidays()
{
    std::map<int, std::vector<std::string>> byYear;
    for (const QString &line : goldenLines(QStringLiteral("holidays-1990-2100.txt"))) {
        const QDate date = parseIso(line);
        REQUIRE(date.isValid());
        byYear[date.year()].push_back(iso(date));
    }
    return byYear;
}

// Brute force from the golden holidays only, so it shares nothing with the calendar class.
struct BruteForce
{
    QSet<QDate> holidays;

    BruteForce()
    {
        for (const auto &[year, dates] : goldenHolidays())
            for (const std::string &date : dates)
                holidays.insert(parseIso(QString::fromStdString(date)));
    }
    bool working(const QDate &date) const { return date.dayOfWeek() < 6 && !holidays.contains(date); }
    QDate add(QDate date, int n) const
    {
        const int step = n < 0 ? -1 : 1;
        for (int left = std::abs(n); left > 0;) {
            date = date.addDays(step);
            if (working(date))
                --left;
        }
        return date;
    }
    int between(const QDate &from, const QDate &to) const
    {
        int count = 0;
        for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
            count += working(d) ? 1 : 0;
        for (QDate d = to.addDays(1); d <= from; d = d.addDays(1))
            count -= working(d) ? 1 : 0;
        return count;
    }
};

// Meeus/Jones/Butcher, a different algorithm from the Gauss one in the code under test.
QDate easterMeeus(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    return QDate(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
}

QDate ymd(int year, int month, int day)
{
    return QDate(year, month, day);
}

} // namespace

TEST_CASE("Easter Sunday matches known dates", "[calendar]")
{
    const std::vector<std::pair<int, std::string>> known = {
        {1583, "1583-04-10"}, {1818, "1818-03-22"}, {1943, "1943-04-25"}, {1961, "1961-04-02"}, {1974, "1974-04-14"},
        {1981, "1981-04-19"}, {1990, "1990-04-15"}, {2000, "2000-04-23"}, {2002, "2002-03-31"}, {2005, "2005-03-27"},
        {2008, "2008-03-23"}, {2010, "2010-04-04"}, {2011, "2011-04-24"}, {2013, "2013-03-31"}, {2016, "2016-03-27"},
        {2018, "2018-04-01"}, {2019, "2019-04-21"}, {2020, "2020-04-12"}, {2021, "2021-04-04"}, {2022, "2022-04-17"},
        {2023, "2023-04-09"}, {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
        {2030, "2030-04-21"}, {2038, "2038-04-25"}, {2285, "2285-03-22"},
    };
    for (const auto &[year, date] : known) {
        INFO(year);
        CHECK(iso(easterSunday(year)) == date);
    }
    CHECK_FALSE(easterSunday(1582).isValid());
    CHECK_FALSE(easterSunday(10000).isValid());
}

TEST_CASE("Easter Sunday agrees with Meeus's algorithm for every supported year", "[calendar]")
{
    for (int year = 1583; year <= 9999; ++year) {
        const QDate easter = easterSunday(year);
        if (easter != easterMeeus(year) || easter.dayOfWeek() != Qt::Sunday || easter < ymd(year, 3, 22)
            || easter > ymd(year, 4, 25)) {
            INFO(year);
            CHECK(iso(easter) == iso(easterMeeus(year)));
        }
    }
}

TEST_CASE("Statutory holidays match the golden file for 1990-2100", "[calendar]")
{
    const auto golden = goldenHolidays();
    REQUIRE(golden.size() == 111);
    for (int year = 1990; year <= 2100; ++year) {
        INFO(year);
        std::vector<std::string> actual;
        for (const Holiday &holiday : statutoryHolidays(year))
            actual.push_back(iso(holiday.date));
        REQUIRE(golden.count(year) == 1);
        CHECK(actual == golden.at(year));
    }
}

TEST_CASE("Statutory holidays carry names in order", "[calendar]")
{
    const std::vector<Holiday> holidays = statutoryHolidays(2025);
    REQUIRE(holidays.size() == 12);
    CHECK(holidays[1].nameNb == QStringLiteral("Skjærtorsdag"));
    CHECK(iso(holidays[1].date) == "2025-04-17");
    CHECK(holidays[6].nameNb == QStringLiteral("Grunnlovsdag"));
    CHECK(holidays[8].nameEn == QStringLiteral("Whit Sunday"));
    CHECK(iso(holidays[8].date) == "2025-06-08");
    for (const Holiday &holiday : holidays)
        CHECK_FALSE((holiday.nameNb.isEmpty() || holiday.nameEn.isEmpty()));

    // 2008: Ascension Day fell on 1 May; both are listed, 1 May first.
    const std::vector<Holiday> y2008 = statutoryHolidays(2008);
    REQUIRE(y2008.size() == 12);
    CHECK(iso(y2008[5].date) == "2008-05-01");
    CHECK(iso(y2008[6].date) == "2008-05-01");
    CHECK(y2008[6].nameEn == QStringLiteral("Ascension Day"));
}

TEST_CASE("Adding working days by hand", "[calendar]")
{
    const WorkingDayCalendar calendar;
    // Easter 2025: Thu 17, Fri 18, Sun 20, Mon 21 April closed.
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 4, 16), 1)) == "2025-04-22");
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 4, 15), 2)) == "2025-04-22");
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 4, 18), 1)) == "2025-04-22"); // from a holiday
    // Christmas 2024 (Wed 25, Thu 26); 24 Dec is a working day without extra closing days.
    CHECK(iso(calendar.addWorkingDays(ymd(2024, 12, 23), 1)) == "2024-12-24");
    CHECK(iso(calendar.addWorkingDays(ymd(2024, 12, 24), 1)) == "2024-12-27");
    // 17 May 2024 is a Friday and Mon 20 May is Whit Monday.
    CHECK(iso(calendar.addWorkingDays(ymd(2024, 5, 16), 1)) == "2024-05-21");
    // 17 May 2023 is a Wednesday, Ascension Day the Thursday after.
    CHECK(iso(calendar.addWorkingDays(ymd(2023, 5, 16), 1)) == "2023-05-19");
    // Across the year end: 31 Dec 2025 works, 1 Jan 2026 does not.
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 12, 30), 1)) == "2025-12-31");
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 12, 30), 2)) == "2026-01-02");
    // n = 0 returns `from` unchanged, even a Sunday.
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 4, 20), 0)) == "2025-04-20");
    // Backwards.
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 4, 22), -1)) == "2025-04-16");
    CHECK(iso(calendar.addWorkingDays(ymd(2026, 1, 2), -1)) == "2025-12-31");
    CHECK(iso(calendar.addWorkingDays(ymd(2026, 1, 5), -2)) == "2025-12-31");
    CHECK_FALSE(calendar.addWorkingDays(QDate(), 3).isValid());

    CHECK(calendar.workingDaysBetween(ymd(2025, 4, 16), ymd(2025, 4, 22)) == 1);
    CHECK(calendar.workingDaysBetween(ymd(2025, 4, 22), ymd(2025, 4, 16)) == -1);
    CHECK(calendar.workingDaysBetween(ymd(2025, 4, 22), ymd(2025, 4, 22)) == 0);
    // 2025: 261 weekdays, 9 of the holidays on weekdays (17 May is a Saturday).
    CHECK(calendar.workingDaysBetween(ymd(2024, 12, 31), ymd(2025, 12, 31)) == 252);
    CHECK_FALSE(calendar.isWorkingDay(QDate()));
}

TEST_CASE("Adding working days matches the golden file", "[calendar]")
{
    const WorkingDayCalendar calendar;
    const QStringList rows = goldenLines(QStringLiteral("add-workdays.txt"));
    REQUIRE(rows.size() >= 500);
    for (const QString &row : rows) {
        const QStringList fields = row.split(QLatin1Char(' '));
        REQUIRE(fields.size() == 3);
        const QDate from = parseIso(fields[0]);
        const int n = fields[1].toInt();
        INFO(row.toStdString());
        CHECK(iso(calendar.addWorkingDays(from, n)) == fields[2].toStdString());
        // Forwards `from` is excluded and the result included; backwards the other way round.
        const QDate expected = parseIso(fields[2]);
        if (n >= 0)
            CHECK(calendar.workingDaysBetween(from, expected) == n);
        else
            CHECK(calendar.workingDaysBetween(from.addDays(-1), expected.addDays(-1)) == n);
    }
}

TEST_CASE("Working days agree with a day-by-day count", "[calendar]")
{
    const BruteForce brute;
    const WorkingDayCalendar calendar;
    std::mt19937 random(20250417); // fixed seed: the same dates every run
    const qint64 first = ymd(1991, 1, 1).toJulianDay();
    const qint64 span = ymd(2099, 12, 31).toJulianDay() - first;
    for (int i = 0; i < 3000; ++i) {
        const QDate from = QDate::fromJulianDay(first + qint64(random() % span));
        const int n = int(random() % 301) - 150;
        const QDate to = QDate::fromJulianDay(first + qint64(random() % span));
        INFO(iso(from) << " n=" << n << " to=" << iso(to));
        CHECK(calendar.isWorkingDay(from) == brute.working(from));
        CHECK(iso(calendar.addWorkingDays(from, n)) == iso(brute.add(from, n)));
        if (i % 10 == 0) // the brute-force span count is slow over decades
            CHECK(calendar.workingDaysBetween(from, to) == brute.between(from, to));
        if (calendar.isWorkingDay(from))
            CHECK(iso(calendar.addWorkingDays(calendar.addWorkingDays(from, n), -n)) == iso(from));
    }
}

TEST_CASE("Extra closing days are honoured", "[calendar]")
{
    WorkingDayCalendar calendar;
    calendar.setExtraClosedMonthDays({{12, 24}, {12, 31}, {2, 29}});
    calendar.setExtraClosedDates({ymd(2025, 5, 2)});
    CHECK_FALSE(calendar.isWorkingDay(ymd(2024, 12, 24)));
    CHECK_FALSE(calendar.isWorkingDay(ymd(2030, 12, 31)));
    CHECK_FALSE(calendar.isWorkingDay(ymd(2025, 5, 2)));
    CHECK(calendar.isWorkingDay(ymd(2026, 5, 4)));
    CHECK_FALSE(calendar.isWorkingDay(ymd(2028, 2, 29))); // a Tuesday in a leap year
    CHECK(calendar.isWorkingDay(ymd(2027, 3, 1)));        // no 29 Feb in 2027: nothing moves
    CHECK(iso(calendar.addWorkingDays(ymd(2024, 12, 23), 1)) == "2024-12-27");
    CHECK(iso(calendar.addWorkingDays(ymd(2024, 12, 23), 2)) == "2024-12-30");
    CHECK(iso(calendar.addWorkingDays(ymd(2024, 12, 23), 3)) == "2025-01-02");
    CHECK(iso(calendar.addWorkingDays(ymd(2025, 4, 30), 1)) == "2025-05-05");
    CHECK(calendar.workingDaysBetween(ymd(2024, 12, 20), ymd(2025, 1, 3)) == 5);

    // Setting replaces: the cached years must not keep the old closing days.
    calendar.setExtraClosedDates({});
    calendar.setExtraClosedMonthDays({});
    CHECK(calendar.isWorkingDay(ymd(2024, 12, 24)));
    CHECK(calendar.isWorkingDay(ymd(2025, 5, 2)));
}

TEST_CASE("Statutory deadline with pauses", "[calendar]")
{
    const WorkingDayCalendar calendar;
    const QDate complete = ymd(2025, 3, 3); // a Monday
    CHECK(statutoryLimit(false) == 30);
    CHECK(statutoryLimit(true) == 60);

    // No pause: Mar 4-7 = 4, 10-14 = 9, 17-21 = 14, 24-28 = 19, Mar 31-Apr 4 = 24,
    // Apr 7-11 = 29, Mon 14 Apr = 30.
    CHECK(iso(statutoryDeadline(calendar, complete, 30, {})) == "2025-04-14");
    // 60 (linked sources), from the independent script: 2 June 2025.
    CHECK(iso(statutoryDeadline(calendar, complete, 60, {})) == "2025-06-02");
    CHECK(iso(statutoryDeadline(calendar, complete, statutoryLimit(true), {}))
          == iso(calendar.addWorkingDays(complete, 60)));

    // Two pauses. [Mon 10 Mar, Mon 17 Mar) pauses Mar 10-14 (5 working days).
    // [Wed 9 Apr, Wed 23 Apr) pauses Apr 9-11, 14-16, 22 (7 working days; 17, 18, 21 are holidays).
    // Count: Mar 4-7 = 4; Mar 17-21 = 9; 24-28 = 14; Mar 31-Apr 4 = 19; Apr 7, 8 = 21;
    // Apr 23, 24, 25 = 24; Apr 28, 29, 30 = 27; 1 May holiday; Fri 2 May = 28; Mon 5 = 29; Tue 6 = 30.
    const std::vector<Pause> pauses = {{ymd(2025, 4, 9), ymd(2025, 4, 23)}, {ymd(2025, 3, 10), ymd(2025, 3, 17)}};
    CHECK(iso(statutoryDeadline(calendar, complete, 30, pauses)) == "2025-05-06");
    CHECK(usedWorkingDays(calendar, complete, ymd(2025, 5, 6), pauses) == 30);
    CHECK(usedWorkingDays(calendar, complete, ymd(2025, 5, 5), pauses) == 29);
    CHECK(usedWorkingDays(calendar, complete, ymd(2025, 4, 22), pauses) == 21);
    CHECK(usedWorkingDays(calendar, complete, ymd(2025, 3, 14), pauses) == 4);
    CHECK(usedWorkingDays(calendar, complete, complete, pauses) == 0);
    CHECK(usedWorkingDays(calendar, complete, ymd(2025, 1, 1), pauses) == 0);

    // The request day is paused, the answer day counts: one working day lost.
    CHECK(iso(statutoryDeadline(calendar, complete, 30, {{ymd(2025, 3, 4), ymd(2025, 3, 5)}})) == "2025-04-15");
    // Empty and overlapping pauses.
    CHECK(iso(statutoryDeadline(calendar, complete, 30, {{ymd(2025, 3, 4), ymd(2025, 3, 4)}})) == "2025-04-14");
    const std::vector<Pause> overlapping = {{ymd(2025, 3, 10), ymd(2025, 3, 13)}, {ymd(2025, 3, 12), ymd(2025, 3, 17)}};
    CHECK(iso(statutoryDeadline(calendar, complete, 30, overlapping)) == "2025-04-24");
    // A pause that began before completion only pauses the days after it.
    CHECK(iso(statutoryDeadline(calendar, complete, 30, {{ymd(2025, 2, 1), ymd(2025, 3, 5)}})) == "2025-04-15");

    // An open pause: not known. One opened after the deadline changes nothing.
    CHECK_FALSE(statutoryDeadline(calendar, complete, 30, {{ymd(2025, 3, 20), QDate()}}).isValid());
    CHECK_FALSE(statutoryDeadline(calendar, complete, 30, {{ymd(2025, 4, 14), QDate()}}).isValid());
    CHECK(iso(statutoryDeadline(calendar, complete, 30, {{ymd(2025, 4, 15), QDate()}})) == "2025-04-14");
    CHECK(usedWorkingDays(calendar, complete, ymd(2025, 12, 31), {{ymd(2025, 3, 10), QDate()}}) == 4);
    CHECK_FALSE(statutoryDeadline(calendar, QDate(), 30, {}).isValid());
}

TEST_CASE("Deadline and used days agree for random pauses", "[calendar]")
{
    const WorkingDayCalendar calendar;
    std::mt19937 random(1947);
    for (int i = 0; i < 2000; ++i) {
        const QDate complete = ymd(2020, 1, 1).addDays(random() % 2000);
        const int limit = (random() % 2) ? 60 : 30;
        std::vector<Pause> pauses;
        for (int p = int(random() % 4); p > 0; --p) {
            const QDate from = complete.addDays(int(random() % 120) - 10);
            pauses.push_back({from, from.addDays(random() % 40)});
        }
        const QDate deadline = statutoryDeadline(calendar, complete, limit, pauses);
        INFO(iso(complete) << " limit " << limit << " pauses " << pauses.size());
        REQUIRE(deadline.isValid());
        CHECK(usedWorkingDays(calendar, complete, deadline, pauses) == limit);
        CHECK(usedWorkingDays(calendar, complete, deadline.addDays(-1), pauses) == limit - 1);
    }
}

TEST_CASE("Preliminary reply is due one calendar month after receipt", "[calendar]")
{
    CHECK(iso(preliminaryReplyDue(ymd(2025, 1, 15))) == "2025-02-15");
    CHECK(iso(preliminaryReplyDue(ymd(2025, 1, 31))) == "2025-02-28");
    CHECK(iso(preliminaryReplyDue(ymd(2024, 1, 31))) == "2024-02-29");
    CHECK(iso(preliminaryReplyDue(ymd(2025, 12, 10))) == "2026-01-10");
}
