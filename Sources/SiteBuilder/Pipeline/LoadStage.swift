import SiteCore

extension SiteBuild {
    /// load: `site.yaml`, the scan of the content folder, the theme's and the widget's files.
    static func load(_ options: BuildOptions) throws(BuildStop) -> LoadedSite {
        var loaded: LoadedSite
        switch SiteLoader.load(options) {
        case .success(let site): loaded = site
        case .failure(let failure): throw .failed(at: .load, failure.diagnostics)
        }
        if options.pseudo { loaded.config = PseudoLocales.adding(to: loaded.config) }
        for code in options.locales where loaded.config.locale(code) == nil {
            loaded.diagnostics.append(.error("--locale \(code): not a locale of the site (\(loaded.config.locales.map(\.code).joined(separator: ", ")))"))
        }
        if options.findsHardCodedText { loaded.diagnostics += HardCodedText.findings(in: loaded.sources.themeTemplates) }
        return loaded
    }
}
