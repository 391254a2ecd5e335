/// The reader's answers. Optional fields are questions left unanswered.
public struct Situation: Equatable, Sendable {
    public var today: CivilDate
    public var obligation: Obligation
    /// Usually the date the IND made the residence right known.
    public var obligedSince: CivilDate?
    public var hasBSN: Bool
    public var hasResidencePermit: Bool
    public var registeredWithMunicipality: Bool
    /// The date the last of the three letter conditions was arranged.
    public var arrangedOn: CivilDate?
    public var letterReceived: Bool
    /// The date of the personal integration and participation plan (2021 act).
    public var pipDate: CivilDate?
    public var track: Track?
    public var diploma: Diploma
    public var livesInAZC: Bool

    public init(
        today: CivilDate,
        obligation: Obligation = .unknown,
        obligedSince: CivilDate? = nil,
        hasBSN: Bool = false,
        hasResidencePermit: Bool = false,
        registeredWithMunicipality: Bool = false,
        arrangedOn: CivilDate? = nil,
        letterReceived: Bool = false,
        pipDate: CivilDate? = nil,
        track: Track? = nil,
        diploma: Diploma = .none,
        livesInAZC: Bool = false
    ) {
        self.today = today
        self.obligation = obligation
        self.obligedSince = obligedSince
        self.hasBSN = hasBSN
        self.hasResidencePermit = hasResidencePermit
        self.registeredWithMunicipality = registeredWithMunicipality
        self.arrangedOn = arrangedOn
        self.letterReceived = letterReceived
        self.pipDate = pipDate
        self.track = track
        self.diploma = diploma
        self.livesInAZC = livesInAZC
    }
}

public enum Obligation: Int32, Vocabulary, Sendable {
    case obliged, voluntary, unknown

    public var id: StaticString {
        switch self {
        case .obliged: "obliged"
        case .voluntary: "voluntary"
        case .unknown: "unknown"
        }
    }
}

/// The learning track of the 2021 act, fixed in the PIP.
public enum Track: Int32, Vocabulary, Sendable {
    case b1, education, selfReliance

    public var id: StaticString {
        switch self {
        case .b1: "b1"
        case .education: "education"
        case .selfReliance: "self-reliance"
        }
    }
}

public enum Diploma: Int32, Vocabulary, Sendable {
    /// A diploma from the country of origin.
    case diploma
    /// A programme followed, but no diploma or no papers.
    case noDiploma
    case none

    public var id: StaticString {
        switch self {
        case .diploma: "diploma"
        case .noDiploma: "no-diploma"
        case .none: "none"
        }
    }
}
