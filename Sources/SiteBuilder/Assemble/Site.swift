import Dispatch
import SiteCore

/// One page of the output: a translation, or a stand-in from a fallback locale.
struct SitePage: Sendable {
    /// The locale whose section of the site the page belongs to.
    var locale: LocaleInfo
    /// The page whose content is shown; from another locale when `isFallback`.
    var source: SourcePage
    var isFallback: Bool
    /// Site-relative URL path, `/en/tracks/b1/`.
    var url: String
    /// The sources and date the page shows: its own, or those of the page it was translated from.
    var provenance: Provenance

    var key: String { source.translationKey }
    /// Where the page is written under the output folder.
    var outputPath: String { String(url.dropFirst()) + "index.html" }
    var kind: PageKind { source.path.kind }
}

/// All pages, grouped the ways rendering needs them.
struct Site: Sendable {
    var config: SiteConfig
    /// Per locale code, every page in a stable order (by URL).
    var pagesByLocale: [String: [SitePage]]
    /// Per translation key, the page of each locale.
    var pagesByKey: [String: [String: SitePage]]

    func page(key: String, locale: String) -> SitePage? { pagesByKey[key]?[locale] }

    /// Translation keys of the section index of each folder path: `tracks` → `tracks/_index.md`'s key.
    var sectionKeys: [String: String] = [:]

    /// Content files that exist but could not be parsed (`tracks/b1.md`): their own errors are
    /// reported, so links to them are not reported again as broken.
    var unreadablePaths: Set<String> = []

    /// Real translations of a key (no fallbacks), in the order of the site's locales.
    func translations(of key: String) -> [SitePage] {
        config.locales.compactMap { page(key: key, locale: $0.code) }.filter { !$0.isFallback }
    }

    /// Per locale and folder path (`en/tracks`, `en/` for the top), the pages directly below it, in menu order.
    var childrenByFolder: [String: [SitePage]] = [:]

    /// Pages that sit directly below a section (or the home page, for `[]`), sorted by weight then title.
    func children(ofFolder folders: [String], locale: String) -> [SitePage] {
        childrenByFolder[Self.folderKey(locale: locale, folderPath: folders.joined(separator: "/"))] ?? []
    }

    static func folderKey(locale: String, folderPath: String) -> String { locale + "/" + folderPath }

    /// Fills `childrenByFolder` once all pages are known, each locale on a core of its own.
    mutating func indexChildren() {
        let locales = Array(pagesByLocale)
        let perLocale = ResultSlots<[String: [SitePage]]>(count: locales.count)
        DispatchQueue.concurrentPerform(iterations: locales.count) { number in
            let (locale, pages) = locales[number]
            var index: [String: [SitePage]] = [:]
            for page in pages where page.kind != .home {
                index[Self.folderKey(locale: locale, folderPath: page.source.path.folderPath), default: []].append(page)
            }
            for key in index.keys { index[key]!.sort(by: SitePage.navigationOrder) }
            perLocale.set(number, index)
        }
        childrenByFolder = perLocale.values.reduce(into: [:]) { all, index in all.merge(index) { first, _ in first } }
    }
}

extension SitePage {
    static func navigationOrder(_ a: SitePage, _ b: SitePage) -> Bool {
        let (fa, fb) = (a.source.frontMatter, b.source.frontMatter)
        if fa.weight != fb.weight { return fa.weight < fb.weight }
        if fa.title != fb.title { return fa.title < fb.title }
        return a.url < b.url
    }
}
