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
        guard var config = parsedConfig else { return finish([]) }
        if options.pseudo { config = PseudoLocales.adding(to: config) }
        for code in options.locales where config.locale(code) == nil {
            report.diagnostics.append(.error("--locale \(code): not a locale of the site (\(config.locales.map(\.code).joined(separator: ", ")))"))
        }

        var sources = SourceLoader.load(site: options.site, themesFolder: options.themes, themesLabel: themesLabel(options), theme: config.theme)
        for link in sources.symbolicLinks.sorted() {
            report.diagnostics.append(.error("symbolic links are not followed; put the file or folder itself here", at: SourceLocation(path: link)))
        }
        let previous = options.writeOutput ? BuildManifest.read(from: options.output) : nil
        let (parsedPages, unreadable, contentDiagnostics) = parseContent(sources, config: config, cache: previous?.sources ?? [:])
        let pages = options.pseudo ? PseudoLocales.adding(to: parsedPages, sources: &sources, config: config) : parsedPages
        report.diagnostics += contentDiagnostics
        report.diagnostics += TranslationCheck.diagnostics(for: pages, config: config)
        let (theme, themeDiagnostics) = Theme.load(sources, config: config, themesFolderName: themesLabel(options))
        report.diagnostics += themeDiagnostics
        // Content errors do not stop here: assembling and rendering the rest reports
        // broken links and directives in the same run. Only a broken theme does.
        guard let theme, !themeDiagnostics.hasErrors else { return finish([]) }

        var (site, assembleDiagnostics) = SiteAssembler.assemble(config: config, pages: pages)
        site.unreadablePaths = unreadable
        report.diagnostics += assembleDiagnostics
        if !options.locales.isEmpty { config.locales = config.locales.filter { options.locales.contains($0.code) } }
        let rulesWidget = RulesWidgetFiles.load(wasm: options.rulesWasm, glue: options.rulesGlue, theme: theme)

        // Pages whose inputs are those of the last build keep the file it wrote.
        let inputs = BuildKeys.inputs(config: configFile, sources: sources, widget: try? rulesWidget?.get(), options: options)
        let structure = BuildKeys.structure(of: pages, unreadable: unreadable)
        var keys: [String: String] = [:]
        for locale in config.locales {
            for page in site.pagesByLocale[locale.code] ?? [] {
                keys[page.outputPath] = BuildKeys.page(page, inputs: inputs, structure: structure)
            }
        }
        let reusable = previous.flatMap { $0.inputsHash == inputs ? $0 : nil }
        let unchanged = Set(keys.compactMap { path, key in
            reusable?.pages[path]?.key == key && FileManager.default.fileExists(atPath: options.output.appendingPathComponent(path).path) ? path : nil
        })
        let rendered = SiteRenderer(site: site, theme: theme, renderLocales: config.locales, rulesWidget: rulesWidget).render(unchanged: unchanged)
        var pageDiagnostics = rendered.diagnostics
        for path in unchanged { pageDiagnostics[path] = reusable?.pages[path]?.diagnostics ?? [] }
        // A fallback copy repeats its source's problems: each is reported once.
        report.diagnostics += Set(pageDiagnostics.values.flatMap { $0 })
        report.pages = config.locales.map { locale in
            let pages = site.pagesByLocale[locale.code] ?? []
            return (locale.code, pages.count, pages.count { $0.isFallback })
        }
        report.renderedPageCount = rendered.pages.count
        guard report.succeeded, options.writeOutput else { return finish([]) }

        let stale = reusable.map { previous in previous.pages.keys.filter { keys[$0] == nil }.sorted() } ?? []
        let reusedEverything = pages.allSatisfy { $0.parsed == nil } && rendered.pages.isEmpty && stale.isEmpty
            && unreadable.isEmpty && pages.count == reusable?.sources.count
        if reusedEverything, let reusable {
            // Nothing changed: the site files are compared and the manifest stays as it is.
            return finish(Publisher.update(options.output, write: rendered.siteFiles, remove: [], manifest: nil))
        }
        let manifest = BuildManifest(
            formatVersion: BuildManifest.formatVersion, inputsHash: inputs,
            sources: Dictionary(pages.map { ($0.path.sitePath, $0.summary) }, uniquingKeysWith: { first, _ in first }),
            pages: keys.mapValues { BuildManifest.PageRecord(key: $0, diagnostics: []) }
                .merging(pageDiagnostics.mapValues { BuildManifest.PageRecord(key: "", diagnostics: $0) }) { record, found in
                    BuildManifest.PageRecord(key: record.key, diagnostics: found.diagnostics)
                }
        ).file
        guard let reusable else {
            return finish(Publisher.publish(rendered.pages + rendered.siteFiles, manifest: manifest, to: options.output, site: options.site))
        }
        return finish(Publisher.update(options.output, write: rendered.pages + rendered.siteFiles, remove: stale, manifest: manifest))
    }

    /// How theme paths appear in messages: `themes/default/…` when the themes folder is the site's own.
    private static func themesLabel(_ options: BuildOptions) -> String {
        let themes = options.themes.standardizedFileURL.path, site = options.site.standardizedFileURL.path
        return themes.hasPrefix(site + "/") ? String(themes.dropFirst(site.count + 1)) : themes
    }

    /// Parses every content file on all cores, except those the last build parsed unchanged
    /// (`cache`, by site path); reports folders that are no locale. Also returns the paths
    /// under their locale folder (`tracks/b1.md`) of files that could not be read.
    static func parseContent(_ sources: SiteSources, config: SiteConfig,
                             cache: [String: SourceSummary] = [:]) -> ([SourcePage], Set<String>, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let codes = Set(config.locales.map(\.code))
        for folder in sources.contentFolders where !codes.contains(folder) {
            diagnostics.append(.error("content folder '\(folder)' is not a locale in \(ConfigParser.fileName) (\(config.locales.map(\.code).joined(separator: ", ")))",
                                      at: SourceLocation(path: "content/\(folder)")))
        }
        let files = sources.content.compactMap { file -> (SourceFile, String, String)? in
            let parts = file.path.split(separator: "/", maxSplits: 2)
            guard parts.count == 3, codes.contains(String(parts[1])) else {
                if parts.count == 2 {
                    diagnostics.append(.error("content file outside a locale folder; move it to content/<locale>/", at: SourceLocation(path: file.path)))
                }
                return nil
            }
            return (file, String(parts[1]), String(parts[2]))
        }
        let slots = ResultSlots<(SourcePage?, [Diagnostic])>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (file, locale, relative) = files[index]
            if let summary = cache[file.path], summary.fileHash == StableHash.hex(file.bytes),
               let page = SourcePage.restore(file, locale: locale, relative: relative, from: summary) {
                slots.set(index, (page, page.warnings))
            } else {
                slots.set(index, SourcePage.parse(file, locale: locale, relative: relative))
            }
        }
        var pages: [SourcePage] = []
        var unreadable: Set<String> = []
        for (index, (page, problems)) in slots.values.enumerated() {
            diagnostics += problems
            if let page {
                if !page.frontMatter.draft { pages.append(page) }
            } else {
                unreadable.insert(files[index].2)
            }
        }
        return (pages, unreadable, diagnostics)
    }
}
