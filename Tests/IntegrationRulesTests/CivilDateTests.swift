import IntegrationRules
import Testing

@Suite struct CivilDateTests {
    @Test func dayZeroIsTheFirstOfJanuary1970() throws {
        #expect(try CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(try CivilDate(year: 1969, month: 12, day: 31).dayNumber == -1)
    }

    /// Walks day by day through every supported year, counting on its own,
    /// and checks both directions of the conversion.
    @Test func dayNumbersFollowTheCalendarDayByDay() throws {
        var expected = try CivilDate(year: 1900, month: 1, day: 1).dayNumber
        let monthLengths: [Int32] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for year in CivilDate.supportedYears {
            let leap = year % 400 == 0 || (year % 4 == 0 && year % 100 != 0)
            for month in Int32(1)...12 {
                let length = month == 2 && leap ? 29 : monthLengths[Int(month - 1)]
                for day in 1...length {
                    let date = try CivilDate(year: year, month: month, day: day)
                    #expect(date.dayNumber == expected)
                    let back = try CivilDate(dayNumber: expected)
                    #expect(back.year == year && back.month == month && back.day == day)
                    expected += 1
                }
                #expect(throws: DateError.noSuchDay) { try CivilDate(year: year, month: month, day: length + 1) }
            }
        }
    }

    @Test func impossibleDatesAreErrors() {
        #expect(throws: DateError.noSuchDay) { try CivilDate(year: 2024, month: 2, day: 30) }
        #expect(throws: DateError.noSuchDay) { try CivilDate(year: 2023, month: 2, day: 29) }
        #expect(throws: DateError.noSuchDay) { try CivilDate(year: 2024, month: 4, day: 0) }
        #expect(throws: DateError.noSuchMonth) { try CivilDate(year: 2024, month: 13, day: 1) }
        #expect(throws: DateError.outOfRange) { try CivilDate(year: 1899, month: 12, day: 31) }
        #expect(throws: DateError.outOfRange) { try CivilDate(year: 2200, month: 1, day: 1) }
        #expect(throws: DateError.outOfRange) { try CivilDate(dayNumber: Int32.min) }
    }

    @Test func isoTextIsReadAndWritten() throws {
        #expect(try CivilDate(iso: "2024-02-29").iso == "2024-02-29")
        #expect(try CivilDate(iso: "1900-01-01").iso == "1900-01-01")
        #expect(throws: DateError.noSuchDay) { try CivilDate(iso: "2025-02-30") }
        for text in ["2024-2-29", "2024/02/29", "24-02-29", "2024-02-29 ", "２０２４-02-29", "", "abcd-ef-gh"] {
            #expect(throws: DateError.notADate, "\(text)") { try CivilDate(iso: text) }
        }
    }

    @Test func addingDaysAndWeeksCrossesMonthsAndLeapDays() throws {
        #expect(try CivilDate(iso: "2024-02-28").adding(days: 1).iso == "2024-02-29")
        #expect(try CivilDate(iso: "2023-02-28").adding(days: 1).iso == "2023-03-01")
        #expect(try CivilDate(iso: "2024-01-10").adding(weeks: 8).iso == "2024-03-06")
        #expect(try CivilDate(iso: "2025-01-10").adding(weeks: 8).iso == "2025-03-07")
        #expect(try CivilDate(iso: "2024-12-31").adding(days: -366).iso == "2023-12-31")
    }

    @Test func addingYearsToTheLeapDayGivesTheTwentyEighth() throws {
        #expect(try CivilDate(iso: "2024-02-29").adding(years: 3).iso == "2027-02-28")
        #expect(try CivilDate(iso: "2024-02-29").adding(years: 4).iso == "2028-02-29")
        #expect(try CivilDate(iso: "2023-03-01").adding(years: 1).iso == "2024-03-01")
    }

    @Test func aPeriodEndsTheDayBeforeItsAnniversary() throws {
        #expect(try CivilDate(iso: "2023-01-01").lastDayOfPeriod(years: 3).iso == "2025-12-31")
        #expect(try CivilDate(iso: "2025-03-01").lastDayOfPeriod(years: 3).iso == "2028-02-29")
        #expect(try CivilDate(iso: "2024-03-01").lastDayOfPeriod(years: 3).iso == "2027-02-28")
        // The exception: a period beginning on the leap day ends on 28 February.
        #expect(try CivilDate(iso: "2024-02-29").lastDayOfPeriod(years: 3).iso == "2027-02-28")
        #expect(try CivilDate(iso: "2024-02-29").lastDayOfPeriod(years: 4).iso == "2028-02-28")
    }
}
