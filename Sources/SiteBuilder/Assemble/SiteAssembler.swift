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

        var site = Site(config: config, pagesByLocale: [:], pagesByKey: Dictionary(minimumCapacity: sourcesByKey.count),
                        sectionKeys: sectionKeys)
        var urlOwners: [String: SitePage] = Dictionary(minimumCapacity: pages.count * 2)
        // Per locale, the URL of each folder: pages of one folder share it.
        var folderURLs = [String: [String: String]](minimumCapacity: config.locales.count)
        for key in sourcesByKey.keys.sorted() {
            let sources = sourcesByKey[key]!
            for locale in config.locales {
                guard let (source, isFallback) = pick(sources, for: locale.code, config: config) else { continue }
                let folder = source.path.folderPath
                let folderURL = folderURLs[locale.code]?[folder] ?? {
                    let url = folderPath(of: source, in: locale.code, sources: sourcesByKey, sectionKeys: sectionKeys, config: config)
                    folderURLs[locale.code, default: [:]][folder] = url
                    return url
                }()
                let url = source.path.kind == .home ? folderURL : folderURL + source.slug + "/"
                let page = SitePage(locale: locale, source: source, isFallback: isFallback, url: url)
                if let owner = urlOwners[url] {
                    // A fallback copy repeats its source's clash; report the source once.
                    if !isFallback { diagnostics.append(.error("URL \(url) is also the URL of \(owner.source.path.sitePath); give one of them another slug",
                                              at: SourceLocation(path: source.path.sitePath, line: 1))) }
                    continue
                }
                urlOwners[url] = page
                site.pagesByKey[key, default: [:]][locale.code] = page
                site.pagesByLocale[locale.code, default: []].append(page)
            }
        }
        for code in site.pagesByLocale.keys { site.pagesByLocale[code]!.sort { $0.url < $1.url } }
        site.indexChildren()
        return (site, diagnostics)
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
        let folders = page.path.folders
        let sectionFolders = page.path.kind == .section ? Array(folders.dropLast()) : folders
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
