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
    /// The rules widget's WebAssembly module (`make wasm`) and its page glue, embedded where a page uses it.
    public var rulesWasm: URL
    public var rulesGlue: URL

    public init(site: URL, output: URL? = nil, themes: URL? = nil, locales: [String] = [], strict: Bool = false, writeOutput: Bool = true,
                rulesWasm: URL? = nil, rulesGlue: URL? = nil) {
        self.site = site
        self.output = output ?? site.appendingPathComponent("public")
        self.themes = themes ?? site.appendingPathComponent("themes")
        self.rulesWasm = rulesWasm ?? site.appendingPathComponent(".build-wasm/RulesWidget.wasm")
        self.rulesGlue = rulesGlue ?? site.appendingPathComponent("Sources/RulesWidget/js/rules.mjs")
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
    public var fileCount: Int
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
        var report = BuildReport(diagnostics: [], pages: [], fileCount: 0, seconds: 0, strict: options.strict)
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
        for code in options.locales where config.locale(code) == nil {
            report.diagnostics.append(.error("--locale \(code): not a locale of the site (\(config.locales.map(\.code).joined(separator: ", ")))"))
        }

        let sources = SourceLoader.load(site: options.site, themesFolder: options.themes, themesLabel: themesLabel(options), theme: config.theme)
        let (pages, unreadable, contentDiagnostics) = parseContent(sources, config: config)
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
        let (files, renderDiagnostics) = SiteRenderer(site: site, theme: theme, renderLocales: config.locales, rulesWidget: rulesWidget).render()
        report.diagnostics += renderDiagnostics
        report.pages = config.locales.map { locale in
            let pages = site.pagesByLocale[locale.code] ?? []
            return (locale.code, pages.count, pages.count { $0.isFallback })
        }
        report.fileCount = files.count
        guard report.succeeded else { return finish([]) }
        if options.writeOutput {
            return finish(Publisher.publish(files, to: options.output, site: options.site))
        }
        return finish([])
    }

    /// How theme paths appear in messages: `themes/default/…` when the themes folder is the site's own.
    private static func themesLabel(_ options: BuildOptions) -> String {
        let themes = options.themes.standardizedFileURL.path, site = options.site.standardizedFileURL.path
        return themes.hasPrefix(site + "/") ? String(themes.dropFirst(site.count + 1)) : themes
    }

    /// Parses every content file on all cores; reports folders that are no locale.
    /// Also returns the paths under their locale folder (`tracks/b1.md`) of files that could not be read.
    static func parseContent(_ sources: SiteSources, config: SiteConfig) -> ([SourcePage], Set<String>, [Diagnostic]) {
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
            slots[index] = SourcePage.parse(file, locale: locale, relative: relative)
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
