import Dispatch
import Foundation
import SiteCore

/// What a long-running process (the preview) keeps of its last good build, so that an edit of
/// a page's text is rendered without reading and assembling the whole site again
/// (`SiteBuild.update`). A build keeps one when `BuildOptions.keepsLastBuild` is set.
public final class LastBuild: @unchecked Sendable {
    let options: BuildOptions
    /// Renders with the site as assembled: an update changes no page's place, title or headings,
    /// so its menus, lists, language switchers and link targets stand.
    let renderer: SiteRenderer
    /// The pages as they are now (updates replace the ones they read again), by site path.
    private(set) var pages: [SourcePage]
    private var indexByPath: [String: Int]
    /// As written in `output`.
    private(set) var manifest: BuildManifest
    /// The build's diagnostics but the translation check's and the pages' own (which the manifest keeps).
    private(set) var otherDiagnostics: [Diagnostic]

    init(options: BuildOptions, renderer: SiteRenderer, pages: [SourcePage], manifest: BuildManifest, otherDiagnostics: [Diagnostic]) {
        self.options = options
        self.renderer = renderer
        self.pages = pages
        self.indexByPath = Dictionary(pages.enumerated().map { ($1.path.sitePath, $0) }, uniquingKeysWith: { first, _ in first })
        self.manifest = manifest
        self.otherDiagnostics = otherDiagnostics
    }

    /// The folder the build wrote, which an update writes again.
    public var output: URL { options.output }

    func page(at sitePath: String) -> SourcePage? { indexByPath[sitePath].map { pages[$0] } }

    /// The pages with `edited` in place of the ones at their paths.
    func pages(with edited: [SourcePage]) -> [SourcePage] {
        var pages = pages
        for page in edited { pages[indexByPath[page.path.sitePath]!] = page }
        return pages
    }

    /// Takes in what an update read and wrote.
    func take(_ edited: [SourcePage], manifest: BuildManifest, otherDiagnostics: [Diagnostic]) {
        pages = pages(with: edited)
        self.manifest = manifest
        self.otherDiagnostics = otherDiagnostics
    }

    /// All that a build with `manifest` reports: a fallback copy repeats its source's problems, so each counts once.
    static func diagnostics(other: [Diagnostic], manifest: BuildManifest) -> [Diagnostic] {
        other + manifest.translationFindings.values.joined() + Set(manifest.pages.values.lazy.flatMap(\.diagnostics))
    }
}

extension SiteBuild {
    /// Renders again only the pages that show the content files at `changed` (site paths), into
    /// the output of `last`, when each of them is a page of that build whose place, title,
    /// description, order and headings are as they were: then nothing else on the site shows
    /// anything different. Nil when that is not so (a new or deleted file, a new title, a
    /// change to the theme or `site.yaml`, a file that no longer parses): then the site must
    /// be built as usual. On success `last` takes in the update; a failed update writes nothing.
    public static func update(_ last: LastBuild, changed: Set<String>) -> BuildReport? {
        let started = DispatchTime.now()
        let siteFolder = last.options.site.path
        var edited: [SourcePage] = []
        var records: [SourceRecord] = []
        for path in changed.sorted() {
            guard let old = last.page(at: path),
                  let (bytes, stamp) = FileSystem.contentsAndStamp(of: siteFolder + "/" + path) else { return nil }
            if StableHash.hex(bytes) == old.fileHash { continue }
            let (parsed, problems) = SourcePage.parse(SourceFile(path: path, bytes: bytes), locale: old.path.locale, relative: old.path.relative)
            guard let page = parsed, !problems.hasErrors, !page.frontMatter.draft,
                  BuildKeys.structure(of: [page], unreadable: []) == BuildKeys.structure(of: [old], unreadable: []) else { return nil }
            edited.append(page)
            records.append(SourceRecord(path: path, stamp: stamp, summary: page.summary))
        }

        let renderer = last.renderer
        let editedPaths = Set(edited.map(\.path.sitePath))
        // The pages that show an edited file: its own and the fallback copies of it.
        let toRender = renderer.renderLocales.flatMap { locale in
            edited.compactMap { page -> SitePage? in
                guard var shown = renderer.site.page(key: page.translationKey, locale: locale.code), shown.source.path == page.path else { return nil }
                shown.source = page
                return shown
            }
        }
        let rendered = renderer.render(toRender, siteFiles: false)

        let changedKeys = Set(edited.map(\.translationKey))
        let findings = TranslationCheck.findings(for: last.pages(with: edited), config: renderer.config,
                                                 last: (last.manifest.translationFindings, changedKeys))
        let common = BuildKeys.common(inputs: last.manifest.inputsHash, structure: last.manifest.structureHash)
        let amendment = BuildManifest.Amendment(
            sources: records,
            pages: Dictionary(toRender.map { page in
                (page.outputPath, BuildManifest.PageRecord(key: BuildKeys.page(page, common: common),
                                                           diagnostics: rendered.diagnostics[page.outputPath] ?? []))
            }, uniquingKeysWith: { first, _ in first }),
            findings: findings, checked: changedKeys)
        let encodedAmendment = BuildManifest.encode(amendment)
        var manifest = last.manifest.amended(by: amendment, encoded: encodedAmendment)
        let otherDiagnostics = last.otherDiagnostics.filter { !editedPaths.contains($0.location?.path ?? "") }
            + edited.flatMap(\.warnings) + StaleSources.warnings(for: edited, today: last.options.today)

        var report = BuildReport(diagnostics: [], pages: [], seconds: 0, strict: last.options.strict)
        report.pages = renderer.renderLocales.map { locale in
            let pages = renderer.site.pagesByLocale[locale.code] ?? []
            return (locale.code, pages.count, pages.count { $0.isFallback })
        }
        report.readSourceCount = changed.count
        report.renderedPageCount = rendered.pages.count
        report.diagnostics = LastBuild.diagnostics(other: otherDiagnostics, manifest: manifest)
        if report.succeeded && !edited.isEmpty {
            // The marker keeps the time of the last scan: the files read since are newer, so the
            // next build reads them again rather than trust them.
            if last.manifest.canAmend(with: encodedAmendment) {
                report.diagnostics += Publisher.update(last.output, write: rendered.pages, remove: [], manifest: nil,
                                                       amendment: encodedAmendment, scanStarted: manifest.scanStarted)
            } else {
                let file = manifest.file()
                (manifest.amendedSize, manifest.fileSize) = (0, file.bytes.count)
                report.diagnostics += Publisher.update(last.output, write: rendered.pages, remove: [], manifest: file,
                                                       scanStarted: manifest.scanStarted)
            }
        }
        if report.succeeded { last.take(edited, manifest: manifest, otherDiagnostics: otherDiagnostics) }
        report.diagnostics = report.diagnostics.sortedForDisplay
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return report
    }
}
