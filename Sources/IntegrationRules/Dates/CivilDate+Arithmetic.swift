extension CivilDate {
    public func adding(days: Int32) -> CivilDate {
        CivilDate(unchecked: dayNumber + days)
    }

    public func adding(weeks: Int32) -> CivilDate {
        adding(days: weeks * 7)
    }

    /// The same day and month `years` later; 29 February becomes 28 February
    /// in a year without it.
    public func adding(years: Int32) -> CivilDate {
        let (year, month, day) = components
        let targetYear = year + years
        let targetDay = min(day, CivilDate.daysIn(month: month, year: targetYear))
        return CivilDate(unchecked: CivilDate.dayNumber(year: targetYear, month: month, day: targetDay))
    }

    /// The last day of a period of `years` that begins on this date: the day
    /// before the same date `years` later.
    /// Exception: a period beginning on 29 February ends on 28 February, as
    /// the 2021 act's deadline is shown (brief §3.3).
    public func lastDayOfPeriod(years: Int32) -> CivilDate {
        let anniversary = adding(years: years)
        let startsOnLeapDay = month == 2 && day == 29
        if startsOnLeapDay && anniversary.day == 28 {
            return anniversary
        }
        return anniversary.adding(days: -1)
    }

    public func days(until other: CivilDate) -> Int32 {
        other.dayNumber - dayNumber
    }
}
