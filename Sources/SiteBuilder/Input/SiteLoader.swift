import Foundation
import SiteCore

/// A site as read from its folder, before any content file is parsed.
struct LoadedSite: Sendable {
    var options: BuildOptions
    /// `site.yaml` as read, and as parsed.
    var configFile: SourceFile
    var config: SiteConfig
    /// The scan of the content folder and the theme's files; content files are read when parsed.
    var sources: SiteSources
    /// When the scan began (nanoseconds since 1970; see `FileStamp.isSettled`).
    var scanStarted: Int
    /// What the `rules` directive embeds, or why it cannot; nil for a theme without the widget.
    var rulesWidget: Result<RulesWidgetFiles, WidgetFileError>?
    /// How theme paths appear in messages: `themes/default/…` when the themes folder is the site's own.
    var themesLabel: String
    var diagnostics: [Diagnostic] = []

    /// The locales whose pages are written: all, unless the build asked for some.
    var renderLocales: [LocaleInfo] {
        options.locales.isEmpty ? config.locales : config.locales.filter { options.locales.contains($0.code) }
    }
}

/// Why a site cannot be loaded: its configuration cannot be read.
struct LoadFailure: Error {
    var diagnostics: [Diagnostic]
}

/// The one way a command reads a site: `build`, `check` and `serve` load it whole, `status`
/// without the theme, `new` its configuration alone.
enum SiteLoader {
    /// `site.yaml` of the site in `folder`, read and parsed; nil with the reasons when it cannot be.
    static func config(of folder: URL) -> ((file: SourceFile, config: SiteConfig)?, [Diagnostic]) {
        let name = ConfigParser.fileName
        guard let file = SourceLoader.read(folder.appendingPathComponent(name), as: name) else {
            return (nil, [.error("no \(name) in \(folder.path): is this a site folder?", at: SourceLocation(path: name))])
        }
        guard let text = file.text else {
            return (nil, [.error("file is not valid UTF-8 text", at: SourceLocation(path: name, line: 1, column: 1))])
        }
        let (config, diagnostics) = ConfigParser.parse(text)
        return (config.map { (file, $0) }, diagnostics)
    }

    /// The site `options` name, with its theme unless `withTheme` is false, or the reasons its
    /// configuration cannot be read. Symbolic links are reported, never followed.
    static func load(_ options: BuildOptions, withTheme: Bool = true) -> Result<LoadedSite, LoadFailure> {
        let (read, configDiagnostics) = config(of: options.site)
        guard let (configFile, config) = read else { return .failure(LoadFailure(diagnostics: configDiagnostics)) }
        let themesLabel = themesLabel(options)
        let scanStarted = FileStamp.now()
        let sources = SourceLoader.load(site: options.site, themesFolder: options.themes, themesLabel: themesLabel,
                                        theme: withTheme ? config.theme : nil)
        let widgetScript = "\(themesLabel)/\(config.theme)/scripts/\(RulesWidgetFiles.themeScriptName)"
        var site = LoadedSite(options: options, configFile: configFile, config: config, sources: sources, scanStarted: scanStarted,
                              rulesWidget: RulesWidgetFiles.load(wasm: options.rulesWasm, glue: options.rulesGlue,
                                                                 script: sources.themeScripts.first { $0.path == widgetScript }),
                              themesLabel: themesLabel, diagnostics: configDiagnostics)
        for link in sources.symbolicLinks.sorted() {
            site.diagnostics.append(.error("symbolic links are not followed; put the file or folder itself here", at: SourceLocation(path: link)))
        }
        return .success(site)
    }

    private static func themesLabel(_ options: BuildOptions) -> String {
        let themes = options.themes.standardizedFileURL.path, site = options.site.standardizedFileURL.path
        return themes.hasPrefix(site + "/") ? String(themes.dropFirst(site.count + 1)) : themes
    }
}
