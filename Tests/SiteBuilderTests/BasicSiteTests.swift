import Foundation
@testable import SiteBuilder
import SiteCore
import Testing

/// Builds the `basic` fixture and reads the files a reader and a crawler get.
@Suite struct BasicSiteTests {
    let temporary: TemporaryFolder
    let report: BuildReport

    init() throws {
        temporary = try TemporaryFolder()
        report = FixtureSite(name: "basic").build(into: temporary.url.appendingPathComponent("public"))
    }

    func page(_ path: String) -> String { temporary.read("public/" + path) ?? "" }

    @Test func buildsWithoutErrors() {
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.pages.map(\.locale) == ["en", "nl", "ar"])
        #expect(report.pages.map(\.total) == [3, 3, 3])
        #expect(report.pages.map(\.fallbacks) == [0, 2, 2])
    }

    @Test func writesPrettyURLsWithLocalizedSlugs() {
        #expect(!page("en/tracks/b1/index.html").isEmpty)
        #expect(!page("nl/leerroutes/index.html").isEmpty)
        // The nl section has a localized slug, so its child (a fallback) lives below it.
        #expect(!page("nl/leerroutes/b1/index.html").isEmpty)
        #expect(!page("ar/tracks/b1/index.html").isEmpty)
    }

    @Test func rewritesLinksToSourceFiles() {
        let home = page("en/index.html")
        #expect(home.contains(#"<a href="tracks/b1/#the-exams">the B1 track</a>"#))
        #expect(home.contains(#"<a href="tracks/">the tracks</a>"#))
        #expect(page("en/tracks/b1/index.html").contains(#"<a href="../../">home</a>"#))
        #expect(page("ar/index.html").contains(#"<a href="tracks/b1/">المسار</a>"#))
    }

    @Test func marksExternalLinks() {
        #expect(page("en/index.html").contains(#"<a href="https://www.inburgeren.nl/" class="external" rel="noopener">DUO<span class="visually-hidden"> (opens an external website)</span></a>"#))
    }

    @Test func dropsRawHTMLAndScriptLinks() {
        let home = page("en/index.html")
        #expect(!home.contains("<script>"))
        #expect(!home.contains("alert("))
        #expect(!home.lowercased().contains("script:"))
        let unsafe = report.diagnostics.filter { $0.message.contains("is not allowed; the link was left out") }
        #expect(unsafe.count == 6, "each unsafe link is reported: \(unsafe)")
        #expect(report.diagnostics.contains(.warning("raw HTML is not allowed in content and was left out",
                                                     at: SourceLocation(path: "content/en/_index.md", line: 8, column: 1))))
        #expect(page("en/tracks/b1/index.html").contains("let x = &quot;&lt;b&gt;&quot;"))
    }

    @Test func escapesFrontMatter() {
        #expect(page("en/tracks/b1/index.html").contains("<!DOCTYPE html>"))
        #expect(!page("en/tracks/b1/index.html").contains("<you>"))
    }

    @Test func givesHeadingsUniqueReadableIDs() {
        let b1 = page("en/tracks/b1/index.html")
        #expect(b1.contains(#"<h2 id="the-exams">"#))
        #expect(b1.contains(#"<h2 id="the-exams-1">"#))
        #expect(page("ar/index.html").contains(#"<h2 id="الامتحانات">"#))
        #expect(page("nl/leerroutes/index.html").contains(#"<h2 id="overview">Overzicht</h2>"#))
    }

    @Test func rendersDirectivesThroughTheTheme() {
        #expect(page("en/tracks/b1/index.html").contains(#"<div class="rules">What applies to me?</div>"#))
    }

    @Test func marksFallbackPagesInTheReadersLanguage() {
        let fallback = page("nl/leerroutes/b1/index.html")
        #expect(fallback.contains(#"Deze pagina is er nog niet in het <bdi lang="nl">Nederlands</bdi>. U leest de versie in het <bdi lang="en">English</bdi>."#))
        #expect(fallback.contains(#"<main lang="en" dir="ltr">"#))
        #expect(page("ar/tracks/index.html").contains(#"<html lang="ar" dir="rtl">"#))
    }

    @Test func marksUnreviewedMachineTranslations() {
        #expect(page("nl/leerroutes/index.html").contains("Vertaald door een computer; niet gecontroleerd."))
        #expect(!page("en/tracks/index.html").contains("class=\"notice\""))
    }

    @Test func linksEveryTranslation() {
        let section = page("en/tracks/index.html")
        #expect(section.contains(#"<a href="../../nl/leerroutes/" hreflang="nl">Nederlands</a>"#))
        #expect(section.contains(#"<link rel="alternate" hreflang="nl" href="https://example.org/site/nl/leerroutes/">"#))
        #expect(section.contains(#"<link rel="alternate" hreflang="x-default" href="https://example.org/site/en/tracks/">"#))
        // A fallback is not a translation: no alternate for ar.
        #expect(!section.contains(#"hreflang="ar" href="https://example.org/site/ar/tracks/">"#))
    }

    @Test func writesSitemapRobotsChooserAnd404s() {
        let sitemap = page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/site/nl/leerroutes/</loc>"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/site/en/tracks/"/>"#))
        #expect(!sitemap.contains("<loc>https://example.org/site/nl/leerroutes/b1/</loc>"), "fallback pages are not in the sitemap")
        #expect(page("robots.txt").contains("Sitemap: https://example.org/site/sitemap.xml"))
        #expect(page("index.html").contains(#"<a href="ar/">العربية</a>"#))
        #expect(page("nl/404.html").contains("Pagina niet gevonden"))
        #expect(page("404.html").contains("/site/assets/style."), "404 pages link from the site root, since hosts serve them at any path")
    }

    @Test func fingerprintsAssets() throws {
        let assets = try FileManager.default.contentsOfDirectory(atPath: temporary.url.appendingPathComponent("public/assets").path)
        let expectedHash = SHA256.hex(Array("body { color: black }\n".utf8), length: 10)
        #expect(assets == ["style.\(expectedHash).css"])
        #expect(page("en/tracks/b1/index.html").contains("href=\"../../../assets/style.\(expectedHash).css\""))
    }

    @Test func buildsAreByteForByteIdentical() throws {
        let second = temporary.url.appendingPathComponent("second")
        let again = FixtureSite(name: "basic").build(into: second)
        #expect(again.succeeded)
        #expect(temporary.snapshot(temporary.url.appendingPathComponent("public")) == temporary.snapshot(second))
    }
}

struct PublishingTests {
    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let output = temporary.url.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("thesis.txt"))

        let report = FixtureSite(name: "basic").build(into: output)

        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.message).contains { $0.contains("was not made by wegwijs") })
        #expect(temporary.read("documents/thesis.txt") == "keep me")
    }

    @Test func leavesNoStagingFoldersBehind() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let output = temporary.url.appendingPathComponent("public")
        #expect(FixtureSite(name: "basic").build(into: output).succeeded)
        #expect(FixtureSite(name: "basic").build(into: output).succeeded)
        #expect(temporary.read("public/en/index.html") != nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no staging folders left behind: \(leftovers)")
    }
}

struct URLSafetyTests {
    @Test(arguments: [
        ("javascript:alert(1)", false, false), ("JaVa\tScRiPt:x", false, false), (" \u{1}vbscript:x", false, false),
        ("file:///etc/passwd", false, false), ("data:text/html,<script>", false, false),
        ("data:image/png;base64,AAAA", false, true), ("data:image/svg+xml,<svg>", false, false),
        ("https://example.org/a:b", true, true), ("../page/?q=a:b", true, true), ("mailto:x@example.org", true, true),
        ("tracks/b1/", true, true),
    ])
    func allowsOnlyHarmlessSchemes(url: String, safeAsLink: Bool, safeAsImage: Bool) {
        #expect(URLSafety.isSafe(url) == safeAsLink)
        #expect(URLSafety.isSafe(url, forImage: true) == safeAsImage)
    }

    @Test(arguments: [
        ("https://example.org", true), ("mailto:a@example.org", true), ("a+b.c-d:x", true), ("1abc:x", false),
        (":x", false), ("../a:b", false), ("tracks/b1/", false), ("wat-géldt:x", false),
    ])
    func tellsSchemesFromPaths(url: String, hasScheme: Bool) {
        #expect(URLSafety.hasScheme(url) == hasScheme)
    }
}
