import Foundation
import SiteCore

/// A site as the translators' tools read it: its configuration and its content files, parsed.
/// Unlike a build it does not stop at a broken file: it notes it and reads the rest.
struct TranslatedSite {
    var config: SiteConfig
    /// Every content file that parsed and is not a draft, as the build would see it.
    var pages: [SourcePage]
    /// Content files whose front matter could not be read, with the reasons.
    var unreadable: [(path: ContentPath, diagnostics: [Diagnostic])]

    static func read(_ folder: URL) throws(TranslationToolError) -> TranslatedSite {
        let loaded: LoadedSite
        switch SiteLoader.load(BuildOptions(site: folder, writeOutput: false), withTheme: false) {
        case .success(let site): loaded = site
        case .failure(let failure): throw TranslationToolError(failure.diagnostics.filter { $0.severity == .error })
        }
        let codes = Set(loaded.config.locales.map(\.code))
        var site = TranslatedSite(config: loaded.config, pages: [], unreadable: [])
        for file in loaded.sources.content {
            let parts = file.path.split(separator: "/", maxSplits: 2).map(String.init)
            guard parts.count == 3, codes.contains(parts[1]), let source = loaded.sources.read(file) else { continue }
            let (page, diagnostics) = SourcePage.parse(source, locale: parts[1], relative: parts[2])
            if let page {
                if !page.frontMatter.draft { site.pages.append(page) }
            } else {
                site.unreadable.append((ContentPath(locale: parts[1], relative: parts[2]), diagnostics))
            }
        }
        return site
    }

    static func readConfig(_ folder: URL) throws(TranslationToolError) -> SiteConfig {
        let (read, diagnostics) = SiteLoader.config(of: folder)
        guard let read else { throw TranslationToolError(diagnostics.filter { $0.severity == .error }) }
        return read.config
    }
}
