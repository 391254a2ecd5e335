import Dispatch
import MustacheTemplates
import SiteCore

/// `Site` → every output file, pages rendered in parallel on all cores.
struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let context: PageContext
    let links: LinkResolver
    /// The locales whose pages are written (all, unless the build asked for some).
    let renderLocales: [LocaleInfo]
    /// What the `rules` directive embeds, or why it cannot; nil for a theme without the widget.
    let rulesWidget: Result<RulesWidgetFiles, WidgetFileError>?

    init(site: Site, theme: Theme, renderLocales: [LocaleInfo], rulesWidget: Result<RulesWidgetFiles, WidgetFileError>?) {
        self.site = site
        self.theme = theme
        self.renderLocales = renderLocales
        self.rulesWidget = rulesWidget
        self.context = PageContext(site: site, theme: theme)
        self.links = LinkResolver(site: site)
    }

    var config: SiteConfig { site.config }

    /// `pages`, with each page's own diagnostics; plus the site-wide files unless the last build's still stand.
    func render(_ pages: [SitePage], siteFiles: Bool = true) -> RenderedSite {
        let documents = parseOnce(pages.map(\.source))
        let slots = ResultSlots<(OutputFile?, [Diagnostic])>(count: pages.count)
        let sitemap = ResultSlots<String>(count: 1)
        // The sitemap, a long serial job, goes first so the pages share the cores with it.
        DispatchQueue.concurrentPerform(iterations: pages.count + 1) { index in
            guard index > 0 else { return sitemap.set(0, siteFiles ? Sitemap.xml(site: site, absolute: context.absolute) : "") }
            let page = pages[index - 1]
            slots.set(index - 1, render(page, document: page.source.parsed ?? documents[ObjectIdentifier(page.source)]!))
        }
        var rendered = RenderedSite()
        for (page, (file, problems)) in zip(pages, slots.values) {
            if let file { rendered.pages.append(file) }
            rendered.diagnostics[page.outputPath] = Array(Set(problems)).sortedForDisplay
        }
        guard siteFiles else { return rendered }
        var files = renderLocales.map(notFoundPage)
        files.append(rootNotFoundPage())
        files.append(chooserPage())
        files.append(OutputFile(path: "sitemap.xml", text: sitemap.values[0]))
        files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"))
        files += theme.assets.map { OutputFile(path: $0.outputPath, bytes: $0.bytes) }
        rendered.siteFiles = files
        return rendered
    }

    /// The bodies of pages whose outline came from the build cache, each parsed once however
    /// many locales show it.
    private func parseOnce(_ sources: [SourcePage]) -> [ObjectIdentifier: MarkdownDocument] {
        var seen: Set<ObjectIdentifier> = []
        let unparsed = sources.filter { $0.parsed == nil && seen.insert(ObjectIdentifier($0)).inserted }
        let slots = ResultSlots<MarkdownDocument>(count: unparsed.count)
        DispatchQueue.concurrentPerform(iterations: unparsed.count) { index in
            slots.set(index, unparsed[index].document)
        }
        return Dictionary(uniqueKeysWithValues: zip(unparsed.map(ObjectIdentifier.init), slots.values))
    }

    private func render(_ page: SitePage, document: MarkdownDocument) -> (OutputFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var values = context.common(locale: page.locale, url: page.url, links: .relative)
        let sourcePath = page.source.path.sitePath
        let renderer = HTMLRenderer(
            resolveLink: { link in
                switch links.resolve(link, in: page) {
                case .target(let target): return target
                case .broken(let message):
                    diagnostics.append(.error(message, at: SourceLocation(path: sourcePath, line: link.line, column: link.column)))
                    return nil
                case .unsafe(let message):
                    diagnostics.append(.warning(message, at: SourceLocation(path: sourcePath, line: link.line, column: link.column)))
                    return nil
                case .unchecked:
                    return nil
                }
            },
            renderDirective: { directive in
                guard theme.directiveNames.contains(directive.name) else {
                    diagnostics.append(.error("unknown directive '\(MarkdownDirective.infoPrefix)\(directive.name)'; known: \(theme.directiveNames.sorted().map { MarkdownDirective.infoPrefix + $0 }.joined(separator: ", "))",
                                              at: SourceLocation(path: sourcePath, line: directive.line, column: 1)))
                    return ""
                }
                var directiveValues = values
                directiveValues["directive"] = ["body": .string(directive.body)]
                if directive.name == RulesWidgetFiles.directiveName, let rulesWidget {
                    switch rulesWidget {
                    case .success(let files):
                        directiveValues["directive"] = RulesDirective(files: files, site: site, strings: theme.strings, page: page).templateValue
                        values["csp"] = .string(ContentSecurityPolicy.allowingScript(hash: files.scriptHash))
                    case .failure(let problem):
                        diagnostics.append(.error(problem.message, at: SourceLocation(path: sourcePath, line: directive.line, column: 1)))
                        return ""
                    }
                }
                return theme.templates.render("directives/\(directive.name)", with: .object(directiveValues)) ?? ""
            },
            externalLinkNote: theme.strings.string("link.external", locale: page.locale.code)
        )
        let content = renderer.render(document)
        let frontMatter = page.source.frontMatter
        let shownLocale = config.locale(page.source.path.locale) ?? page.locale
        let notices = context.notices(for: page)
        let tableOfContents = context.tableOfContents(of: page)
        var pageValues: TemplateObject = [
            "title": .string(frontMatter.title),
            "description": .string(frontMatter.description ?? ""),
            "content": .string(content),
            "url": "./",
            "canonical": .string(context.absolute(page.isFallback ? (site.page(key: page.key, locale: shownLocale.code)?.url ?? page.url) : page.url)),
            "isFallback": .bool(page.isFallback),
            "contentLang": .string(shownLocale.lang),
            "contentDir": .string(shownLocale.direction.rawValue),
            "notices": .list(notices),
            "hasNotices": .bool(!notices.isEmpty),
            "breadcrumbs": .list(context.breadcrumbs(of: page)),
            "children": .list(context.children(of: page)),
            "toc": .list(tableOfContents),
            "hasTableOfContents": .bool(tableOfContents.count > 1),
            "kind": .string(page.kind.rawValue),
        ]
        for (name, value) in context.provenance(of: page) { pageValues[name] = value }
        values["page"] = .object(pageValues)
        values["translations"] = .list(context.translations(of: page))
        values["alternates"] = .list(context.alternates(of: page))
        let template = page.kind == .home ? "home" : page.kind.rawValue
        guard let html = theme.templates.render(template, with: .object(values)) else { return (nil, diagnostics) }
        return (OutputFile(path: page.outputPath, text: html), diagnostics)
    }

    private var basePath: String {
        let afterScheme = config.baseURL.split(separator: "://", maxSplits: 1).last ?? ""
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        return String(afterScheme[slash...])
    }

    private func notFoundPage(_ locale: LocaleInfo) -> OutputFile {
        let url = "/\(locale.code)/404.html"
        var values = context.common(locale: locale, url: url, links: .rooted(basePath: basePath))
        values["page"] = ["title": .string(theme.strings.string("notFound.title", locale: locale.code)), "kind": "404"]
        values["translations"] = .list(config.locales.map { other in
            context.switcherEntry(other, url: LinkStyle.rooted(basePath: basePath).href(from: url, to: "/\(other.code)/404.html"),
                                  isCurrent: other.code == locale.code)
        })
        return OutputFile(path: "\(locale.code)/404.html", text: theme.templates.render("404", with: .object(values)) ?? "")
    }

    /// The root 404 page, in the default locale, offering every locale's home page.
    private func rootNotFoundPage() -> OutputFile {
        let locale = config.locale(config.defaultLocale)!
        var values = context.common(locale: locale, url: "/404.html", links: .rooted(basePath: basePath))
        values["page"] = ["title": .string(theme.strings.string("notFound.title", locale: locale.code)), "kind": "404"]
        values["locales"] = .list(localeEntries(from: "/404.html", links: .rooted(basePath: basePath)))
        return OutputFile(path: "404.html", text: theme.templates.render("404", with: .object(values)) ?? "")
    }

    private func chooserPage() -> OutputFile {
        let locale = config.locale(config.defaultLocale)!
        var values = context.common(locale: locale, url: "/", links: .relative)
        values["page"] = ["title": .string(theme.strings.string("chooser.title", locale: locale.code)), "kind": "chooser",
                          "canonical": .string(config.baseURL)]
        values["locales"] = .list(localeEntries(from: "/", links: .relative))
        values["alternates"] = .list(config.locales.map { context.alternate(hreflang: $0.lang, href: context.absolute("/\($0.code)/")) }
            + [context.alternate(hreflang: "x-default", href: config.baseURL)])
        return OutputFile(path: "index.html", text: theme.templates.render("chooser", with: .object(values)) ?? "")
    }

    /// Each locale with its home URL and the chooser's words in that language.
    private func localeEntries(from url: String, links: LinkStyle) -> [TemplateValue] {
        config.locales.map { locale in
            [
                "code": .string(locale.code), "name": .string(locale.name), "lang": .string(locale.lang),
                "dir": .string(locale.direction.rawValue), "url": .string(links.href(from: url, to: "/\(locale.code)/")),
                "title": .string(theme.strings.string("chooser.title", locale: locale.code)),
                "intro": .string(theme.strings.string("chooser.intro", locale: locale.code)),
            ]
        }
    }
}

/// What rendering made: pages (by output path, each with its own diagnostics) and the files every build writes.
struct RenderedSite {
    var pages: [OutputFile] = []
    var diagnostics: [String: [Diagnostic]] = [:]
    /// The 404 pages, the language chooser, sitemap, robots.txt and the theme's assets; none
    /// when the last build's stand.
    var siteFiles: [OutputFile] = []

}

/// Fixed slots that parallel workers fill by index. The storage is allocated once and never
/// moves, so workers writing different indices touch different memory and nothing else.
final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// Called by exactly one worker per index; `values` is read after all workers are done.
    func set(_ index: Int, _ value: Value) {
        storage[index] = value
    }

    var values: [Value] { storage.map { $0! } }
}
