import IntegrationRules
import Testing

@Suite struct WireTests {
    @Test func jsonIsReadAsWritten() throws {
        let value = try WireValue(json: #" { "b": [true, false, null, -1.5e3], "a": "x\"\\\n\u00e9" } "#)
        #expect(value == .object([
            WireMember("b", .array([.bool(true), .bool(false), .null, .number("-1.5e3")])),
            WireMember("a", .string("x\"\\\né")),
        ]))
        #expect(value.json(pretty: false) == #"{"a":"x\"\\\né","b":[true,false,null,-1.5e3]}"#)
        #expect(try WireValue(json: value.json()).json(pretty: false) == value.json(pretty: false))
    }

    @Test func brokenJsonSaysWhere() {
        let cases = [
            ("{\"today\": \"2025-01-01\",", "line 1, column 24: the JSON ends too early"),
            ("{\n  \"today\" \"x\"}", "line 2, column 11: expected ':' after the key"),
            ("[1, 2", "line 1, column 6: expected ',' or ']'"),
            ("{} {}", "line 1, column 4: unexpected text after the JSON value"),
            ("tru", "line 1, column 1: expected true"),
            ("\"open", "line 1, column 6: a string is not closed"),
        ]
        for (text, message) in cases {
            #expect(throws: WireError(message), "\(text)") { try WireValue(json: text) }
        }
    }

    @Test func aSituationRoundTrips() throws {
        let situation = Situation(
            today: try CivilDate(iso: "2025-06-01"), obligation: .obliged,
            obligedSince: try CivilDate(iso: "2022-01-01"), hasBSN: true, track: .selfReliance,
            diploma: .noDiploma, livesInAZC: true
        )
        #expect(try Situation(wire: situation.wire) == situation)
        #expect(situation.wire["track"] == .string("self-reliance"))
        #expect(situation.wire["arrangedOn"] == .null)
    }

    @Test func unreadableSituationsNameTheField() {
        let cases = [
            (#"{"today": "2025-06-01", "track": "z"}"#,
             #""track": "z" is not one of "b1", "education", "self-reliance""#),
            (#"{"today": "2025-06-01", "hasBSN": 1}"#, #""hasBSN" must be true or false"#),
            (#"{"today": "2025-02-30"}"#, #""today": 2025-02-30 is not a date: that month has no such day"#),
            (#"{"today": 20250601}"#, #""today" must be a date written YYYY-MM-DD"#),
            (#"{"obligation": "obliged"}"#, #""today" is required"#),
            (#"[]"#, "the situation must be a JSON object"),
        ]
        for (text, message) in cases {
            #expect(throws: WireError(message), "\(text)") { try Situation(wire: WireValue(json: text)) }
        }
        #expect(throws: WireError.self) { try Situation(wire: WireValue(json: #"{"today": "2025-06-01", "pip": null}"#)) }
    }
}
