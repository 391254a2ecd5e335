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
        let config = try readConfig(folder)
        let sources = SourceLoader.load(site: folder, themesFolder: folder, themesLabel: "", theme: nil)
        let codes = Set(config.locales.map(\.code))
        var site = TranslatedSite(config: config, pages: [], unreadable: [])
        for file in sources.content {
            let parts = file.path.split(separator: "/", maxSplits: 2).map(String.init)
            guard parts.count == 3, codes.contains(parts[1]), let source = sources.read(file) else { continue }
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
        let name = ConfigParser.fileName
        guard let file = SourceLoader.read(folder.appendingPathComponent(name), as: name) else {
            throw TranslationToolError("no \(name) in \(folder.path): is this a site folder?")
        }
        guard let text = file.text else {
            throw TranslationToolError("file is not valid UTF-8 text", at: SourceLocation(path: name, line: 1, column: 1))
        }
        let (config, diagnostics) = ConfigParser.parse(text)
        guard let config else { throw TranslationToolError(diagnostics.filter { $0.severity == .error }) }
        return config
    }
}
