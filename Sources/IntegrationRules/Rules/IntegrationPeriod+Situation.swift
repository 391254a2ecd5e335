extension IntegrationPeriod {
    /// Three years to integrate. Under the 2021 act they begin the day after
    /// the PIP (art. 11); under the 2013 act they run from the moment the
    /// reader became obliged (art. 7b(2)). Nil while the start is unknown.
    init?(for situation: Situation, under act: Act) {
        switch act {
        case .act2021:
            guard let pipDate = situation.pipDate else { return nil }
            self.init(start: pipDate.adding(days: 1), citation: .wi2021Art11)
        case .act2013:
            guard let obligedSince = situation.obligedSince else { return nil }
            self.init(start: obligedSince, citation: .wi2013Art7b)
        case .pre2013, .voluntary, .undetermined:
            return nil
        }
    }

    private init(start: CivilDate, citation: Citation) {
        self.init(
            start: start,
            end: start.lastDayOfPeriod(years: KeyDates.integrationYears),
            citation: citation
        )
    }
}
