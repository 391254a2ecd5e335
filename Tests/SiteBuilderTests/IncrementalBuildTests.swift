import Foundation
import SiteBuilder
import Testing

/// A second build renders only the pages whose inputs changed, and its output is the same,
/// byte for byte, as a fresh build of the same sources.
@Suite struct IncrementalBuildTests {
    let temporary: TemporaryFolder
    let site: URL
    let themes: URL
    let output: URL

    init() throws {
        temporary = try TemporaryFolder()
        site = temporary.url.appendingPathComponent("site")
        themes = temporary.url.appendingPathComponent("themes")
        output = temporary.url.appendingPathComponent("public")
        try FileManager.default.copyItem(at: FixtureSite(name: "basic").folder, to: site)
        try FileManager.default.copyItem(at: FixtureSite.root.appendingPathComponent("themes"), to: themes)
    }

    func build(into folder: URL? = nil) -> BuildReport {
        SiteBuild.run(BuildOptions(site: site, output: folder ?? output, themes: themes))
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = temporary.url.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    /// The output equals what a build into an empty folder makes now.
    func expectSameAsFreshBuild() {
        let fresh = temporary.url.appendingPathComponent("fresh-\(UUID().uuidString)")
        #expect(build(into: fresh).succeeded)
        #expect(temporary.snapshot(output) == temporary.snapshot(fresh))
    }

    @Test func rendersNothingWhenNothingChanged() throws {
        let first = build()
        #expect(first.renderedPageCount == 9)
        let before = temporary.snapshot(output)
        let second = build()
        #expect(second.succeeded)
        #expect(second.renderedPageCount == 0)
        #expect(second.pageCount == 9)
        #expect(second.diagnostics == first.diagnostics, "warnings of unchanged pages are reported again")
        #expect(temporary.snapshot(output) == before)
    }

    @Test func rendersAnEditedPageAndItsFallbackCopiesOnly() throws {
        _ = build()
        try edit("site/content/en/tracks/b1.md") { $0 + "\nOne more sentence.\n" }
        let report = build()
        #expect(report.renderedPageCount == 3, "en/tracks/b1 and its fallback copies in nl and ar")
        #expect(temporary.read("public/nl/leerroutes/b1/index.html")?.contains("One more sentence.") == true)
        expectSameAsFreshBuild()
    }

    @Test func rendersEveryPageWhenATitleChanges() throws {
        _ = build()
        try edit("site/content/en/tracks/_index.md") { $0.replacing("title: Learning tracks", with: "title: Tracks") }
        #expect(build().renderedPageCount == 9, "titles show in menus and section lists")
        expectSameAsFreshBuild()
    }

    @Test func rendersEveryPageWhenATemplateChanges() throws {
        _ = build()
        try edit("themes/minimal/templates/page.mustache") { $0.replacing("<h1>", with: "<h1 class=\"title\">") }
        #expect(build().renderedPageCount == 9)
        #expect(temporary.read("public/en/tracks/b1/index.html")?.contains(#"<h1 class="title">"#) == true)
        expectSameAsFreshBuild()
    }

    @Test func rendersEveryPageWhenTheConfigurationChanges() throws {
        _ = build()
        try edit("site/site.yaml") { $0.replacing("https://example.org/site/", with: "https://example.net/") }
        #expect(build().renderedPageCount == 9)
        #expect(temporary.read("public/en/index.html")?.contains("https://example.net/en/") == true)
        expectSameAsFreshBuild()
    }

    @Test func removesThePagesOfADeletedFile() throws {
        let extra = site.appendingPathComponent("content/en/extra.md")
        try Data("---\ntitle: Extra\n---\n\nFor a while.\n".utf8).write(to: extra)
        #expect(build().succeeded)
        #expect(temporary.read("public/ar/extra/index.html") != nil)
        try FileManager.default.removeItem(at: extra)
        #expect(build().succeeded)
        #expect(temporary.read("public/en/extra/index.html") == nil)
        #expect(temporary.read("public/ar/extra/index.html") == nil)
        expectSameAsFreshBuild()
    }

    @Test(arguments: [0, 1, 7, 100])
    func aDamagedManifestMeansAFullBuild(keptBytes: Int) throws {
        _ = build()
        let marker = output.appendingPathComponent(".wegwijs-build")
        let manifest = try Data(contentsOf: marker)
        try manifest.prefix(keptBytes).write(to: marker)
        let report = build()
        #expect(report.succeeded)
        #expect(report.renderedPageCount == 9)
        #expect(try Data(contentsOf: marker) == manifest, "the full build writes the same manifest again")
    }

    @Test func aFailureWhileWritingChangesNothing() throws {
        _ = build()
        try edit("site/content/en/tracks/b1.md") { $0 + "\nOne more sentence.\n" }
        // A folder where the new en page would be written first makes that write fail; the
        // new nl and ar copies written beside their old pages must be taken back.
        try FileManager.default.createDirectory(at: output.appendingPathComponent("en/tracks/b1/.wegwijs-new.index.html"),
                                                withIntermediateDirectories: true)
        let before = temporary.snapshot(output)
        let report = build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message.hasPrefix("could not write the site") })
        #expect(temporary.snapshot(output) == before)
    }

    @Test func aFailedIncrementalBuildChangesNothing() throws {
        _ = build()
        let before = temporary.snapshot(output)
        try edit("site/content/en/tracks/b1.md") { $0 + "\n[broken](nowhere.md)\n" }
        #expect(!build().succeeded)
        #expect(temporary.snapshot(output) == before)
    }
}
