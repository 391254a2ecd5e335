import Foundation

/// Paths in the repository, found from this file's location.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // IntegrationRulesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let scenarios = root.appendingPathComponent("Tests/IntegrationRulesTests/scenarios.json")
    static let parityScript = root.appendingPathComponent("Tests/Parity/parity.mjs")

    /// The module `make wasm` builds; `RULES_WASM` overrides it.
    static var wasm: URL {
        if let path = ProcessInfo.processInfo.environment["RULES_WASM"] {
            return URL(fileURLWithPath: path, relativeTo: root)
        }
        return root.appendingPathComponent(".build-wasm/RulesWidget.wasm")
    }
}
