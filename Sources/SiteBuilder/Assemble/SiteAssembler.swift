import Dispatch
import SiteCore

/// Pages × locales → `Site`: translation groups, fallbacks and URLs.
enum SiteAssembler {
    static func assemble(config: SiteConfig, pages: [SourcePage]) -> (Site, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sourcesByKey: [String: [String: SourcePage]] = [:]
        for page in pages.sorted(by: { $0.path < $1.path }) {
            if let other = sourcesByKey[page.translationKey]?[page.path.locale] {
                diagnostics.append(.error("translation key '\(page.translationKey)' is also used by \(other.path.sitePath)",
                                          at: SourceLocation(path: page.path.sitePath, line: 1)))
                continue
            }
            sourcesByKey[page.translationKey, default: [:]][page.path.locale] = page
        }

        var sectionKeys: [String: String] = [:]
        for page in pages where page.path.kind == .section {
            sectionKeys[page.path.folders.joined(separator: "/")] = page.translationKey
        }

        // Each locale on a core of its own: a page's URL, and any clash of URLs, concern its locale alone.
        let keys = sourcesByKey.keys.sorted()
        let perLocale = ResultSlots<([SitePage?], [Diagnostic])>(count: config.locales.count)
        DispatchQueue.concurrentPerform(iterations: config.locales.count) { [sourcesByKey, sectionKeys] index in
            perLocale.set(index, sitePages(in: config.locales[index], keys: keys, sources: sourcesByKey, sectionKeys: sectionKeys, config: config))
        }
        let localePages = perLocale.values
        var site = Site(config: config, pagesByLocale: [:], pagesByKey: Dictionary(minimumCapacity: keys.count), sectionKeys: sectionKeys)
        for (index, key) in keys.enumerated() {
            var byLocale: [String: SitePage] = [:]
            for (locale, (pages, _)) in zip(config.locales, localePages) { byLocale[locale.code] = pages[index] }
            site.pagesByKey[key] = byLocale
        }
        for (locale, (pages, problems)) in zip(config.locales, localePages) {
            site.pagesByLocale[locale.code] = pages.compactMap { $0 }.sorted { $0.url < $1.url }
            diagnostics += problems
        }
        site.indexChildren()
        return (site, diagnostics)
    }

    /// The page of each of `keys` (nil where it has none) in `locale`, and the clashes of URLs.
    private static func sitePages(in locale: LocaleInfo, keys: [String], sources sourcesByKey: [String: [String: SourcePage]],
                              sectionKeys: [String: String], config: SiteConfig) -> ([SitePage?], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var urlOwners: [String: SitePage] = Dictionary(minimumCapacity: keys.count)
        // Pages of one folder share its URL.
        var folderURLs: [String: String] = [:]
        let pages = keys.map { key -> SitePage? in
            guard let (source, isFallback) = pick(sourcesByKey[key]!, for: locale.code, config: config) else { return nil }
            let folder = source.path.folderPath
            let folderURL = folderURLs[folder] ?? {
                let url = folderPath(of: source, in: locale.code, sources: sourcesByKey, sectionKeys: sectionKeys, config: config)
                folderURLs[folder] = url
                return url
            }()
            let url = source.path.kind == .home ? folderURL : folderURL + source.slug + "/"
            let page = SitePage(locale: locale, source: source, isFallback: isFallback, url: url,
                                provenance: provenance(of: source, among: sourcesByKey[key]!))
            if let owner = urlOwners[url] {
                // A fallback copy repeats its source's clash; report the source once.
                if !isFallback { diagnostics.append(.error("URL \(url) is also the URL of \(owner.source.path.sitePath); give one of them another slug",
                                          at: SourceLocation(path: source.path.sitePath, line: 1))) }
                return nil
            }
            urlOwners[url] = page
            return page
        }
        return (pages, diagnostics)
    }

    /// A translation that gives no sources and no date of its own shows those of its source page
    /// (`translation.source` is `<locale>/<path>`; `translations` are the key's pages by locale).
    private static func provenance(of page: SourcePage, among translations: [String: SourcePage]) -> Provenance {
        let own = page.frontMatter.provenance
        guard own.isEmpty, let source = page.frontMatter.translation?.source, let slash = source.firstIndex(of: "/"),
              let original = translations[String(source[..<slash])],
              original.path.relative == source[source.index(after: slash)...] else { return own }
        return original.frontMatter.provenance
    }

    /// The locale's own page, or the first one along its fallback chain.
    private static func pick(_ sources: [String: SourcePage], for locale: String, config: SiteConfig) -> (SourcePage, Bool)? {
        if let own = sources[locale] { return (own, false) }
        for fallback in config.fallbackChain(for: locale) {
            if let page = sources[fallback] { return (page, true) }
        }
        return nil
    }

    /// `/<locale>/<section slugs…>/`, the URL of the folder `page` is listed in (a section's
    /// parent): each folder takes the slug of its section page in this locale.
    private static func folderPath(of page: SourcePage, in locale: String, sources: [String: [String: SourcePage]],
                                   sectionKeys: [String: String], config: SiteConfig) -> String {
        var segments = [locale]
        let sectionFolders = page.path.parentFolders
        for depth in sectionFolders.indices {
            let folderPath = sectionFolders[...depth].joined(separator: "/")
            let sectionSlug = sectionKeys[folderPath]
                .flatMap { sources[$0] }
                .flatMap { pick($0, for: locale, config: config)?.0.frontMatter.slug }
            segments.append(sectionSlug ?? sectionFolders[depth])
        }
        return URLRules.path(segments)
    }
}
