import Foundation
import SiteCore
import Testing
@testable import SiteBuilder

/// `--pseudo` on a small site written by the test, with the fixtures' minimal theme.
@Suite struct PseudoLocaleTests {
    let temporary: TemporaryFolder
    let report: BuildReport

    init() throws {
        temporary = try TemporaryFolder()
        let site = temporary.url.appendingPathComponent("site")
        let files = [
            "site.yaml": "baseURL: https://example.org/\ndefaultLocale: en\ntheme: minimal\nlocales:\n  - code: en\n    name: English\n",
            "content/en/_index.md": "---\ntitle: Welcome\n---\n\nRead *the* [guide](guide.md#the-exams) and run `make site`.\n",
            "content/en/guide.md": "---\ntitle: Guide\n---\n\n## The exams\n\nTwo words.\n\n```swift\nlet x = 1\n```\n",
        ]
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        var options = BuildOptions(site: site, output: temporary.url.appendingPathComponent("public"),
                                   themes: FixtureSite.root.appendingPathComponent("themes"))
        options.pseudo = true
        report = SiteBuild.run(options)
    }

    func page(_ path: String) -> String { temporary.read("public/" + path) ?? "" }

    @Test func addsBothLocalesWithEveryPage() {
        #expect(report.succeeded, "\(report.diagnostics)")
        // No missing UI strings, plural forms or translation metadata in the pseudo-locales.
        #expect(!report.diagnostics.contains { $0.description.contains("en-XA") || $0.description.contains("ar-XB") })
        #expect(report.pages.map(\.locale) == ["en", "en-XA", "ar-XB"])
        #expect(report.pages.map(\.total) == [2, 2, 2])
        #expect(report.pages.map(\.fallbacks) == [0, 0, 0])
    }

    @Test func accentsTextAndKeepsStructure() {
        let home = page("en-XA/index.html")
        #expect(home.contains("<html lang=\"en-XA\" dir=\"ltr\">"))
        #expect(home.contains("<p>[Ŕéáð <em>ţĥé</em> <a href=\"guide/#the-exams\">ĝûîðé</a> áñð ŕûñ <code>make site</code>."))
        #expect(home.contains("<h1>[Ŵéļçöɱé···]</h1>"))
        let guide = page("en-XA/guide/index.html")
        #expect(guide.contains("<h2 id=\"the-exams\">[Ţĥé éẋáɱš····]</h2>"))
        #expect(guide.contains("<code class=\"language-swift\">let x = 1\n</code>"))
    }

    @Test func mirrorsTextInARightToLeftPage() {
        let home = page("ar-XB/index.html")
        #expect(home.contains("<html lang=\"ar-XB\" dir=\"rtl\">"))
        #expect(home.contains("\u{200F}\u{202E}guide\u{202C}\u{200F}</a>"))
        #expect(home.contains("<code>make site</code>"))
    }

    @Test func pseudoTranslatesUIStrings() {
        #expect(page("en-XA/404.html").contains("<h1>[Þáĝé ñöţ ƒöûñð······]</h1>"))
    }

    @Test func keepsPlaceholdersAndLengthens() throws {
        let accented = PseudoLocale.all[0].transform("{count} pages left")
        #expect(accented.hasPrefix("[{count} þáĝéš ļéƒţ"))
        #expect(accented.hasSuffix("]"))
        #expect(Double(accented.count) >= 1.4 * Double("{count} pages left".count))
        let mirrored = PseudoLocale.all[1].transform("{count} pages")
        #expect(mirrored == "{count} \u{200F}\u{202E}pages\u{202C}\u{200F}")
    }

    @Test func findsVisibleTextThatIsNoUIString() {
        let template = """
            <p>{{t.greeting}}</p>
            <p>Hello world</p>
            <span>&nbsp;·&nbsp; ➜</span>
            <script>const label = "not visible";</script>
            {{! a comment with words }}<!-- a note with words -->
            <button aria-label="{{t.close}}">
            Close</button>{{{page.content}}}
            """
        let findings = HardCodedText.findings(in: template, path: "themes/t/templates/x.mustache")
        #expect(findings.map(\.location?.line) == [2, 7])
        #expect(findings.first?.description == "themes/t/templates/x.mustache:2: warning: visible text 'Hello world' is not a UI string; use {{t.…}} so that it is translated")
    }
}
