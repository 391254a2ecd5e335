import Foundation
@testable import SiteBuilder
import Testing

/// `SiteBuild.update`, the preview's way to render an edit of pages' text: only the pages that
/// show the edited files, with what a full build of the same sources writes and reports.
@Suite struct PageUpdateTests {
    let temporary: TemporaryFolder
    let site: URL
    let themes: URL
    let output: URL

    init() throws {
        let copy = try EditableSite("basic")
        (temporary, site, themes, output) = (copy.temporary, copy.site, copy.themes, copy.output)
    }

    func build(into folder: URL, keeping: Bool = false) -> BuildReport {
        var options = BuildOptions(site: site, output: folder, themes: themes)
        options.keepsLastBuild = keeping
        return SiteBuild.run(options)
    }

    func lastBuild() throws -> LastBuild {
        try #require(build(into: output, keeping: true).lastBuild)
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = site.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    /// The pages in `output` are a full build's of the sources as they are now, the report says
    /// what it says, and a build into `output` finds nothing to render.
    func expectSameAsFullBuild(_ report: BuildReport) {
        let fresh = temporary.url.appendingPathComponent("fresh-\(UUID().uuidString)")
        let full = build(into: fresh)
        var (mine, theirs) = (temporary.snapshot(output), temporary.snapshot(fresh))
        mine[Publisher.markerName] = nil
        theirs[Publisher.markerName] = nil
        #expect(mine == theirs)
        #expect(report.diagnostics == full.diagnostics)
        #expect(build(into: output).renderedPageCount == 0, "the manifest says what the update wrote")
    }

    @Test func rendersAnEditedPageAndItsFallbackCopies() throws {
        let last = try lastBuild()
        try edit("content/en/tracks/b1.md") { $0 + "\nOne more sentence.\n" }
        let report = try #require(SiteBuild.update(last, changed: ["content/en/tracks/b1.md"]))
        #expect(report.succeeded)
        #expect(report.renderedPageCount == 3, "en/tracks/b1 and its fallback copies in nl and ar")
        #expect(temporary.read("public/nl/leerroutes/b1/index.html")?.contains("One more sentence.") == true)
        expectSameAsFullBuild(report)

        try edit("content/en/tracks/b1.md") { $0 + "\nAnd another.\n" }
        let again = try #require(SiteBuild.update(last, changed: ["content/en/tracks/b1.md"]))
        #expect(temporary.read("public/ar/tracks/b1/index.html")?.contains("And another.") == true)
        expectSameAsFullBuild(again)
    }

    @Test func checksTheTranslationsOfAnEditedSource() throws {
        let last = try lastBuild()
        try edit("content/en/tracks/_index.md") { $0 + "\nSee [the B1 track](b1.md).\n" }
        let report = try #require(SiteBuild.update(last, changed: ["content/en/tracks/_index.md"]))
        #expect(report.diagnostics.contains { $0.description.hasPrefix("content/nl/tracks/_index.md:") && $0.message.contains("missing link to 'b1.md'") })
        expectSameAsFullBuild(report)
    }

    @Test func aBrokenLinkFailsAndWritesNothing() throws {
        let last = try lastBuild()
        let before = temporary.snapshot(output)
        try edit("content/en/tracks/b1.md") { $0 + "\nSee [nothing](missing.md).\n" }
        let failed = try #require(SiteBuild.update(last, changed: ["content/en/tracks/b1.md"]))
        #expect(!failed.succeeded)
        #expect(failed.diagnostics.contains { $0.severity == .error && $0.description.hasPrefix("content/en/tracks/b1.md:") })
        #expect(temporary.snapshot(output) == before)

        try edit("content/en/tracks/b1.md") { $0.replacingOccurrences(of: "(missing.md)", with: "(_index.md)") }
        let fixed = try #require(SiteBuild.update(last, changed: ["content/en/tracks/b1.md"]))
        #expect(fixed.succeeded)
        expectSameAsFullBuild(fixed)
    }

    /// Edits that other pages show, or that add or remove pages, need a full build.
    @Test(arguments: [
        ("content/en/tracks/b1.md", "title: B1 track", "title: The B1 track"),
        ("content/en/tracks/b1.md", "## The exams", "## The tests"),
        ("content/en/tracks/b1.md", "weight: 1", "weight: 1\ndraft: true"),
        ("content/en/tracks/b1.md", "title: B1 track", "title: [B1 track"),
    ])
    func leavesToAFullBuild(path: String, old: String, new: String) throws {
        let last = try lastBuild()
        try edit(path) { $0.replacingOccurrences(of: old, with: new) }
        #expect(SiteBuild.update(last, changed: [path]) == nil)
    }

    @Test func leavesNewAndDeletedFilesToAFullBuild() throws {
        let last = try lastBuild()
        try Data("---\ntitle: New\n---\n\nNew.\n".utf8).write(to: site.appendingPathComponent("content/en/new.md"))
        #expect(SiteBuild.update(last, changed: ["content/en/new.md"]) == nil)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/en/tracks/b1.md"))
        #expect(SiteBuild.update(last, changed: ["content/en/tracks/b1.md"]) == nil)
        #expect(SiteBuild.update(last, changed: ["site.yaml"]) == nil)
    }
}
