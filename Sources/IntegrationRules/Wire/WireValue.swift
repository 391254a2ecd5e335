/// A JSON value: the form situations and guidance take at the command line
/// and in the scenario files. Objects keep their members' order as written.
public indirect enum WireValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, kept as written; no field of the rules is numeric.
    case number(String)
    case string(String)
    case array([WireValue])
    case object([WireMember])

    public subscript(key: String) -> WireValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

public struct WireMember: Equatable, Sendable {
    public var key: String
    public var value: WireValue

    public init(_ key: String, _ value: WireValue) {
        self.key = key
        self.value = value
    }
}

extension WireValue {
    static func id<V: Vocabulary>(_ value: V) -> WireValue {
        .string(value.id.description)
    }

    static func date(_ date: CivilDate?) -> WireValue {
        date.map { .string($0.iso) } ?? .null
    }
}
