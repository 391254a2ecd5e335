// A situation in JSON: the fields of `Situation` under the same names, dates
// as "YYYY-MM-DD". Only `today` is required; an absent or null field is an
// unanswered question. Unknown fields are errors, so a typo does not pass
// silently.

extension Situation {
    public static let fieldNames = [
        "today", "obligation", "obligedSince", "hasBSN", "hasResidencePermit",
        "registeredWithMunicipality", "arrangedOn", "letterReceived", "pipDate",
        "track", "diploma", "livesInAZC",
    ]

    public init(wire: WireValue) throws(WireError) {
        guard case .object(let members) = wire else { throw WireError("the situation must be a JSON object") }
        for member in members where !Situation.fieldNames.contains(member.key) {
            throw WireError("unknown field \"\(member.key)\"; the fields are: " + Situation.fieldNames.joined(separator: ", "))
        }
        let fields = Fields(wire: wire)
        guard let today = try fields.date("today") else { throw WireError("\"today\" is required") }
        self.init(
            today: today,
            obligation: try fields.id("obligation") ?? .unknown,
            obligedSince: try fields.date("obligedSince"),
            hasBSN: try fields.bool("hasBSN"),
            hasResidencePermit: try fields.bool("hasResidencePermit"),
            registeredWithMunicipality: try fields.bool("registeredWithMunicipality"),
            arrangedOn: try fields.date("arrangedOn"),
            letterReceived: try fields.bool("letterReceived"),
            pipDate: try fields.date("pipDate"),
            track: try fields.id("track"),
            diploma: try fields.id("diploma") ?? .none,
            livesInAZC: try fields.bool("livesInAZC")
        )
    }

    public var wire: WireValue {
        .object([
            WireMember("today", .date(today)),
            WireMember("obligation", .id(obligation)),
            WireMember("obligedSince", .date(obligedSince)),
            WireMember("hasBSN", .bool(hasBSN)),
            WireMember("hasResidencePermit", .bool(hasResidencePermit)),
            WireMember("registeredWithMunicipality", .bool(registeredWithMunicipality)),
            WireMember("arrangedOn", .date(arrangedOn)),
            WireMember("letterReceived", .bool(letterReceived)),
            WireMember("pipDate", .date(pipDate)),
            WireMember("track", track.map { .id($0) } ?? .null),
            WireMember("diploma", .id(diploma)),
            WireMember("livesInAZC", .bool(livesInAZC)),
        ])
    }
}

/// Reads one field at a time, naming the field in every error.
private struct Fields {
    let wire: WireValue

    func date(_ name: String) throws(WireError) -> CivilDate? {
        switch wire[name] {
        case nil, .null?: return nil
        case .string(let text)?:
            do {
                return try CivilDate(iso: text)
            } catch {
                throw WireError("\"\(name)\": \(text) is not a date: " + error.explanation)
            }
        default: throw WireError("\"\(name)\" must be a date written YYYY-MM-DD")
        }
    }

    func bool(_ name: String) throws(WireError) -> Bool {
        switch wire[name] {
        case nil, .null?: return false
        case .bool(let value)?: return value
        default: throw WireError("\"\(name)\" must be true or false")
        }
    }

    func id<V: Vocabulary>(_ name: String) throws(WireError) -> V? {
        let choices = V.allCases.map { "\"\($0.id)\"" }.joined(separator: ", ")
        switch wire[name] {
        case nil, .null?: return nil
        case .string(let text)?:
            guard let value = V(id: text) else {
                throw WireError("\"\(name)\": \"\(text)\" is not one of " + choices)
            }
            return value
        default: throw WireError("\"\(name)\" must be one of " + choices)
        }
    }
}

extension DateError {
    var explanation: String {
        switch self {
        case .notADate: "write it as YYYY-MM-DD"
        case .noSuchMonth: "there is no such month"
        case .noSuchDay: "that month has no such day"
        case .outOfRange: "the year must lie between 1900 and 2199"
        }
    }
}
