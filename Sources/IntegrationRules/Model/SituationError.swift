/// Answers that cannot all be true at once. The message for the reader is
/// chosen by the page or the command from `id`.
public enum SituationError: Int32, Error, Vocabulary, Sendable {
    case dateOutOfRange
    case obligedSinceAfterToday
    case arrangedOnAfterToday
    case pipDateAfterToday
    /// A date the obligation started, but the reader is not (known to be) obliged.
    case obligedSinceWithoutObligation
    /// The three letter conditions are not all met, yet a date they were arranged.
    case arrangedOnWithoutConditions
    /// A PIP or a track exists only under the 2021 act.
    case pipOutsideAct2021
    case trackOutsideAct2021
    case pipBeforeObligation
    case pipBeforeArrangedOn

    public var id: StaticString {
        switch self {
        case .dateOutOfRange: "date-out-of-range"
        case .obligedSinceAfterToday: "obliged-since-after-today"
        case .arrangedOnAfterToday: "arranged-on-after-today"
        case .pipDateAfterToday: "pip-date-after-today"
        case .obligedSinceWithoutObligation: "obliged-since-without-obligation"
        case .arrangedOnWithoutConditions: "arranged-on-without-conditions"
        case .pipOutsideAct2021: "pip-outside-act-2021"
        case .trackOutsideAct2021: "track-outside-act-2021"
        case .pipBeforeObligation: "pip-before-obligation"
        case .pipBeforeArrangedOn: "pip-before-arranged-on"
        }
    }

    /// One line for an editor at the command line.
    public var message: StaticString {
        switch self {
        case .dateOutOfRange: "a date lies outside the years 1900 to 2199"
        case .obligedSinceAfterToday: "obligedSince is after today"
        case .arrangedOnAfterToday: "arrangedOn is after today"
        case .pipDateAfterToday: "pipDate is after today"
        case .obligedSinceWithoutObligation: "obligedSince is given, but obligation is not \"obliged\""
        case .arrangedOnWithoutConditions:
            "arrangedOn is given, but not all of hasBSN, hasResidencePermit and registeredWithMunicipality are true"
        case .pipOutsideAct2021: "pipDate is given, but only the 2021 act (obliged on or after 2022-01-01) has a PIP"
        case .trackOutsideAct2021: "track is given, but only the 2021 act (obliged on or after 2022-01-01) has tracks"
        case .pipBeforeObligation: "pipDate is before obligedSince"
        case .pipBeforeArrangedOn: "pipDate is before arrangedOn"
        }
    }
}
