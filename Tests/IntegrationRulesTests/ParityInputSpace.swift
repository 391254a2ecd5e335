import IntegrationRules

/// The situations the parity test runs through both builds: every combination
/// of the enumerated answers × a grid of dates holding every boundary of the
/// rules, valid and impossible alike.
enum ParityInputSpace {
    static func situations() throws -> [Situation] {
        var situations: [Situation] = []
        for today in try ["2025-06-01", "2024-03-06"].map(CivilDate.init(iso:)) {
            for dates in try dateGrid(today: today) {
                var base = Situation(today: today)
                base.obligedSince = dates.obligedSince
                base.arrangedOn = dates.arrangedOn
                base.pipDate = dates.pipDate
                situations += everyCombinationOfAnswers(from: base)
            }
        }
        return situations
    }

    struct Dates {
        var obligedSince: CivilDate?
        var arrangedOn: CivilDate?
        var pipDate: CivilDate?
    }

    /// Three families, one per rule that reads dates.
    static func dateGrid(today: CivilDate) throws -> [Dates] {
        func dates(_ texts: [String?]) throws -> [CivilDate?] {
            try texts.map { text in try text.map(CivilDate.init(iso:)) }
        }
        let tomorrow = today.adding(days: 1)
        // The act and the 2013 act's components: 2013, ONA, PVT, 2022.
        let actBoundaries = try dates([
            nil, "2012-12-31", "2013-01-01", "2014-12-31", "2015-01-01",
            "2017-09-30", "2017-10-01", "2021-12-31", "2022-01-01", "2024-02-29",
        ]) + [today, tomorrow]
        // The letter: the 56th and 57th day after arranging, today, tomorrow.
        let arranged: [CivilDate?] = [nil, today.adding(days: -57), today.adding(days: -56), today, tomorrow]
        // The period: leap days, the obligation's own day and the day before, today, tomorrow.
        let pipDates = try dates([nil, "2022-01-01", "2023-03-14", "2023-03-15", "2024-02-28", "2024-02-29", "2025-02-28"])
            + [today, tomorrow]

        var grid = actBoundaries.map { Dates(obligedSince: $0) }
        for obligedSince in try dates([nil, "2021-12-31", "2022-01-01"]) {
            grid += arranged.dropFirst().map { Dates(obligedSince: obligedSince, arrangedOn: $0) }
        }
        for obligedSince in try dates(["2021-12-31", "2022-01-01", "2023-03-15"]) {
            for arrangedOn in try dates([nil, "2023-03-15"]) {
                grid += pipDates.dropFirst().map { Dates(obligedSince: obligedSince, arrangedOn: arrangedOn, pipDate: $0) }
            }
        }
        return grid
    }

    /// Every combination of the answers that are not dates.
    static func everyCombinationOfAnswers(from base: Situation) -> [Situation] {
        var situations = [base]
        func vary<Value>(_ answer: WritableKeyPath<Situation, Value>, over values: [Value]) {
            situations = situations.flatMap { situation in
                values.map { value in
                    var varied = situation
                    varied[keyPath: answer] = value
                    return varied
                }
            }
        }
        vary(\.obligation, over: Obligation.allCases)
        for answer in [\Situation.hasBSN, \.hasResidencePermit, \.registeredWithMunicipality, \.letterReceived, \.livesInAZC] {
            vary(answer, over: [false, true])
        }
        vary(\.track, over: [nil] + Track.allCases)
        vary(\.diploma, over: Diploma.allCases)
        return situations
    }
}
