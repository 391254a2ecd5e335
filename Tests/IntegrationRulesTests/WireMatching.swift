import IntegrationRules

extension WireValue {
    /// Where `self` differs from `expected`, or nil. Objects match when every
    /// key of `expected` matches (other keys are ignored); arrays must have the
    /// same length and match element by element; anything else must be equal.
    func mismatch(with expected: WireValue, at path: String = "") -> String? {
        switch (self, expected) {
        case (.object, .object(let expectedMembers)):
            for member in expectedMembers {
                let memberPath = path + "." + member.key
                guard let actual = self[member.key] else { return "\(memberPath) is missing" }
                if let found = actual.mismatch(with: member.value, at: memberPath) { return found }
            }
            return nil
        case (.array(let actual), .array(let expected)):
            guard actual.count == expected.count else {
                return "\(path) has \(actual.count) elements, expected \(expected.count): \(json(pretty: false))"
            }
            for (index, pair) in zip(actual, expected).enumerated() {
                if let found = pair.0.mismatch(with: pair.1, at: "\(path)[\(index)]") { return found }
            }
            return nil
        default:
            return self == expected ? nil : "\(path) is \(json(pretty: false)), expected \(expected.json(pretty: false))"
        }
    }
}
