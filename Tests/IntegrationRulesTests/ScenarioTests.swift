import Foundation
import IntegrationRules
import Testing

/// The situations of scenarios.json, worked out by hand from the brief, run
/// against the native module.
@Suite struct ScenarioTests {
    struct Scenario {
        let name: String
        let situation: WireValue
        let expected: WireValue?
        let error: String?
        let inputError: Bool
    }

    static func load() throws -> [Scenario] {
        let text = try String(contentsOf: Repository.scenarios, encoding: .utf8)
        guard case .array(let entries)? = try WireValue(json: text)["scenarios"] else {
            throw WireError("scenarios.json has no \"scenarios\" array")
        }
        return try entries.map { entry in
            guard case .string(let name)? = entry["name"], let situation = entry["situation"] else {
                throw WireError("a scenario needs a name and a situation: \(entry.json(pretty: false))")
            }
            var error: String?
            if case .string(let id)? = entry["error"] { error = id }
            return Scenario(
                name: name, situation: situation, expected: entry["expected"],
                error: error, inputError: entry["inputError"] == .bool(true)
            )
        }
    }

    @Test func thereAreAtLeastFortyScenarios() throws {
        let count = try Self.load().count
        print("scenarios: \(count)")
        #expect(count >= 40)
    }

    @Test func everyScenarioGivesItsExpectedGuidance() throws {
        for scenario in try Self.load() {
            check(scenario)
        }
    }

    private func check(_ scenario: Scenario) {
        let situation: Situation
        do {
            situation = try Situation(wire: scenario.situation)
        } catch {
            #expect(scenario.inputError, "\(scenario.name): unreadable situation: \(error.message)")
            return
        }
        #expect(!scenario.inputError, "\(scenario.name): the situation was read, expected an input error")
        do {
            let guidance = try Guidance(for: situation)
            #expect(scenario.error == nil, "\(scenario.name): guidance given, expected error \(scenario.error ?? "")")
            guard let expected = scenario.expected else {
                Issue.record("\(scenario.name): no expected guidance")
                return
            }
            let mismatch = guidance.wire.mismatch(with: expected)
            #expect(mismatch == nil, "\(scenario.name): \(mismatch ?? "")")
        } catch {
            #expect(scenario.error == error.id.description, "\(scenario.name): error \(error.id)")
        }
    }
}
