/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// Stored as a day number: days since 1970-01-01 (day 0), the same count
/// JavaScript gets from `Date.UTC(y, m - 1, d) / 86_400_000`. The WebAssembly
/// ABI passes dates as this number.
public struct CivilDate: Comparable, Sendable {
    public let dayNumber: Int32

    /// The years the rules need, with room on both sides; outside them a date
    /// is an input mistake, not a situation.
    public static let supportedYears: ClosedRange<Int32> = 1900...2199

    public init(dayNumber: Int32) throws(DateError) {
        guard CivilDate.supportedDayNumbers.contains(dayNumber) else {
            throw .outOfRange
        }
        self.dayNumber = dayNumber
    }

    public init(year: Int32, month: Int32, day: Int32) throws(DateError) {
        guard CivilDate.supportedYears.contains(year) else { throw .outOfRange }
        guard (1...12).contains(month) else { throw .noSuchMonth }
        guard day >= 1, day <= CivilDate.daysIn(month: month, year: year) else {
            throw .noSuchDay
        }
        dayNumber = CivilDate.dayNumber(year: year, month: month, day: day)
    }

    /// Only for values computed from a valid date; arithmetic stays far
    /// inside Int32.
    init(unchecked dayNumber: Int32) {
        self.dayNumber = dayNumber
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    public var year: Int32 { components.year }
    public var month: Int32 { components.month }
    public var day: Int32 { components.day }

    static func isLeap(_ year: Int32) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int32, year: Int32) -> Int32 {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let supportedDayNumbers: ClosedRange<Int32> =
        dayNumber(year: supportedYears.lowerBound, month: 1, day: 1)
        ... dayNumber(year: supportedYears.upperBound, month: 12, day: 31)
}

public enum DateError: Error, Equatable, Sendable {
    case notADate      // not written as YYYY-MM-DD
    case noSuchMonth
    case noSuchDay     // e.g. 30 February
    case outOfRange    // outside CivilDate.supportedYears
}
