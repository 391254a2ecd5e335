import Foundation
import SiteCore
import Testing
@testable import PreviewServer

/// A preview server on a free port, serving a small site from a temporary folder.
@Suite(.serialized) struct PreviewServerTests {
    @Test func neverServesAFileOutsideTheBuild() async throws {
        let site = try TestSite()
        try await site.start()
        defer { Task { await site.stop() } }
        // A symlink in the online build that leads out of it, to the site folder.
        let online = site.previewFolder.appendingPathComponent("b").path
        try FileManager.default.createSymbolicLink(atPath: online + "/escape", withDestinationPath: site.site.path)
        let http = RawHTTP(port: site.port)
        let attempts = [
            "/../site/site.yaml", "/en/../../site/site.yaml", "/%2e%2e/site/site.yaml", "/%2E%2E/%2e%2e/site/site.yaml",
            "/en/%2e%2e%2f%2e%2e%2fsite/site.yaml", "/..%2fsite%2fsite.yaml", "/%2fetc%2fpasswd",
            site.site.path + "/site.yaml", "//etc/passwd", "/escape/site.yaml", "/escape/", "/en/%00", "/en/..%5csite.yaml",
        ]
        for path in attempts {
            let response = try http.get(path)
            #expect([400, 404].contains(response.status), "\(path) → \(response.status)")
            #expect(!response.body.contains(TestSite.secret), "\(path) leaked a file")
        }
        #expect(try http.get("/escape/site.yaml").status == 404)
        #expect(try http.get("/%2e%2e/site/site.yaml").status == 400)
    }

    @Test func unknownPathsGetTheirLocalesNotFoundPage() async throws {
        let site = try TestSite()
        try await site.start()
        defer { Task { await site.stop() } }
        let http = RawHTTP(port: site.port)
        let dutch = try http.get("/nl/no-such-page/")
        #expect(dutch.status == 404)
        #expect(dutch.body.contains("lang=\"nl\""))
        #expect(dutch.body.contains("Pagina niet gevonden"))
        let elsewhere = try http.get("/no-such-page.html")
        #expect(elsewhere.status == 404)
        #expect(elsewhere.body.contains("lang=\"en\""))
    }

    @Test func servesFoldersAndTypesWithTheReloadScript() async throws {
        let site = try TestSite()
        try await site.start()
        defer { Task { await site.stop() } }
        let http = RawHTTP(port: site.port)
        let home = try http.get("/en/")
        #expect(home.status == 200)
        #expect(home.head.lowercased().contains("content-type: text/html"))
        #expect(home.body.contains(LiveReload.scriptPath))
        func location(_ response: RawHTTP.Response) -> String? {
            response.head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("location:") }.map { String($0.dropFirst(9)).trimmingCharacters(in: .whitespaces) }
        }
        let bare = try http.get("/en")
        #expect(bare.status == 301 && location(bare) == "/en/")
        // Not `//en/`, which a browser would read as a host called "en".
        let doubled = try http.get("//en")
        #expect(doubled.status == 301 && location(doubled) == "/en/")
        #expect(try http.get("/en/", host: "localhost:\(site.port)").status == 200)
        #expect(try http.get("/en/", host: "attacker.example").status == 421, "a page under another name (DNS rebinding) is refused")
        #expect(try http.get("/sitemap.xml").head.contains("application/xml"))
        #expect(try http.get(LiveReload.scriptPath).head.contains("text/javascript"))
    }

    @Test func aBrokenEditShowsItsProblemsAndKeepsTheLastGoodBuild() async throws {
        let site = try TestSite()
        try await site.start()
        defer { Task { await site.stop() } }
        let http = RawHTTP(port: site.port)
        let events = try site.openEvents()
        defer { events.close() }
        #expect(events.readEvent("build") == "event: build\ndata: 1\n\n")

        try site.write("content/en/_index.md", "---\ntitle: Welcome\n---\n\nSecond <version> [x](missing.md).\n")
        let problem = try #require(events.readEvent("failed"))
        #expect(problem.contains("content/en/_index.md:5:"))
        #expect(problem.contains("error: link to &#39;missing.md&#39;"))
        let stillOnline = try http.get("/en/")
        #expect(stillOnline.status == 200 && stillOnline.body.contains("First version."))

        try site.write("content/en/_index.md", "---\ntitle: Welcome\n---\n\nThird version.\n")
        #expect(events.readEvent("build") == "event: build\ndata: 2\n\n")
        #expect(try http.get("/en/").body.contains("Third version."))
    }

    /// An edit of a page's text is rendered into the online build; one that changes what other
    /// pages show (a title) is built into the other folder.
    @Test func rendersATextEditIntoTheOnlineBuild() async throws {
        let site = try TestSite()
        try await site.start()
        defer { Task { await site.stop() } }
        let http = RawHTTP(port: site.port)
        let events = try site.openEvents()
        defer { events.close() }
        #expect(events.readEvent("build") == "event: build\ndata: 1\n\n")
        let (online, other) = (site.previewFolder.appendingPathComponent("b"), site.previewFolder.appendingPathComponent("a"))

        try site.write("content/en/about.md", "---\ntitle: About\n---\n\n## Who we are\n\nA better guide.\n")
        #expect(events.readEvent("build") == "event: build\ndata: 2\n\n")
        #expect(try http.get("/en/about/").body.contains("A better guide."))
        #expect(try String(contentsOf: online.appendingPathComponent("en/about/index.html"), encoding: .utf8).contains("A better guide."))
        #expect(!FileManager.default.fileExists(atPath: other.path), "no build into the other folder")

        try site.write("content/en/about.md", "---\ntitle: About us\n---\n\n## Who we are\n\nA better guide.\n")
        #expect(events.readEvent("build") == "event: build\ndata: 3\n\n")
        #expect(try http.get("/en/").body.contains("About us"), "the menus of other pages show the new title")
        #expect(try String(contentsOf: other.appendingPathComponent("en/index.html"), encoding: .utf8).contains("About us"))
    }

    @Test func theStatusPageListsEveryTranslation() async throws {
        let site = try TestSite()
        try await site.start()
        defer { Task { await site.stop() } }
        let http = RawHTTP(port: site.port)
        let table = try http.get("/_status/")
        #expect(table.status == 200)
        #expect(table.body.contains("href=\"/_status/nl/about.md\""))
        #expect(table.body.contains("<td>missing</td>"))
        #expect(table.body.contains("<td>unreviewed</td>"))
        let about = try http.get("/_status/nl/about.md")
        #expect(about.status == 200 && about.body.contains("wegwijs new --locale nl about.md"))
        #expect(try http.get("/_status/nl/../site.yaml").status == 404)
    }

    @Test func theCSPLetsTheReloadScriptRunAndConnect() {
        let html = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src &#39;sha256-abc=&#39;\"></head>"
        let page = LiveReload.inject(into: html, generation: 3)
        #expect(page.contains("script-src &#39;sha256-abc=&#39; &#39;self&#39;; connect-src &#39;self&#39;"))
        #expect(page.contains("<script src=\"/_wegwijs/reload.js\" data-build=\"3\" defer></script>\n</head>"))
        #expect(LiveReload.widened("default-src 'none'") == "default-src 'none'; script-src 'self'; connect-src 'self'")
    }
}
