/// What applies to the reader, each item with the source it comes from.
public struct Guidance: Equatable, Sendable {
    public var act: Act
    public var actCitation: Citation
    /// Nil when no DUO letter is part of the reader's path (voluntary, before 2013).
    public var letter: LetterGuidance?
    public var integrationPeriod: IntegrationPeriod?
    public var requirements: [Requirement]
    public var advice: [Advice]

    /// Every source cited above, once each, in order of first use.
    public var citations: [Citation] {
        var all = [actCitation]
        if let letter { all.append(letter.citation) }
        if let integrationPeriod { all.append(integrationPeriod.citation) }
        all += requirements.map { $0.citation }
        all += advice.map { $0.citation }
        var unique: [Citation] = []
        for citation in all where !unique.contains(citation) {
            unique.append(citation)
        }
        return unique
    }
}

public enum Act: Int32, Vocabulary, Sendable {
    case act2013, act2021, pre2013, voluntary, undetermined

    public var id: StaticString {
        switch self {
        case .act2013: "2013"
        case .act2021: "2021"
        case .pre2013: "pre-2013"
        case .voluntary: "voluntary"
        case .undetermined: "undetermined"
        }
    }
}

public struct LetterGuidance: Equatable, Sendable {
    public var status: LetterStatus
    /// The last day the letter can still be on its way; nil until known.
    public var expectedBy: CivilDate?
    public var missing: [LetterCondition]
    public var citation: Citation
}

public enum LetterStatus: Int32, Vocabulary, Sendable {
    case notYetEligible, waiting, overdue, received

    public var id: StaticString {
        switch self {
        case .notYetEligible: "not-yet-eligible"
        case .waiting: "waiting"
        case .overdue: "overdue"
        case .received: "received"
        }
    }
}

/// DUO sends the letter only when all three hold.
public enum LetterCondition: Int32, Vocabulary, Sendable {
    case bsn, residencePermit, municipalityRegistration

    public var id: StaticString {
        switch self {
        case .bsn: "bsn"
        case .residencePermit: "residence-permit"
        case .municipalityRegistration: "municipality-registration"
        }
    }
}

public struct IntegrationPeriod: Equatable, Sendable {
    public var start: CivilDate
    /// The last day of the period (the deadline shown to the reader).
    public var end: CivilDate
    public var citation: Citation
}

public struct Requirement: Equatable, Sendable {
    public var component: Component
    public var level: Level
    public var required: Bool
    /// The brief marks this rule uncertain: word it with care.
    public var uncertain: Bool
    public var citation: Citation
}

public enum Component: Int32, Vocabulary, Sendable {
    /// Language exams: reading, listening, writing, speaking.
    case language
    /// Knowledge of Dutch society (KNM).
    case knowledge
    /// Participation statement (PVT).
    case participationStatement
    /// Labour-market and participation module (MAP, 2021 act).
    case labourMarketModule
    /// Labour-market orientation (ONA, 2013 act).
    case labourMarketOrientation
    /// The closing interview with the municipality (self-reliance track).
    case finalInterview

    public var id: StaticString {
        switch self {
        case .language: "language"
        case .knowledge: "knm"
        case .participationStatement: "pvt"
        case .labourMarketModule: "map"
        case .labourMarketOrientation: "ona"
        case .finalInterview: "final-interview"
        }
    }
}

public enum Level: Int32, Vocabulary, Sendable {
    case a1, a2, b1, none

    public var id: StaticString {
        switch self {
        case .a1: "A1"
        case .a2: "A2"
        case .b1: "B1"
        case .none: "none"
        }
    }
}

public struct Advice: Equatable, Sendable {
    public var id: AdviceID
    public var uncertain: Bool
    public var citation: Citation
}
