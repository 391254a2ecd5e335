import SiteCore

/// What a build renders: every page of the rendered locales whose key differs from the last
/// build's or whose file is gone, and what the last build wrote that is no more.
struct RenderPlan {
    /// Per output path of every page of the rendered locales, its key and the diagnostics its
    /// last rendering gave (which a page rendered now replaces).
    var pages: [String: BuildManifest.PageRecord] = [:]
    var toRender: [SitePage] = []
    /// Pages the last build wrote that this one has not.
    var stale: [String] = []

    /// `previous` is the last build's manifest when its inputs were this build's; `missing`, which
    /// of its files are gone from the output folder. `edited`, when given, are the only pages that
    /// can differ from the last build's (an edit of pages' text, which keeps the structure).
    init(site: Site, locales: [LocaleInfo], inputs: String, structure: String, previous: BuildManifest?,
         missing: Set<String>, edited: [SitePage]? = nil) {
        let common = BuildKeys.common(inputs: inputs, structure: structure)
        let sitePages = locales.lazy.flatMap { site.pagesByLocale[$0.code] ?? [] }
        guard let previous, previous.structureHash == structure else {
            for page in sitePages {
                let path = page.outputPath
                let key = BuildKeys.page(page, common: common)
                let last = previous?.pages[path]
                pages[path] = BuildManifest.PageRecord(key: key, diagnostics: last?.key == key ? last!.diagnostics : [])
                if last?.key != key || missing.contains(path) { toRender.append(page) }
            }
            stale = previous.map { previous in previous.pages.keys.filter { pages[$0] == nil }.sorted() } ?? []
            return
        }
        // The same inputs and structure give the same pages at the same URLs, and the key of a
        // page whose file was trusted without reading it is the one it had: only the pages of
        // files read in this build are keyed again.
        pages = previous.pages
        let candidates = edited.map { AnySequence($0) } ?? AnySequence(sitePages.filter { page in
            page.source.body != nil || (!missing.isEmpty && missing.contains(page.outputPath))
        })
        for page in candidates {
            let path = page.outputPath
            let key = BuildKeys.page(page, common: common)
            if pages[path]?.key != key || missing.contains(path) {
                toRender.append(page)
                pages[path] = BuildManifest.PageRecord(key: key, diagnostics: [])
            }
        }
    }
}
