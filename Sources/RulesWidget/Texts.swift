#if arch(wasm32)
import IntegrationRules

// The page reads every id (and each citation's address) from here, so the
// vocabulary is written once, in IntegrationRules. Texts are static UTF-8
// bytes in the module's memory; no Swift String is made.

/// Which table a text comes from; the numbers are part of the ABI.
private enum TextTable: Int32 {
    case obligation, track, diploma, act, letterStatus, letterCondition
    case component, level, advice, citation, citationURL, citationPage, situationError
}

/// The address of the text, or 0 when the table has no such code.
@_expose(wasm, "wegwijs_text")
@_cdecl("wegwijs_text")
func textAddress(table: Int32, code: Int32) -> Int32 {
    guard let text = text(table: table, code: code) else { return 0 }
    return Int32(Int(bitPattern: text.utf8Start))
}

/// The length in bytes of the text, or -1 when the table has no such code.
@_expose(wasm, "wegwijs_text_length")
@_cdecl("wegwijs_text_length")
func textLength(table: Int32, code: Int32) -> Int32 {
    guard let text = text(table: table, code: code) else { return -1 }
    return Int32(text.utf8CodeUnitCount)
}

private func text(table: Int32, code: Int32) -> StaticString? {
    guard let table = TextTable(rawValue: table) else { return nil }
    switch table {
    case .obligation: return id(Obligation.self, code)
    case .track: return id(Track.self, code)
    case .diploma: return id(Diploma.self, code)
    case .act: return id(Act.self, code)
    case .letterStatus: return id(LetterStatus.self, code)
    case .letterCondition: return id(LetterCondition.self, code)
    case .component: return id(Component.self, code)
    case .level: return id(Level.self, code)
    case .advice: return id(AdviceID.self, code)
    case .citation: return id(Citation.self, code)
    case .citationURL: return Citation(rawValue: code)?.url
    case .citationPage: return Citation(rawValue: code)?.page
    case .situationError: return id(SituationError.self, code)
    }
}

private func id<V: Vocabulary>(_ vocabulary: V.Type, _ code: Int32) -> StaticString? {
    V(rawValue: code)?.id
}
#endif
