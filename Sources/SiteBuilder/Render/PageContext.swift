import SiteCore

/// Builds the values templates see. The names here are the theme's contract (docs/themes.md).
// Immutable after init; `Any` only holds strings and dictionaries of them.
struct PageContext: @unchecked Sendable {
    let site: Site
    let theme: Theme
    /// Per locale, the nested UI strings, built once.
    let stringsByLocale: [String: [String: Any]]

    init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        var strings: [String: [String: Any]] = [:]
        for locale in site.config.locales { strings[locale.code] = theme.strings.templateValue(locale: locale.code) }
        stringsByLocale = strings
    }

    var config: SiteConfig { site.config }

    /// What every template gets, for a page at `url` in `locale`. `links` decides between
    /// relative URLs (pages) and root-based ones (404 pages, served at any path).
    func common(locale: LocaleInfo, url: String, links: LinkStyle) -> [String: Any] {
        var assets: [String: Any] = [:]
        for asset in theme.assets { assets[asset.templateKey] = links.href(from: url, to: "/" + asset.outputPath) }
        let home = site.page(key: homeKey, locale: locale.code)?.url ?? "/\(locale.code)/"
        return [
            "lang": locale.lang,
            "dir": locale.direction.rawValue,
            "locale": ["code": locale.code, "name": locale.name],
            "t": stringsByLocale[locale.code] ?? [:],
            "assets": assets,
            "homeURL": links.href(from: url, to: home),
            "rootURL": links.href(from: url, to: "/"),
            "nav": navigation(locale: locale, url: url, links: links),
            "csp": ContentSecurityPolicy.base,
            // Present on every page, so templates can test them with `empty(…)`.
            "translations": [Any](),
            "locales": [Any](),
        ]
    }

    var homeKey: String { "_index.md" }

    /// The top level of a locale: pages and sections directly under its home page.
    func navigation(locale: LocaleInfo, url: String, links: LinkStyle) -> [[String: Any]] {
        site.children(ofFolder: [], locale: locale.code).map { entry in
            let values: [String: Any] = [
                "title": entry.source.frontMatter.title,
                "url": links.href(from: url, to: entry.url),
                "isCurrent": url.hasPrefix(entry.url),
                "isCurrentPage": url == entry.url,
            ]
            return values.merging(language(of: entry)) { own, _ in own }
        }
    }

    /// The language switcher: every locale, linking to this page in that locale.
    func translations(of page: SitePage) -> [[String: Any]] {
        config.locales.compactMap { locale in
            guard let other = site.page(key: page.key, locale: locale.code) else { return nil }
            return [
                "name": locale.name, "lang": locale.lang, "dir": locale.direction.rawValue, "code": locale.code,
                "url": URLRules.relative(from: page.url, to: other.url),
                "isCurrent": locale.code == page.locale.code,
            ]
        }
    }

    /// `<link rel="alternate" hreflang>` for every real translation, plus `x-default`.
    func alternates(of page: SitePage) -> [[String: Any]] {
        let translations = site.translations(of: page.key)
        var links = translations.map { ["hreflang": $0.locale.lang, "href": absolute($0.url)] }
        if let fallback = translations.first(where: { $0.locale.code == config.defaultLocale }) ?? translations.first {
            links.append(["hreflang": "x-default", "href": absolute(fallback.url)])
        }
        return links
    }

    func absolute(_ path: String) -> String {
        config.baseURL + URLRules.percentEncodedPath(String(path.dropFirst()))
    }

    /// From the home page down to the page's parent.
    func breadcrumbs(of page: SitePage) -> [[String: Any]] {
        guard page.kind != .home else { return [] }
        var trail: [SitePage] = []
        if let home = site.page(key: homeKey, locale: page.locale.code) { trail.append(home) }
        let folders = page.kind == .section ? Array(page.source.path.folders.dropLast()) : page.source.path.folders
        for depth in folders.indices {
            if let key = site.sectionKeys[folders[...depth].joined(separator: "/")],
               let section = site.page(key: key, locale: page.locale.code) {
                trail.append(section)
            }
        }
        return trail.map { crumb in
            let values: [String: Any] = ["title": crumb.source.frontMatter.title, "url": URLRules.relative(from: page.url, to: crumb.url)]
            return values.merging(language(of: crumb)) { own, _ in own }
        }
    }

    /// The pages below a home or section page; a plain page has none.
    func children(of page: SitePage) -> [[String: Any]] {
        guard page.kind != .page else { return [] }
        let folders = page.kind == .home ? [] : page.source.path.folders
        return site.children(ofFolder: folders, locale: page.locale.code).map { child in
            let values: [String: Any] = [
                "title": child.source.frontMatter.title,
                "description": child.source.frontMatter.description ?? "",
                "url": URLRules.relative(from: page.url, to: child.url),
                "isSection": child.kind == .section,
            ]
            return values.merging(language(of: child)) { own, _ in own }
        }
    }

    /// The `h2` headings, for an "On this page" list.
    func tableOfContents(of page: SitePage) -> [[String: Any]] {
        page.source.outline.headings.filter { $0.level == 2 }.map { ["id": $0.id, "text": $0.text] }
    }

    /// Notices above the content: the fallback notice in the reader's language, then how the
    /// shown text was translated, in that text's language. `html` is already escaped.
    func notices(for page: SitePage) -> [[String: Any]] {
        let locale = page.locale
        let shown = config.locale(page.source.path.locale) ?? locale
        var notices: [[String: Any]] = []
        if page.isFallback {
            let html = theme.strings.html("notice.fallback", locale: locale.code, [
                "language": "<bdi lang=\"\(locale.lang)\">\(HTMLText.escape(locale.name))</bdi>",
                "fallbackLanguage": "<bdi lang=\"\(shown.lang)\">\(HTMLText.escape(shown.name))</bdi>",
            ])
            notices.append(["html": html, "lang": locale.lang, "dir": locale.direction.rawValue])
        }
        if let translation = page.source.frontMatter.translation, !translation.reviewed {
            let key = translation.method == .machine ? "notice.machineTranslation" : "notice.unreviewedTranslation"
            notices.append(["html": theme.strings.html(key, locale: shown.code), "lang": shown.lang, "dir": shown.direction.rawValue])
        }
        return notices
    }

    /// `lang` and `dir` of the text a linked page shows, for titles listed on another page.
    func language(of page: SitePage) -> [String: Any] {
        let shown = config.locale(page.source.path.locale) ?? page.locale
        return ["lang": shown.lang, "dir": shown.direction.rawValue]
    }
}

/// How generated links are written.
enum LinkStyle {
    /// Relative to the page: the site works under any base path and from a folder.
    case relative
    /// From the root of the base URL: for 404 pages, which a host serves at any path.
    case rooted(basePath: String)

    func href(from page: String, to target: String) -> String {
        switch self {
        case .relative: return URLRules.relative(from: page, to: target)
        case .rooted(let basePath): return basePath + URLRules.percentEncodedPath(String(target.dropFirst()))
        }
    }
}
