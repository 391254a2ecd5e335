import Foundation
import SiteBuilder
import Testing

/// Each broken fixture must fail with exactly the diagnostics in its `expected-diagnostics.txt`,
/// and leave the previous build untouched. `WEGWIJS_RECORD=1 swift test` re-records the files.
struct BrokenSiteTests {
    static let fixtures = [
        "bad-config", "bad-slug", "broken-link", "broken-yaml", "duplicate-url", "invalid-utf8", "many-errors",
        "missing-theme", "missing-title", "template-syntax-error", "template-loop", "unknown-directive", "unknown-locale-folder",
        "unknown-ui-string", "unknown-template-name", "too-deep", "symbolic-link",
    ]

    @Test(arguments: fixtures)
    func reportsEveryProblemAndKeepsThePreviousBuild(fixture: String) throws {
        let site = FixtureSite(name: fixture)
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let output = temporary.url.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("en"), withIntermediateDirectories: true)
        try Data().write(to: output.appendingPathComponent(".wegwijs-build"))
        try Data("previous build".utf8).write(to: output.appendingPathComponent("en/index.html"))
        let before = temporary.snapshot()

        let report = site.build(into: output)

        #expect(!report.succeeded)
        let expectedFile = site.folder.appendingPathComponent("expected-diagnostics.txt")
        let actual = FixtureSite.lines(report)
        if ProcessInfo.processInfo.environment["WEGWIJS_RECORD"] == "1" {
            try Data(actual.utf8).write(to: expectedFile)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(actual == expected)
        #expect(temporary.snapshot() == before, "a failed build must leave the output folder exactly as it was")
    }
}
