extension Requirement {
    /// The exams and modules of the reader's act and track. Empty where no
    /// act with exams applies (yet).
    static func all(for situation: Situation, under act: Act) -> [Requirement] {
        switch act {
        case .act2021: act2021(track: situation.track)
        case .act2013: situation.obligedSince.map(act2013(obligedSince:)) ?? []
        case .pre2013, .voluntary, .undetermined: []
        }
    }

    /// 2021 act (brief §3.4): the track's language level and exams, then the
    /// parts everyone does (art. 6). Without a track (no PIP yet) only the
    /// parts that do not depend on it.
    private static func act2021(track: Track?) -> [Requirement] {
        guard let track else { return [participationStatement2021] }
        return exams(of: track) + [participationStatement2021, labourMarketModule(in: track)]
    }

    private static func exams(of track: Track) -> [Requirement] {
        switch track {
        case .b1:
            [
                Requirement(.language, .b1, citation: .wi2021Art7),
                Requirement(.knowledge, .none, citation: .wi2021Art7),
            ]
        case .education:
            [
                Requirement(.language, .b1, citation: .wi2021Art8),
                Requirement(.knowledge, .none, citation: .wi2021Art8),
            ]
        case .selfReliance:
            [
                // Lessons at A1; the exams may be taken but are not compulsory.
                Requirement(.language, .a1, required: false, citation: .siteSelfReliance),
                // Besluit art. 3.14(7) as amended by Stb. 2022, 489: the KNM exam may be
                // taken, if the municipality thinks the reader able, but is not compulsory.
                Requirement(.knowledge, .none, required: false, citation: .bi2021Art3_14),
                Requirement(.finalInterview, .none, citation: .siteSelfReliance),
            ]
        }
    }

    private static let participationStatement2021 = Requirement(.participationStatement, .none, citation: .wi2021Art6)

    /// Everyone does MAP (art. 6), except in the education track (art. 8(3)).
    private static func labourMarketModule(in track: Track) -> Requirement {
        track == .education
            ? Requirement(.labourMarketModule, .none, required: false, citation: .wi2021Art8)
            : Requirement(.labourMarketModule, .none, citation: .wi2021Art6)
    }

    /// 2013 act (brief §4): A2 language exams and KNM (art. 7); ONA and PVT
    /// only for those obliged from the day each was added.
    private static func act2013(obligedSince: CivilDate) -> [Requirement] {
        [
            Requirement(.language, .a2, citation: .wi2013Art7),
            Requirement(.knowledge, .none, citation: .wi2013Art7),
            Requirement(
                .labourMarketOrientation, .none,
                required: obligedSince >= KeyDates.labourMarketOrientation,
                citation: .wi2013Art7
            ),
            Requirement(
                .participationStatement, .none,
                required: obligedSince >= KeyDates.participationStatement,
                citation: .wi2013Art7a
            ),
        ]
    }

    private init(
        _ component: Component, _ level: Level,
        required: Bool = true, uncertain: Bool = false, citation: Citation
    ) {
        self.init(component: component, level: level, required: required, uncertain: uncertain, citation: citation)
    }
}
