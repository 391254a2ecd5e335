import Dispatch
import Foundation
import SiteCore

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    public var site: URL
    public var output: URL
    public var themes: URL
    /// Locales to render; empty means all.
    public var locales: [String]
    public var strict: Bool
    /// False for `check`: everything but writing.
    public var writeOutput: Bool
    /// Adds the pseudo-locales `en-XA` and `ar-XB`, made from the default locale (`--pseudo`).
    public var pseudo = false
    /// The rules widget's WebAssembly module (`make wasm`) and its page glue, embedded where a
    /// page uses it. They belong to the generator, not to a site, so the caller names them.
    public var rulesWasm: URL?
    public var rulesGlue: URL?
    /// For a process that ends right after the build, like the command line: what the build
    /// read and made is left for the system to reclaim at exit instead of being freed object
    /// by object, as compilers do (clang's `-disable-free`). On a large site that is a tenth of
    /// a second. A long-running process such as the preview must leave it false.
    public var leavesMemoryToExit = false
    /// For the preview: the report keeps what `SiteBuild.update` needs to render an edit of a
    /// page's text alone (not for `--pseudo`, whose pages are made from others).
    public var keepsLastBuild = false
    /// The day (UTC) a page's `checked` date is compared with: more than a year earlier is a warning.
    public var today = CalendarDay(secondsSince1970: Int(Date().timeIntervalSince1970))

    public init(site: URL, output: URL? = nil, themes: URL? = nil, locales: [String] = [], strict: Bool = false, writeOutput: Bool = true,
                rulesWasm: URL? = nil, rulesGlue: URL? = nil) {
        self.site = site
        self.output = output ?? site.appendingPathComponent("public")
        self.themes = themes ?? site.appendingPathComponent("themes")
        self.rulesWasm = rulesWasm
        self.rulesGlue = rulesGlue
        self.locales = locales
        self.strict = strict
        self.writeOutput = writeOutput
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Pages per locale code, and how many of them stand in from a fallback locale.
    public var pages: [(locale: String, total: Int, fallbacks: Int)]
    /// Pages rendered in this build; the others were unchanged since the last one.
    public var renderedPageCount = 0
    /// Content files read in this build; the others had the size, times and inode the last build saw.
    public var readSourceCount = 0
    /// With `BuildOptions.keepsLastBuild`, when the build wrote its output.
    public var lastBuild: LastBuild?
    public var seconds: Double
    public var strict: Bool

    /// Errors fail a build; warnings too under `--strict`.
    public var succeeded: Bool {
        !diagnostics.hasErrors && !(strict && diagnostics.warningCount > 0)
    }

    public var pageCount: Int { pages.reduce(0) { $0 + $1.total } }
}

/// The pipeline: load → parse → assemble → render → publish.
public enum SiteBuild {
    public static func run(_ options: BuildOptions) -> BuildReport {
        let started = DispatchTime.now()
        var report = BuildReport(diagnostics: [], pages: [], seconds: 0, strict: options.strict)
        func finish(_ diagnostics: [Diagnostic]) -> BuildReport {
            report.diagnostics += diagnostics
            report.diagnostics = report.diagnostics.sortedForDisplay
            report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return report
        }

        let configFile = SourceLoader.read(options.site.appendingPathComponent(ConfigParser.fileName), as: ConfigParser.fileName)
        guard let configFile else {
            return finish([.error("no \(ConfigParser.fileName) in \(options.site.path)", at: SourceLocation(path: ConfigParser.fileName))])
        }
        guard let configText = configFile.text else {
            return finish([.error("file is not valid UTF-8 text", at: SourceLocation(path: ConfigParser.fileName, line: 1, column: 1))])
        }
        let (parsedConfig, configDiagnostics) = ConfigParser.parse(configText)
        report.diagnostics += configDiagnostics
        guard let parsedConfig else { return finish([]) }
        let config = options.pseudo ? PseudoLocales.adding(to: parsedConfig) : parsedConfig
        for code in options.locales where config.locale(code) == nil {
            report.diagnostics.append(.error("--locale \(code): not a locale of the site (\(config.locales.map(\.code).joined(separator: ", ")))"))
        }

        let output = options.output.path
        // The manifest is decoded on another core while this one lists the sources.
        let lastBuild = Background { options.writeOutput ? BuildManifest.read(from: options.output) : nil }
        let scanStarted = FileStamp.now()
        var sources = SourceLoader.load(site: options.site, themesFolder: options.themes, themesLabel: themesLabel(options), theme: config.theme)
        for link in sources.symbolicLinks.sorted() {
            report.diagnostics.append(.error("symbolic links are not followed; put the file or folder itself here", at: SourceLocation(path: link)))
        }
        let previous = lastBuild.value
        let survey = previous.map { previous in Background { RenderPlan.missingFiles(of: previous, in: output) } }
        // Pseudo-translations are made from the bodies of the default locale's pages, so such a
        // build reads every file.
        let reader = previous.flatMap { options.pseudo ? nil : ContentReader(previous: $0.sources, previousScan: $0.scanStarted) } ?? ContentReader()
        var content = reader.read(sources, config: config, scanStarted: scanStarted)
        report.readSourceCount = content.readCount
        report.diagnostics += StaleSources.warnings(for: content.pages, today: options.today)
        // When files came or went, the records are encoded for a new manifest on another core,
        // while pages are rendered; edits of files are mostly appended to the last one instead.
        let records = content.records
        let encodedSources = content.changedTranslationKeys == nil && options.writeOutput ? Background { BuildManifest.encode(sources: records) } : nil
        if options.pseudo { content.pages = PseudoLocales.adding(to: content.pages, sources: &sources, config: config) }
        report.diagnostics += content.diagnostics
        // The translation check, the theme and the structure key need no assembled site: they are made beside the assembly.
        let (parsedPages, loadedSources, themesFolderName) = (content.pages, sources, themesLabel(options))
        let translationCheckHash = BuildKeys.translationCheck(config: configFile)
        let lastFindings = previous.flatMap { previous in
            content.changedTranslationKeys.flatMap { changed in
                !options.pseudo && previous.translationCheckHash == translationCheckHash ? (previous.translationFindings, changed) : nil
            }
        }
        let translationCheck = Background { TranslationCheck.findings(for: parsedPages, config: config, last: lastFindings) }
        let stringsKey = LoadedUIStrings.key(of: sources.themeStrings, configHash: StableHash.hex(configFile.bytes))
        let lastStrings = previous?.uiStrings
        let themeLoad = Background {
            Theme.load(loadedSources, config: config, themesFolderName: themesFolderName, lastStrings: lastStrings, stringsKey: stringsKey)
        }
        let structureKey = Background { [unreadable = content.unreadable] in BuildKeys.structure(of: parsedPages, unreadable: unreadable) }
        var pages = content.pages
        var (site, assembleDiagnostics) = SiteAssembler.assemble(config: config, pages: pages)
        let translationFindings = translationCheck.value
        let (theme, themeDiagnostics, uiStrings) = themeLoad.value
        report.diagnostics += themeDiagnostics
        // Content errors do not stop here: assembling and rendering the rest reports
        // broken links and directives in the same run. Only a broken theme does.
        guard let theme, !themeDiagnostics.hasErrors else { return finish(Array(translationFindings.values.joined())) }

        site.unreadablePaths = content.unreadable
        report.diagnostics += assembleDiagnostics
        // What a kept build reports again, besides what the translation check and the pages found.
        let otherDiagnostics = report.diagnostics
        report.diagnostics += translationFindings.values.joined()
        let renderLocales = options.locales.isEmpty ? config.locales : config.locales.filter { options.locales.contains($0.code) }
        let rulesWidget = RulesWidgetFiles.load(wasm: options.rulesWasm, glue: options.rulesGlue, theme: theme)

        // Pages whose inputs are those of the last build keep the file it wrote.
        let inputs = BuildKeys.inputs(config: configFile, sources: sources, widget: try? rulesWidget?.get(), options: options)
        let structure = structureKey.value
        let reusable = previous.flatMap { $0.inputsHash == inputs ? $0 : nil }
        let missing = reusable != nil ? survey?.value ?? [] : []
        let plan = RenderPlan(site: site, locales: renderLocales, inputs: inputs, structure: structure, previous: reusable, missing: missing)

        // Pages the cache kept without reading their files are read now if they are to be rendered.
        var toRender = plan.toRender
        let unread = Set(toRender.map(\.source).filter { $0.parsed == nil && $0.body == nil }.map(ObjectIdentifier.init))
        if !unread.isEmpty {
            let (read, problems) = ContentReader.readingBodies(of: unread, in: pages, sources: sources)
            guard problems.isEmpty else { return finish(problems) }
            pages = read
            site = SiteAssembler.assemble(config: config, pages: pages).0
            site.unreadablePaths = content.unreadable
            toRender = toRender.compactMap { site.page(key: $0.key, locale: $0.locale.code) }
        }

        // The site-wide files depend on nothing but the inputs and the structure: when those are
        // as the last build left them, its files stand, and with every page standing too
        // nothing is rendered at all.
        let siteFilesStand = reusable.map { $0.structureHash == structure && !$0.siteFiles.contains(where: missing.contains) } == true
        let renderNothing = siteFilesStand && toRender.isEmpty && plan.stale.isEmpty
        let keepsLastBuild = options.keepsLastBuild && options.writeOutput && !options.pseudo
        let renderer = renderNothing && !keepsLastBuild ? nil
            : SiteRenderer(site: site, theme: theme, renderLocales: renderLocales, rulesWidget: rulesWidget)
        let rendered = renderNothing ? RenderedSite() : renderer?.render(toRender, siteFiles: !siteFilesStand) ?? RenderedSite()
        defer {
            if options.leavesMemoryToExit { ExitReclaims.keep(sources, content, pages, site, rendered, previous as Any, plan) }
        }
        // Pages that stand keep the diagnostics their rendering gave last time.
        var pageRecords = plan.pages
        for (path, diagnostics) in rendered.diagnostics { pageRecords[path]?.diagnostics = diagnostics }
        // A fallback copy repeats its source's problems: each is reported once.
        report.diagnostics += Set(pageRecords.values.lazy.flatMap(\.diagnostics))
        report.pages = renderLocales.map { locale in
            let pages = site.pagesByLocale[locale.code] ?? []
            return (locale.code, pages.count, pages.count { $0.isFallback })
        }
        report.renderedPageCount = rendered.pages.count
        guard report.succeeded, options.writeOutput else { return finish([]) }

        let manifest = BuildManifest(
            inputsHash: inputs, structureHash: structure, scanStarted: scanStarted, sources: content.records,
            pages: pageRecords,
            siteFiles: siteFilesStand ? reusable?.siteFiles ?? [] : rendered.siteFiles.map(\.path).sorted(),
            translationFindings: translationFindings, translationCheckHash: translationCheckHash, uiStrings: uiStrings
        )
        let published: [Diagnostic]
        // What a manifest read back from the marker would have as `scanStarted` and sizes.
        var written = manifest
        if let reusable {
            // Site-wide files that stand are not compared again; a manifest that says nothing new is
            // not written again, but takes this scan's time when that lets the next build trust files
            // this one had to read.
            let manifestChanged = content.recordsChanged || !plan.toRender.isEmpty || !plan.stale.isEmpty
                || structure != reusable.structureHash || manifest.siteFiles != reusable.siteFiles
            // Edits that leave the structure as it was are appended to the last manifest.
            let amendment = manifestChanged && structure == reusable.structureHash && plan.stale.isEmpty && siteFilesStand
                ? content.changedTranslationKeys.map { changedKeys in
                    BuildManifest.encode(BuildManifest.Amendment(
                        sources: content.changedRecords,
                        pages: Dictionary(uniqueKeysWithValues: rendered.diagnostics.keys.map { ($0, pageRecords[$0]!) }),
                        findings: translationFindings, checked: changedKeys))
                }.flatMap { reusable.canAmend(with: $0) ? $0 : nil }
                : nil
            let changedManifest = manifestChanged && amendment == nil ? manifest.file(encodedSources: encodedSources?.value) : nil
            let newMarkerTime = manifestChanged || content.settledSinceRecorded
            published = Publisher.update(options.output, write: rendered.pages + rendered.siteFiles, remove: plan.stale,
                                         manifest: changedManifest, amendment: amendment, scanStarted: newMarkerTime ? scanStarted : nil)
            written.scanStarted = newMarkerTime ? scanStarted : reusable.scanStarted
            (written.amendedSize, written.fileSize) = changedManifest.map { (0, $0.bytes.count) }
                ?? (reusable.amendedSize + (amendment?.count ?? 0), reusable.fileSize + (amendment?.count ?? 0))
        } else {
            let file = manifest.file(encodedSources: encodedSources?.value)
            published = Publisher.publish(rendered.pages + rendered.siteFiles, manifest: file,
                                          scanStarted: scanStarted, to: options.output, site: options.site)
            written.fileSize = file.bytes.count
        }
        if keepsLastBuild, let renderer, !published.hasErrors {
            report.lastBuild = LastBuild(options: options, renderer: renderer, pages: pages, manifest: written, otherDiagnostics: otherDiagnostics)
        }
        return finish(published)
    }

    /// How theme paths appear in messages: `themes/default/…` when the themes folder is the site's own.
    private static func themesLabel(_ options: BuildOptions) -> String {
        let themes = options.themes.standardizedFileURL.path, site = options.site.standardizedFileURL.path
        return themes.hasPrefix(site + "/") ? String(themes.dropFirst(site.count + 1)) : themes
    }
}

/// Holds on to values until the process exits, so they are never freed one by one.
enum ExitReclaims {
    private final class Holder {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(Holder(values))
    }
}

/// Work done on another core while the build goes on.
final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before it leaves `done`; read only after waiting for `done`.
    private var result: Value?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The result, once the work is done.
    var value: Value {
        done.wait()
        return result!
    }
}
