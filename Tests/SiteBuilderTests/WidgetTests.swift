import Foundation
import SiteBuilder
import SiteCore
import Testing

/// A small site with the rules widget on one page, built with the default theme.
@Suite struct WidgetTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Stands in for the wasm module: the test checks it arrives intact, not that it runs.
    static let wasmBytes: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0xFF, 0x3C]

    let temporary: TemporaryFolder

    init() throws {
        temporary = try TemporaryFolder()
        try write("site.yaml", "baseURL: https://example.org/\ndefaultLocale: en\ntheme: default\nlocales:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n")
        try write("content/en/_index.md", "---\ntitle: Home\n---\n\nSee [what applies](what-applies.md).\n")
        try write("content/en/what-applies.md", "---\ntitle: What applies\n---\n\nIntro.\n\n```wegwijs-rules\n```\n")
        try write("content/en/letter-from-duo.md", "---\ntitle: The letter\n---\n\nText.\n")
        try FileManager.default.createDirectory(at: temporary.url.appendingPathComponent("wasm"), withIntermediateDirectories: true)
        try Data(Self.wasmBytes).write(to: temporary.url.appendingPathComponent("wasm/RulesWidget.wasm"))
    }

    func write(_ path: String, _ text: String) throws {
        let url = temporary.url.appendingPathComponent("site/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func build(wasm: String = "wasm/RulesWidget.wasm") -> BuildReport {
        SiteBuild.run(BuildOptions(
            site: temporary.url.appendingPathComponent("site"), output: temporary.url.appendingPathComponent("public"),
            themes: Self.repository.appendingPathComponent("themes"),
            rulesWasm: temporary.url.appendingPathComponent(wasm),
            rulesGlue: Self.repository.appendingPathComponent("Sources/RulesWidget/js/rules.mjs")))
    }

    func page(_ path: String) -> String { temporary.read("public/" + path) ?? "" }

    /// The text between the first `open` after `marker` and the next `close`.
    func between(_ text: String, after marker: String, _ open: String, _ close: String) -> String? {
        guard let start = text.firstRange(of: marker)?.upperBound,
              let from = text[start...].firstRange(of: open)?.upperBound,
              let to = text[from...].firstRange(of: close)?.lowerBound else { return nil }
        return String(text[from..<to])
    }

    @Test func cspHashesTheInlineScriptAndNothingElse() throws {
        defer { temporary.remove() }
        #expect(build().succeeded)
        let html = page("en/what-applies/index.html")
        let script = try #require(between(html, after: "data-rules-data", "<script type=\"module\">", "</script>"))
        let hash = "sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
        let csp = try #require(between(html, after: "<head>", "http-equiv=\"Content-Security-Policy\" content=\"", "\""))
            .replacing("&#39;", with: "'")
        #expect(csp.contains("script-src '\(hash)' 'wasm-unsafe-eval'"))
        #expect(!csp.contains("unsafe-inline"))
        #expect(html.components(separatedBy: "<script").count == 3, "one data block and one script")
        // A page without the widget runs no script at all.
        let home = page("en/index.html")
        #expect(!home.contains("<script"))
        #expect(home.contains("default-src 'none'".replacing("'", with: "&#39;")))
        #expect(!home.contains("script-src"))
    }

    @Test func embedsTheWasmAndTheLocaleStrings() throws {
        defer { temporary.remove() }
        #expect(build().succeeded)
        let html = page("ar/what-applies/index.html")
        let json = try #require(between(html, after: "data-rules-data", ">", "</script>"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(data["wasm"] as? String == Data(Self.wasmBytes).base64EncodedString())
        #expect(data["lang"] as? String == "ar")
        #expect((data["strings"] as? [String: Any])?["authority"] is String)
        // The English page stands in for Arabic, under the Arabic URL.
        #expect((data["pages"] as? [String: String])?["letter-from-duo.md"] == "../letter-from-duo/")
        #expect(!json.contains("<"), "no text in the data block can close it")
    }

    @Test func staticSummaryForReadersWithoutJavaScript() throws {
        defer { temporary.remove() }
        #expect(build().succeeded)
        let html = page("en/what-applies/index.html")
        let summary = try #require(between(html, after: "data-rules-summary", ">", "</div>"))
        let json = try #require(between(html, after: "data-rules-data", ">", "</script>"))
        let strings = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["strings"] as? [String: Any])
        for key in ["act.2021", "act.2013", "act.voluntary", "period.ruleAct2021", "requirements.component.final-interview", "authority"] {
            let text = try #require(strings[key] as? String)
            #expect(summary.contains(escapedHTML(text)), "the summary says \(key)")
        }
        #expect(summary.contains("https://wetten.overheid.nl/BWBR0044770/"), "items link their statute")
        #expect(summary.components(separatedBy: "class=\"rules-summary-case\"").count == 7, "six situations")
    }

    @Test func missingWasmIsAnErrorAtTheDirective() {
        defer { temporary.remove() }
        let report = build(wasm: "nowhere/RulesWidget.wasm")
        #expect(!report.succeeded)
        let message = report.diagnostics.first { $0.description.contains("make wasm") }?.description ?? ""
        #expect(message.contains("content/en/what-applies.md:7"), "\(report.diagnostics)")
    }
}

func escapedHTML(_ text: String) -> String {
    text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
        .replacing("\"", with: "&quot;").replacing("'", with: "&#39;")
}
