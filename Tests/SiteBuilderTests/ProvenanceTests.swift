import Foundation
import SiteBuilder
import SiteCore
import Testing

/// `sources:` and `checked:` in front matter, shown by the default theme and checked for age.
@Suite struct ProvenanceTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDay(year: 2026, month: 12, day: 8)!

    let temporary: TemporaryFolder

    init() throws {
        temporary = try TemporaryFolder()
        try write("site.yaml", "baseURL: https://example.org/\ndefaultLocale: en\ntheme: default\nlocales:\n  - code: en\n    name: English\n  - code: fa\n    name: فارسی\n")
        try write("content/en/_index.md", "---\ntitle: Home\n---\n\nSee [the fine](fine.md).\n")
    }

    func write(_ path: String, _ text: String) throws {
        let url = temporary.url.appendingPathComponent("site/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func writeFine(checked: String, url: String = "https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp") throws {
        try write("content/en/fine.md", """
            ---
            title: The fine
            checked: \(checked)
            sources:
              - title: "DUO: <Boete>"
                url: \(url)
            ---

            Text.

            """)
    }

    func build() -> BuildReport {
        var options = BuildOptions(site: temporary.url.appendingPathComponent("site"), output: temporary.url.appendingPathComponent("public"),
                                   themes: Self.repository.appendingPathComponent("themes"))
        options.today = Self.today
        return SiteBuild.run(options)
    }

    func page(_ path: String) -> String { temporary.read("public/" + path) ?? "" }

    @Test func showsSourcesAndTheirDateInTheReadersLanguage() throws {
        defer { temporary.remove() }
        try writeFine(checked: "2026-03-09")
        let hash = SourceHash.of(body: "\nText.\n")
        try write("content/fa/fine.md", "---\ntitle: جریمه\ntranslation:\n  source: en/fine.md\n  sourceHash: \(hash)\n  method: machine\n  reviewed: false\n---\n\nمتن.\n")
        let report = build()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        #expect(!report.diagnostics.contains { $0.message.contains("'checked'") })
        let english = page("en/fine/index.html")
        #expect(english.contains("Sources, last checked on 9 March 2026"))
        #expect(english.contains(#"<a href="https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp" class="external" rel="noopener"><bdi>DUO: &lt;Boete&gt;</bdi>"#))
        // The translation names no sources of its own: it shows its source page's, with the date in Persian.
        let persian = page("fa/fine/index.html")
        #expect(persian.contains("منابع، آخرین بررسی در ۹ مارس ۲۰۲۶"))
        #expect(persian.contains("https://www.inburgeren.nl/u-gaat-inburgeren/boete.jsp"))
        // A page without sources shows no list.
        #expect(!page("en/index.html").contains("sources-title"))
    }

    @Test func warnsAtTheLineOfACheckedDateOlderThanAYear() throws {
        defer { temporary.remove() }
        try writeFine(checked: "2025-12-07")
        let report = build()
        let warning = report.diagnostics.first { $0.message.contains("'checked' is 2025-12-07") }
        #expect(warning?.severity == .warning)
        #expect(warning?.location == SourceLocation(path: "content/en/fine.md", line: 3, column: 0))
        // Exactly a year is not yet too old.
        try writeFine(checked: "2025-12-08")
        #expect(!build().diagnostics.contains { $0.message.contains("'checked'") })
    }

    @Test func rejectsMalformedValuesAtTheirLine() throws {
        defer { temporary.remove() }
        try writeFine(checked: "2026-02-30", url: "http://www.inburgeren.nl/")
        let report = build()
        let errors = report.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(errors.contains("3: 'checked' must be a date written YYYY-MM-DD, like 2026-12-08"), "\(errors)")
        #expect(errors.contains("6: a source's 'url' must be a full https:// address"), "\(errors)")
    }
}
