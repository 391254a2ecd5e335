#if arch(wasm32)
import IntegrationRules

/// Guidance as a flat list of Int32 words, read by the page's glue in this order:
///
///     act, actCitation,
///     hasLetter, [status, expectedBy|absent, missingCount, missing…, citation],
///     hasPeriod, [start, end, citation],
///     requirementCount, (component, level, required, uncertain, citation)…,
///     adviceCount, (id, uncertain, citation)…,
///     citationCount, citation…
///
/// Bracketed parts are present only when the flag before them is 1.
struct GuidanceWords {
    private let words: UnsafeMutableBufferPointer<Int32>
    /// How many words have been written.
    private(set) var count = 0

    /// Writes `guidance` into `words`, which must hold `GuidanceWords.capacity`.
    init(_ guidance: Guidance, into words: UnsafeMutableBufferPointer<Int32>) {
        self.words = words
        append(guidance.act.rawValue, guidance.actCitation.rawValue)
        if let letter = guidance.letter {
            append(1, letter.status.rawValue, letter.expectedBy?.dayNumber ?? absent)
            append(Int32(letter.missing.count))
            for condition in letter.missing { append(condition.rawValue) }
            append(letter.citation.rawValue)
        } else {
            append(0)
        }
        if let period = guidance.integrationPeriod {
            append(1, period.start.dayNumber, period.end.dayNumber, period.citation.rawValue)
        } else {
            append(0)
        }
        append(Int32(guidance.requirements.count))
        for requirement in guidance.requirements {
            append(
                requirement.component.rawValue, requirement.level.rawValue,
                flag(requirement.required), flag(requirement.uncertain), requirement.citation.rawValue
            )
        }
        append(Int32(guidance.advice.count))
        for advice in guidance.advice {
            append(advice.id.rawValue, flag(advice.uncertain), advice.citation.rawValue)
        }
        let citations = guidance.citations
        append(Int32(citations.count))
        for citation in citations { append(citation.rawValue) }
    }

    /// Room for the longest guidance: each condition, component, advice and
    /// citation at most once.
    static let capacity = 2 + (5 + LetterCondition.allCases.count) + 4
        + (1 + 5 * Component.allCases.count) + (1 + 3 * AdviceID.allCases.count)
        + (1 + Citation.allCases.count)

    private mutating func append(_ values: Int32...) {
        for value in values {
            precondition(count < words.count, "guidance longer than GuidanceWords.capacity")
            words[count] = value
            count += 1
        }
    }

    private func flag(_ value: Bool) -> Int32 { value ? 1 : 0 }
}
#endif
