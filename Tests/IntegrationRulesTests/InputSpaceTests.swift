import IntegrationRules
import Testing

/// The parity input space is only as good as what it reaches: every act,
/// letter status, component, advice, citation and impossible-answer error.
@Suite struct InputSpaceTests {
    @Test func theParityInputSpaceReachesEveryOutcome() throws {
        var acts: [Act] = [], statuses: [LetterStatus] = [], components: [Component] = []
        var advice: [AdviceID] = [], citations: [Citation] = [], errors: [SituationError] = []
        var uncertainOutcomes = 0
        for situation in try ParityInputSpace.situations() {
            do {
                let guidance = try Guidance(for: situation)
                acts.append(guidance.act)
                statuses += guidance.letter.map { [$0.status] } ?? []
                components += guidance.requirements.map { $0.component }
                advice += guidance.advice.map { $0.id }
                citations += guidance.citations
                uncertainOutcomes += guidance.requirements.filter { $0.uncertain }.count
                    + guidance.advice.filter { $0.uncertain }.count
            } catch {
                errors.append(error)
            }
        }
        #expect(Set(acts.map(\.rawValue)) == Set(Act.allCases.map(\.rawValue)))
        #expect(Set(statuses.map(\.rawValue)) == Set(LetterStatus.allCases.map(\.rawValue)))
        #expect(Set(components.map(\.rawValue)) == Set(Component.allCases.map(\.rawValue)))
        #expect(Set(advice.map(\.rawValue)) == Set(AdviceID.allCases.map(\.rawValue)))
        #expect(Set(citations.map(\.rawValue)) == Set(Citation.allCases.map(\.rawValue)))
        // Dates out of range cannot be written as a Situation; only the wasm ABI can receive them.
        let reachableErrors = SituationError.allCases.filter { $0 != .dateOutOfRange }
        #expect(Set(errors.map(\.rawValue)) == Set(reachableErrors.map(\.rawValue)))
        #expect(uncertainOutcomes > 0)
    }
}
