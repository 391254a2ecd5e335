/// The dates the rules turn on.
enum KeyDates {
    /// The 2013 act applies to those obliged from this day.
    static let act2013 = date(2013, 1, 1)
    /// The 2021 act applies to those obliged from this day (WI2021 art. 3, art. 54).
    static let act2021 = date(2022, 1, 1)
    /// 2013 act: the labour-market orientation (ONA) for those obliged from this day.
    static let labourMarketOrientation = date(2015, 1, 1)
    /// 2013 act: the participation statement (PVT) for those obliged from this day.
    static let participationStatement = date(2017, 10, 1)

    /// DUO can take up to 8 weeks after the last condition was arranged.
    static let letterWeeks: Int32 = 8
    /// The integration period of both acts.
    static let integrationYears: Int32 = 3

    private static func date(_ year: Int32, _ month: Int32, _ day: Int32) -> CivilDate {
        CivilDate(unchecked: CivilDate.dayNumber(year: year, month: month, day: day))
    }
}
