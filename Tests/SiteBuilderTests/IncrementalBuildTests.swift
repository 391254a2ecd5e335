import Foundation
import Glibc
@testable import SiteBuilder
import Testing

/// A second build renders only the pages whose inputs changed, and its output is the same,
/// byte for byte, as a fresh build of the same sources.
@Suite struct IncrementalBuildTests {
    let temporary: TemporaryFolder
    let site: URL
    let themes: URL
    let output: URL

    init() throws {
        let copy = try EditableSite("basic")
        (temporary, site, themes, output) = (copy.temporary, copy.site, copy.themes, copy.output)
    }

    /// Builds into `folder`, or into `output` as if well after the sources were last written
    /// (as is usual), so that the next build trusts the stamps of files it does not see change.
    func build(into folder: URL? = nil, settled: Bool = true) -> BuildReport {
        let report = SiteBuild.run(BuildOptions(site: site, output: folder ?? output, themes: themes))
        if folder == nil && settled {
            // The marker's time is when the build's scan began.
            try? FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                                   ofItemAtPath: output.appendingPathComponent(".wegwijs-build").path)
        }
        return report
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = temporary.url.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    /// The output equals what a build into an empty folder makes now. The manifest may have
    /// edits appended to it: it must say what the fresh one says, not be the same bytes.
    func expectSameAsFreshBuild() {
        let fresh = temporary.url.appendingPathComponent("fresh-\(UUID().uuidString)")
        #expect(build(into: fresh).succeeded)
        var (mine, theirs) = (temporary.snapshot(output), temporary.snapshot(fresh))
        #expect(mine.removeValue(forKey: Publisher.markerName) != nil)
        #expect(theirs.removeValue(forKey: Publisher.markerName) != nil)
        #expect(mine == theirs)
        let kept = BuildManifest.read(from: output), made = BuildManifest.read(from: fresh)
        #expect(kept != nil && made != nil)
        #expect(kept?.sources == made?.sources)
        #expect(kept?.pages == made?.pages)
        #expect(kept?.translationFindings == made?.translationFindings)
        #expect(kept?.structureHash == made?.structureHash)
        #expect(kept?.siteFiles == made?.siteFiles)
    }

    @Test func rendersNothingWhenNothingChanged() throws {
        let first = build()
        #expect(first.renderedPageCount == 9)
        let before = temporary.snapshot(output)
        let second = build()
        #expect(second.succeeded)
        #expect(second.renderedPageCount == 0)
        #expect(second.readSourceCount == 0, "every file has the stamp the first build saw")
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

    /// The translation check's findings of the keys no edit touched are the last build's; the
    /// translations of an edited page are checked again, with what a build from scratch finds.
    @Test func checksAgainOnlyTheTranslationsOfAnEditedPage() throws {
        let outdated = "content/nl/tracks/_index.md:1: warning: translation is outdated"
        let missingHeading = "missing heading with id 'more'"
        #expect(build().diagnostics.contains { $0.description.hasPrefix(outdated) })

        try edit("site/content/en/tracks/b1.md") { $0 + "\nOne more sentence.\n" }
        #expect(build().diagnostics.contains { $0.description.hasPrefix(outdated) }, "a finding of a page no edit touched")

        try edit("site/content/en/tracks/_index.md") { $0 + "\n## More {#more}\n\nMore.\n" }
        let edited = build()
        #expect(edited.diagnostics.contains { $0.description.contains(missingHeading) })
        let fresh = build(into: temporary.url.appendingPathComponent("fresh"))
        #expect(edited.diagnostics == fresh.diagnostics)

        try edit("site/content/en/tracks/_index.md") { $0.replacingOccurrences(of: "\n## More {#more}\n\nMore.\n", with: "") }
        let reverted = build()
        #expect(!reverted.diagnostics.contains { $0.description.contains(missingHeading) })
        #expect(reverted.diagnostics.contains { $0.description.hasPrefix(outdated) })
    }

    /// An edit that leaves every title and heading as it was is appended to the manifest, and
    /// the next build reads the manifest with it.
    @Test func appendsAnEditToTheManifest() throws {
        _ = build()
        let marker = output.appendingPathComponent(Publisher.markerName)
        let written = try Data(contentsOf: marker)
        try edit("site/content/en/tracks/b1.md") { $0 + "\nOne more sentence.\n" }
        #expect(build().renderedPageCount == 3)
        let amended = try Data(contentsOf: marker)
        #expect(amended.count > written.count && amended.prefix(written.count) == written, "appended, not written again")
        let next = build()
        #expect(next.renderedPageCount == 0)
        #expect(next.readSourceCount == 0)
        expectSameAsFreshBuild()

        // An amendment cut short (a build stopped while appending it): the manifest is not used.
        try amended.dropLast().write(to: marker)
        #expect(build().renderedPageCount == 9)
    }

    @Test func readsAgainFilesWrittenJustBeforeTheLastBuild() throws {
        // Written moments before that build's scan: another write within the same tick of the
        // file system's clock could have kept their stamps.
        _ = build(settled: false)
        let report = build()
        #expect(report.readSourceCount == 5)
        #expect(report.renderedPageCount == 0)
    }

    @Test func seesAnEditThatKeepsSizeAndModificationTime() throws {
        _ = build()
        let path = site.appendingPathComponent("content/en/tracks/b1.md").path
        var before = stat()
        stat(path, &before)
        try edit("site/content/en/tracks/b1.md") { $0.replacing(#"let x = "<b>""#, with: #"let y = "<b>""#) }
        #expect(utimensat(AT_FDCWD, path, [before.st_atim, before.st_mtim], 0) == 0)
        var after = stat()
        stat(path, &after)
        #expect(after.st_size == before.st_size)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

        let report = build()
        #expect(report.readSourceCount == 1, "its inode change time moved")
        #expect(report.renderedPageCount == 3)
        #expect(temporary.read("public/en/tracks/b1/index.html")?.contains("let y") == true)
        expectSameAsFreshBuild()
    }

    @Test func rendersAPageWhoseFileWentMissing() throws {
        _ = build()
        try FileManager.default.removeItem(at: output.appendingPathComponent("nl/leerroutes/b1/index.html"))
        let report = build()
        #expect(report.readSourceCount == 0)
        #expect(report.renderedPageCount == 1, "rendered from a body read for it")
        expectSameAsFreshBuild()
    }

    @Test func writesAMissingSiteFileAgain() throws {
        _ = build()
        try FileManager.default.removeItem(at: output.appendingPathComponent("sitemap.xml"))
        let report = build()
        #expect(report.succeeded)
        #expect(report.renderedPageCount == 0)
        #expect(temporary.read("public/sitemap.xml") != nil)
        expectSameAsFreshBuild()
    }

    @Test func removesAPageThatBecomesADraft() throws {
        try Data("---\ntitle: Extra\n---\n\nFor a while.\n".utf8).write(to: site.appendingPathComponent("content/en/extra.md"))
        _ = build()
        try edit("site/content/en/extra.md") { $0.replacing("title: Extra\n", with: "title: Extra\ndraft: true\n") }
        #expect(build().succeeded)
        #expect(temporary.read("public/en/extra/index.html") == nil)
        #expect(temporary.read("public/ar/extra/index.html") == nil)
        #expect(temporary.read("public/en/index.html")?.contains("Extra") == false, "nor is it listed")
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
        #expect(temporary.read("public/en/index.html")?.contains("Extra") == true)
        try FileManager.default.removeItem(at: extra)
        #expect(build().succeeded)
        #expect(temporary.read("public/en/extra/index.html") == nil)
        #expect(temporary.read("public/ar/extra/index.html") == nil)
        #expect(temporary.read("public/en/index.html")?.contains("Extra") == false, "menus no longer list it")
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
