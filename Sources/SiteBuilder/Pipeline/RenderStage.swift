import SiteCore

/// The render stage's value: the files made, and the record of every page for the manifest.
struct RenderedBuild {
    var assembled: AssembledSite
    var renderPlan: RenderPlan
    /// Kept for the preview's next edit plan, or nil when nothing was to be rendered.
    var renderer: SiteRenderer?
    var rendered: RenderedSite
    /// Per page of the rendered locales, its key and diagnostics; pages that stand keep the
    /// diagnostics their rendering gave last time.
    var pageRecords: [String: BuildManifest.PageRecord]
    /// The site-wide files the last build wrote stand.
    var siteFilesStand: Bool

    /// A fallback copy repeats its source's problems: each is reported once.
    var diagnostics: [Diagnostic] { Array(Set(pageRecords.values.lazy.flatMap(\.diagnostics))) }
}

extension SiteBuild {
    /// render: the pages the plan does not keep, and the site-wide files unless the last build's stand.
    static func render(_ assembled: AssembledSite, plan: BuildPlan) throws(BuildStop) -> RenderedBuild {
        let loaded = assembled.loaded
        let missing = plan.missingFiles
        let renderPlan = RenderPlan(site: assembled.site, locales: loaded.renderLocales, inputs: plan.inputs, structure: assembled.structure,
                                    previous: plan.reusable, missing: missing, edited: plan.edit.map { pagesShowing(assembled.parsed.edited, in: $0) })
        let toRender = try withBodies(renderPlan.toRender, of: assembled)
        // The site-wide files depend on nothing but the inputs and the structure: when those are
        // as the last build left them, its files stand, and with every page standing too
        // nothing is rendered at all.
        let siteFilesStand = plan.reusable.map { $0.structureHash == assembled.structure && !$0.siteFiles.contains(where: missing.contains) } == true
        let renderNothing = siteFilesStand && toRender.isEmpty && renderPlan.stale.isEmpty
        let renderer = plan.edit?.last.renderer ?? (renderNothing && !keepsBuild(loaded.options) ? nil
            : SiteRenderer(site: assembled.site, theme: assembled.theme, renderLocales: loaded.renderLocales, rulesWidget: loaded.rulesWidget))
        let rendered = renderNothing ? RenderedSite() : renderer?.render(toRender, siteFiles: !siteFilesStand) ?? RenderedSite()
        var pageRecords = renderPlan.pages
        for (path, diagnostics) in rendered.diagnostics { pageRecords[path]?.diagnostics = diagnostics }
        return RenderedBuild(assembled: assembled, renderPlan: renderPlan, renderer: renderer, rendered: rendered,
                             pageRecords: pageRecords, siteFilesStand: siteFilesStand)
    }

    /// Whether the build keeps what the preview's next edit plan needs.
    static func keepsBuild(_ options: BuildOptions) -> Bool {
        options.keepsLastBuild && options.writeOutput && !options.pseudo
    }

    /// The pages that show the `edited` sources: their own and the fallback copies of them.
    private static func pagesShowing(_ edited: [SourcePage], in edit: BuildPlan.Edit) -> [SitePage] {
        let renderer = edit.last.renderer
        return renderer.renderLocales.flatMap { locale in
            edited.compactMap { page -> SitePage? in
                guard var shown = renderer.site.page(key: page.translationKey, locale: locale.code), shown.source.path == page.path else { return nil }
                shown.source = page
                return shown
            }
        }
    }

    /// `pages`, with the bodies read of those whose files the plan trusted without reading them.
    private static func withBodies(_ pages: [SitePage], of assembled: AssembledSite) throws(BuildStop) -> [SitePage] {
        let unread = Set(pages.map(\.source).filter { $0.parsed == nil && $0.body == nil }.map(ObjectIdentifier.init))
        guard !unread.isEmpty else { return pages }
        let sources = assembled.parsed.content.pages
        let (read, problems) = ContentReader.readingBodies(of: unread, in: sources, sources: assembled.loaded.sources)
        guard problems.isEmpty else {
            throw .failed(at: .render, assembled.parsed.diagnostics + assembled.diagnostics + assembled.translationFindings.values.joined() + problems)
        }
        var replacing: [ObjectIdentifier: SourcePage] = [:]
        for (old, new) in zip(sources, read) where unread.contains(ObjectIdentifier(old)) { replacing[ObjectIdentifier(old)] = new }
        return pages.map { page in
            var page = page
            page.source = replacing[ObjectIdentifier(page.source)] ?? page.source
            return page
        }
    }
}
