import Foundation
@testable import SiteBuilder
import SiteCore
import Testing

/// `BuildCache` is asked once and answers with a plan: what of the last build the stages may
/// reuse. These tests read the plan's decisions; the builds that carry them out are tested in
/// `IncrementalBuildTests` and `PageUpdateTests`.
@Suite struct BuildPlanTests {
    let copy: EditableSite
    var options: BuildOptions { BuildOptions(site: copy.site, output: copy.output, themes: copy.themes) }

    init() throws { copy = try EditableSite("basic") }

    /// Builds into the output folder as if well before the sources are read again, so that the
    /// next build may trust the stamps of files it does not see change.
    func build(_ options: BuildOptions? = nil) throws -> BuildReport {
        let report = SiteBuild.run(options ?? self.options)
        #expect(report.succeeded)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: copy.output.appendingPathComponent(Publisher.markerName).path)
        return report
    }

    func plan(_ options: BuildOptions? = nil) throws -> (LoadedSite, BuildPlan) {
        let options = options ?? self.options
        let loaded = try SiteBuild.load(options)
        return (loaded, BuildCache(reading: options).plan(for: loaded))
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = copy.site.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    /// The render plan of a build of the site as it is now.
    func renderPlan() throws -> RenderPlan {
        let (loaded, plan) = try plan()
        let assembled = try SiteBuild.assemble(try SiteBuild.parse(loaded, plan: plan), plan: plan)
        return RenderPlan(site: assembled.site, locales: loaded.renderLocales, inputs: plan.inputs, structure: assembled.structure,
                          previous: plan.reusable, missing: plan.missingFiles)
    }

    @Test func reusesNothingWithoutALastBuild() throws {
        let (_, plan) = try plan()
        #expect(plan.trustedRecords.isEmpty)
        #expect(plan.lastScan == Int.min)
        #expect(plan.reusable == nil)
        #expect(plan.keptStrings == nil)
        #expect(plan.lastFindings == nil)
        #expect(plan.edit == nil)
    }

    @Test func reusesEverythingOfTheLastBuildOfTheSameSite() throws {
        try build()
        let (loaded, plan) = try plan()
        let manifest = try #require(BuildManifest.read(from: copy.output))
        #expect(plan.trustedRecords.map(\.path) == loaded.sources.content.map(\.path))
        #expect(plan.lastScan == manifest.scanStarted)
        #expect(plan.reusable?.inputsHash == plan.inputs)
        #expect(plan.keptStrings?.key == plan.stringsKey)
        #expect(plan.lastFindings == manifest.translationFindings)
        #expect(plan.missingFiles.isEmpty)
        #expect(plan.scanStarted == loaded.scanStarted)
    }

    @Test func reusesOnlyTheContentRecordsAfterTheConfigurationChanged() throws {
        try build()
        try edit("site.yaml") { $0 + "\n# a comment changes the configuration's bytes\n" }
        let (_, plan) = try plan()
        #expect(plan.trustedRecords.count == 5)
        #expect(plan.reusable == nil)
        #expect(plan.keptStrings == nil)
        #expect(plan.lastFindings == nil)
        #expect(plan.missingFiles.isEmpty, "with no pages to reuse, none is missing")
    }

    @Test func trustsNoRecordInAPseudoBuild() throws {
        try build()
        var options = options
        options.pseudo = true
        let (_, plan) = try plan(options)
        #expect(plan.trustedRecords.isEmpty)
        #expect(plan.lastFindings == nil)
        #expect(plan.reusable == nil, "the pseudo-locales are among the inputs")
    }

    @Test func readsNoManifestForACheck() throws {
        try build()
        var options = options
        options.writeOutput = false
        let (_, plan) = try plan(options)
        #expect(plan.trustedRecords.isEmpty)
        #expect(plan.reusable == nil)
    }

    @Test func findsThePagesGoneFromTheOutputFolder() throws {
        try build()
        try FileManager.default.removeItem(at: copy.output.appendingPathComponent("en/tracks/b1/index.html"))
        let (_, plan) = try plan()
        #expect(plan.missingFiles == ["en/tracks/b1/index.html"])
        #expect(try renderPlan().toRender.map(\.outputPath) == ["en/tracks/b1/index.html"])
    }

    @Test func rendersThePagesOfAnEditedFileAndItsFallbackCopies() throws {
        try build()
        try edit("content/en/tracks/b1.md") { $0 + "\nOne more sentence.\n" }
        let plan = try renderPlan()
        #expect(Set(plan.toRender.map(\.outputPath)) == ["en/tracks/b1/index.html", "nl/leerroutes/b1/index.html", "ar/tracks/b1/index.html"])
        #expect(plan.stale.isEmpty)
        #expect(plan.pages.count == 9)
    }

    @Test func rendersEveryPageWhenTheStructureChanged() throws {
        try build()
        try edit("content/en/tracks/b1.md") { $0.replacing(/title: .*/, maxReplacements: 1) { _ in "title: Another title" } }
        let plan = try renderPlan()
        #expect(plan.toRender.count == 9)
        #expect(plan.stale.isEmpty)
    }

    @Test func listsThePagesOfADeletedFileAsStale() throws {
        try build()
        try FileManager.default.removeItem(at: copy.site.appendingPathComponent("content/en/tracks/b1.md"))
        let plan = try renderPlan()
        #expect(plan.stale == ["ar/tracks/b1/index.html", "en/tracks/b1/index.html", "nl/leerroutes/b1/index.html"])
        #expect(plan.stale.allSatisfy { plan.pages[$0] == nil })
    }

    @Test func anEditPlanCoversOnlyPagesOfTheKeptBuild() throws {
        var options = options
        options.keepsLastBuild = true
        let last = try #require(try build(options).lastBuild)
        let cache = BuildCache(kept: last.kept)
        #expect(cache.plan(changed: ["content/en/new.md"]) == nil)
        #expect(cache.plan(changed: ["site.yaml"]) == nil)
        let plan = try #require(cache.plan(changed: ["content/en/tracks/b1.md"]))
        #expect(plan.edit?.paths == ["content/en/tracks/b1.md"])
        #expect(plan.reusable?.inputsHash == plan.inputs)
        #expect(plan.trustedRecords.isEmpty)
        #expect(plan.scanStarted == last.kept.manifest.scanStarted, "the manifest keeps the time of the last scan")
    }
}
