/// An enumeration whose cases have a stable id: the value in the JSON of the
/// `wegwijs rules` command and the key the widget's UI strings use.
///
/// `rawValue` is the case's code in the WebAssembly ABI; ids are static
/// strings so the wasm can hand them to the page without Unicode tables.
public protocol Vocabulary: CaseIterable, Equatable, RawRepresentable where RawValue == Int32 {
    var id: StaticString { get }
}

extension Vocabulary {
    /// The case with this id, or nil.
    public init?(id text: String) {
        for candidate in Self.allCases where candidate.id.description == text {
            self = candidate
            return
        }
        return nil
    }
}
