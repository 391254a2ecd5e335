import MustacheTemplates
import SiteCore

/// Builds the values templates see: the names ThemeContract declares, and no others.
struct PageContext: Sendable {
    let site: Site
    let theme: Theme
    /// Per locale, the nested UI strings, built once.
    let stringsByLocale: [String: TemplateValue]
    /// Per locale, the top-level pages with what every page shows of them the same way.
    private let navigationByLocale: [String: [(url: String, values: TemplateObject)]]

    init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        var strings: [String: TemplateValue] = [:]
        var navigation: [String: [(url: String, values: TemplateObject)]] = [:]
        for locale in site.config.locales {
            strings[locale.code] = theme.strings.templateValue(locale: locale.code)
            navigation[locale.code] = site.children(ofFolder: [], locale: locale.code).map { entry in
                var values = Self.language(of: entry, config: site.config)
                values["title"] = .string(entry.source.frontMatter.title)
                return (entry.url, values)
            }
        }
        stringsByLocale = strings
        navigationByLocale = navigation
    }

    var config: SiteConfig { site.config }

    /// What every template gets, for a page at `url` in `locale`. `links` decides between
    /// relative URLs (pages) and root-based ones (404 pages, served at any path).
    func common(locale: LocaleInfo, url: String, links: LinkStyle) -> TemplateObject {
        var assets = TemplateObject()
        for asset in theme.assets { assets[asset.templateKey] = .string(links.href(from: url, to: "/" + asset.outputPath)) }
        let home = site.page(key: homeKey, locale: locale.code)?.url ?? "/\(locale.code)/"
        return [
            "lang": .string(locale.lang),
            "dir": .string(locale.direction.rawValue),
            "locale": ["code": .string(locale.code), "name": .string(locale.name)],
            "t": stringsByLocale[locale.code] ?? [:],
            "assets": .object(assets),
            "homeURL": .string(links.href(from: url, to: home)),
            "rootURL": .string(links.href(from: url, to: "/")),
            "nav": .list(navigation(locale: locale, url: url, links: links)),
            "csp": .string(ContentSecurityPolicy.base),
        ]
    }

    var homeKey: String { "_index.md" }

    /// The top level of a locale: pages and sections directly under its home page.
    func navigation(locale: LocaleInfo, url: String, links: LinkStyle) -> [TemplateValue] {
        (navigationByLocale[locale.code] ?? []).map { entry in
            var values = entry.values
            values["url"] = .string(links.href(from: url, to: entry.url))
            values["isCurrent"] = .bool(url.hasPrefix(entry.url))
            values["isCurrentPage"] = .bool(url == entry.url)
            return .object(values)
        }
    }

    /// The language switcher: every locale, linking to this page in that locale.
    func translations(of page: SitePage) -> [TemplateValue] {
        config.locales.compactMap { locale in
            guard let other = site.page(key: page.key, locale: locale.code) else { return nil }
            return switcherEntry(locale, url: URLRules.relative(from: page.url, to: other.url), isCurrent: locale.code == page.locale.code)
        }
    }

    func switcherEntry(_ locale: LocaleInfo, url: String, isCurrent: Bool) -> TemplateValue {
        [
            "name": .string(locale.name), "lang": .string(locale.lang), "dir": .string(locale.direction.rawValue),
            "code": .string(locale.code), "url": .string(url), "isCurrent": .bool(isCurrent),
        ]
    }

    /// `<link rel="alternate" hreflang>` for every real translation, plus `x-default`.
    func alternates(of page: SitePage) -> [TemplateValue] {
        let translations = site.translations(of: page.key)
        var links = translations.map { alternate(hreflang: $0.locale.lang, href: absolute($0.url)) }
        if let fallback = translations.first(where: { $0.locale.code == config.defaultLocale }) ?? translations.first {
            links.append(alternate(hreflang: "x-default", href: absolute(fallback.url)))
        }
        return links
    }

    func alternate(hreflang: String, href: String) -> TemplateValue {
        ["hreflang": .string(hreflang), "href": .string(href)]
    }

    func absolute(_ path: String) -> String {
        config.baseURL + URLRules.percentEncodedPath(String(path.dropFirst()))
    }

    /// From the home page down to the page's parent.
    func breadcrumbs(of page: SitePage) -> [TemplateValue] {
        guard page.kind != .home else { return [] }
        var trail: [SitePage] = []
        if let home = site.page(key: homeKey, locale: page.locale.code) { trail.append(home) }
        let folders = page.source.path.parentFolders
        for depth in folders.indices {
            if let key = site.sectionKeys[folders[...depth].joined(separator: "/")],
               let section = site.page(key: key, locale: page.locale.code) {
                trail.append(section)
            }
        }
        return trail.map { crumb in
            var values = language(of: crumb)
            values["title"] = .string(crumb.source.frontMatter.title)
            values["url"] = .string(URLRules.relative(from: page.url, to: crumb.url))
            return .object(values)
        }
    }

    /// The pages below a home or section page; a plain page has none.
    func children(of page: SitePage) -> [TemplateValue] {
        guard page.kind != .page else { return [] }
        let folders = page.kind == .home ? [] : page.source.path.folders
        return site.children(ofFolder: folders, locale: page.locale.code).map { child in
            var values = language(of: child)
            values["title"] = .string(child.source.frontMatter.title)
            values["description"] = .string(child.source.frontMatter.description ?? "")
            values["url"] = .string(URLRules.relative(from: page.url, to: child.url))
            values["isSection"] = .bool(child.kind == .section)
            return .object(values)
        }
    }

    /// The `h2` headings, for an "On this page" list.
    func tableOfContents(of page: SitePage) -> [TemplateValue] {
        page.source.outline.headings.filter { $0.level == 2 }.map { ["id": .string($0.id), "text": .string($0.text)] }
    }

    /// Notices above the content: the fallback notice in the reader's language, then how the
    /// shown text was translated, in that text's language. `html` is already escaped.
    func notices(for page: SitePage) -> [TemplateValue] {
        let locale = page.locale
        let shown = config.locale(page.source.path.locale) ?? locale
        var notices: [TemplateValue] = []
        if page.isFallback {
            let html = theme.strings.html(.fallbackNotice, locale: locale.code, [
                "language": "<bdi lang=\"\(locale.lang)\">\(HTMLText.escape(locale.name))</bdi>",
                "fallbackLanguage": "<bdi lang=\"\(shown.lang)\">\(HTMLText.escape(shown.name))</bdi>",
            ])
            notices.append(["html": .string(html), "lang": .string(locale.lang), "dir": .string(locale.direction.rawValue)])
        }
        if let translation = page.source.frontMatter.translation, !translation.reviewed {
            let key: ThemeContract.UIString = translation.method == .machine ? .machineTranslationNotice : .unreviewedTranslationNotice
            notices.append(["html": .string(theme.strings.html(key, locale: shown.code)), "lang": .string(shown.lang),
                            "dir": .string(shown.direction.rawValue)])
        }
        return notices
    }

    /// `lang` and `dir` of the text a linked page shows, for titles listed on another page.
    func language(of page: SitePage) -> TemplateObject {
        Self.language(of: page, config: config)
    }

    private static func language(of page: SitePage, config: SiteConfig) -> TemplateObject {
        let shown = config.locale(page.source.path.locale) ?? page.locale
        return ["lang": .string(shown.lang), "dir": .string(shown.direction.rawValue)]
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
