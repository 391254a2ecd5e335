#if arch(wasm32)
import IntegrationRules

// The functions the page calls. See Sources/RulesWidget/js/rules.mjs for the
// glue that turns a situation object into these numbers and back.

/// The status for a number that is no case of its enum: a bug in the glue.
private let unknownCodeStatus: Int32 = -1000

nonisolated(unsafe) private let output = UnsafeMutableBufferPointer<Int32>.allocate(capacity: GuidanceWords.capacity)

/// Evaluates the answers. Returns the number of guidance words written at
/// `wegwijs_output()`, or a negative status: -1 - the `SituationError` code for
/// impossible answers, or -1000 for a number that is no case of its enum.
@_expose(wasm, "wegwijs_evaluate")
@_cdecl("wegwijs_evaluate")
func evaluate(
    today: Int32, obligation: Int32, obligedSince: Int32,
    hasBSN: Int32, hasResidencePermit: Int32, registeredWithMunicipality: Int32,
    arrangedOn: Int32, letterReceived: Int32, pipDate: Int32,
    track: Int32, diploma: Int32, livesInAZC: Int32
) -> Int32 {
    let answers: Situation
    do throws(AnswerError) {
        answers = try situation(
            today: today, obligation: obligation, obligedSince: obligedSince,
            hasBSN: hasBSN, hasResidencePermit: hasResidencePermit,
            registeredWithMunicipality: registeredWithMunicipality,
            arrangedOn: arrangedOn, letterReceived: letterReceived, pipDate: pipDate,
            track: track, diploma: diploma, livesInAZC: livesInAZC
        )
    } catch {
        switch error {
        case .unknownCode: return unknownCodeStatus
        case .impossible(let reason): return -1 - reason.rawValue
        }
    }
    let guidance: Guidance
    do throws(SituationError) {
        guidance = try Guidance(for: answers)
    } catch {
        return -1 - error.rawValue
    }
    return Int32(GuidanceWords(guidance, into: output).count)
}

@_expose(wasm, "wegwijs_output")
@_cdecl("wegwijs_output")
func outputAddress() -> Int32 {
    Int32(Int(bitPattern: output.baseAddress))
}
#endif
