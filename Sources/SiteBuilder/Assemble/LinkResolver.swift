import SiteCore

/// Turns the links of one page into URLs of the assembled site, and reports the ones that lead nowhere.
struct LinkResolver: Sendable {
    let site: Site
    /// The translation key of each content path whose key is not the path itself: one the page
    /// names, or the home page's and a bundle's (`index.md` → `_index.md`, `about/index.md` →
    /// `about.md`); every other page's key is its path.
    let keysGiven: [String: String]

    init(site: Site) {
        self.site = site
        var keys: [String: String] = [:]
        for pages in site.pagesByLocale.values {
            for page in pages where !page.isFallback && page.source.translationKey != page.source.path.relative {
                keys[page.source.path.relative] = page.key
            }
        }
        keysGiven = keys
    }

    /// The translation key of the pages at `relative` (in any locale), or nil when there are none.
    func key(ofPath relative: String) -> String? {
        if let key = keysGiven[relative] { return key }
        let pages = site.pagesByKey[relative]?.values
        return pages?.contains { !$0.isFallback && $0.source.path.relative == relative } == true ? relative : nil
    }

    enum Resolution {
        case target(LinkTarget)
        case broken(String)
        /// A destination that must not reach a page (`javascript:`); left out with a warning.
        case unsafe(String)
        /// A page whose file has errors of its own: the link cannot be checked yet.
        case unchecked
    }

    /// Resolves `link` written in `page` (shown in `page.locale`).
    func resolve(_ link: MarkdownLink, in page: SitePage) -> Resolution {
        let destination = link.destination
        if destination.isEmpty { return .broken("link has no destination") }
        // Before anything else: browsers ignore whitespace and control characters inside a
        // scheme, so `jav<TAB>ascript:` must be caught whatever shape the rest has.
        guard URLSafety.isSafe(destination) else {
            return .unsafe("link to '\(destination.debugDescription.dropFirst().dropLast())' is not allowed; the link was left out")
        }
        if URLSafety.hasScheme(destination) || destination.hasPrefix("//") {
            return .target(LinkTarget(href: destination, isExternal: true))
        }
        let (pathPart, anchor) = split(destination)
        if pathPart.isEmpty {
            return check(anchor: anchor, in: page, href: "#\(anchor ?? "")", written: destination)
        }
        guard pathPart.hasSuffix(".md") else {
            return .target(LinkTarget(href: destination, isExternal: false))
        }
        guard let relative = normalise(pathPart, from: page.source.path.folders) else {
            return .broken("link to '\(destination)' leaves the content folder")
        }
        let key = key(ofPath: relative)
        if site.unreadablePaths.contains(relative) && key == nil { return .unchecked }
        guard let key, let target = site.page(key: key, locale: page.locale.code) else {
            return .broken("link to '\(destination)': there is no page content/\(page.source.path.locale)/\(relative)")
        }
        let href = URLRules.relative(from: page.url, to: target.url) + (anchor.map { "#\($0)" } ?? "")
        return check(anchor: anchor, in: target, href: href, written: destination)
    }

    private func check(anchor: String?, in target: SitePage, href: String, written: String) -> Resolution {
        guard let anchor, !anchor.isEmpty else { return .target(LinkTarget(href: href, isExternal: false)) }
        guard target.source.outline.headings.contains(where: { $0.id == anchor }) else {
            return .broken("link to '\(written)': \(target.source.path.sitePath) has no heading with id '\(anchor)'")
        }
        return .target(LinkTarget(href: href, isExternal: false))
    }

    private func split(_ destination: String) -> (String, String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[destination.index(after: hash)...]))
    }

    /// `../acts/2021.md` from folder `tracks` → `acts/2021.md`; nil when it climbs out of the locale.
    private func normalise(_ path: String, from folders: [String]) -> String? {
        var parts = path.hasPrefix("/") ? [] : folders
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
