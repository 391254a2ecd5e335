#if arch(wasm32)
import IntegrationRules

/// Dates cross the ABI as day numbers since 1970-01-01 and enums as their
/// `rawValue`; `absent` marks an unanswered date or track. Booleans are 0 or 1.
let absent = Int32.min

/// Why the page's numbers could not be read as answers.
enum AnswerError: Error {
    /// A number that is no case of its enum: a bug in the page's glue.
    case unknownCode
    case impossible(SituationError)
}

/// The page's numbers as a `Situation`.
func situation(
    today: Int32, obligation: Int32, obligedSince: Int32,
    hasBSN: Int32, hasResidencePermit: Int32, registeredWithMunicipality: Int32,
    arrangedOn: Int32, letterReceived: Int32, pipDate: Int32,
    track: Int32, diploma: Int32, livesInAZC: Int32
) throws(AnswerError) -> Situation {
    guard let obligation = Obligation(rawValue: obligation),
          let diploma = Diploma(rawValue: diploma),
          track == absent || Track(rawValue: track) != nil
    else { throw .unknownCode }
    return Situation(
        today: try date(today),
        obligation: obligation,
        obligedSince: try optionalDate(obligedSince),
        hasBSN: hasBSN != 0,
        hasResidencePermit: hasResidencePermit != 0,
        registeredWithMunicipality: registeredWithMunicipality != 0,
        arrangedOn: try optionalDate(arrangedOn),
        letterReceived: letterReceived != 0,
        pipDate: try optionalDate(pipDate),
        track: Track(rawValue: track),
        diploma: diploma,
        livesInAZC: livesInAZC != 0
    )
}

private func date(_ dayNumber: Int32) throws(AnswerError) -> CivilDate {
    do {
        return try CivilDate(dayNumber: dayNumber)
    } catch {
        throw .impossible(.dateOutOfRange)
    }
}

private func optionalDate(_ dayNumber: Int32) throws(AnswerError) -> CivilDate? {
    dayNumber == absent ? nil : try date(dayNumber)
}
#endif
