// Guidance in JSON, the shape the `wegwijs rules` command prints and the
// widget's glue (Sources/RulesWidget/js/rules.mjs) returns. Items name their
// source by citation id; `citations` lists each source once with its link.

extension Guidance {
    public var wire: WireValue {
        .object([
            WireMember("act", .id(act)),
            WireMember("actCitation", .id(actCitation)),
            WireMember("letter", letter?.wire ?? .null),
            WireMember("integrationPeriod", integrationPeriod?.wire ?? .null),
            WireMember("requirements", .array(requirements.map { $0.wire })),
            WireMember("advice", .array(advice.map { $0.wire })),
            WireMember("citations", .array(citations.map { $0.wire })),
        ])
    }
}

extension LetterGuidance {
    var wire: WireValue {
        .object([
            WireMember("status", .id(status)),
            WireMember("expectedBy", .date(expectedBy)),
            WireMember("missing", .array(missing.map { .id($0) })),
            WireMember("citation", .id(citation)),
        ])
    }
}

extension IntegrationPeriod {
    var wire: WireValue {
        .object([
            WireMember("start", .date(start)),
            WireMember("end", .date(end)),
            WireMember("citation", .id(citation)),
        ])
    }
}

extension Requirement {
    var wire: WireValue {
        .object([
            WireMember("component", .id(component)),
            WireMember("level", .id(level)),
            WireMember("required", .bool(required)),
            WireMember("uncertain", .bool(uncertain)),
            WireMember("citation", .id(citation)),
        ])
    }
}

extension Advice {
    var wire: WireValue {
        .object([
            WireMember("id", .id(id)),
            WireMember("uncertain", .bool(uncertain)),
            WireMember("citation", .id(citation)),
        ])
    }
}

extension Citation {
    /// A statute has a `url`; a site page has the `page` it is written in.
    var wire: WireValue {
        let link = url.utf8CodeUnitCount > 0
            ? WireMember("url", .string(url.description))
            : WireMember("page", .string(page.description))
        return .object([WireMember("id", .id(self)), link])
    }
}

extension SituationError {
    /// How an impossible situation appears in the JSON: `{"error": id}`.
    public var wire: WireValue {
        .object([WireMember("error", .id(self))])
    }
}
