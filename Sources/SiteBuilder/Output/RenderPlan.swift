import SiteCore

/// What a build renders: every page of the rendered locales whose key differs from the last
/// build's or whose file is gone, and what the last build wrote that is no more.
struct RenderPlan {
    /// Output path → key, for every page of the rendered locales.
    var keys: [String: String] = [:]
    /// Pages whose file the last build wrote still stands.
    var unchanged: Set<String> = []
    var toRender: [SitePage] = []
    /// Pages the last build wrote that this one has not.
    var stale: [String] = []

    /// `previous` is the last build's manifest when its inputs were this build's; `existing`, which
    /// of its files are still there.
    init(site: Site, locales: [LocaleInfo], inputs: String, structure: String, previous: BuildManifest?, existing: Set<String>) {
        let common = BuildKeys.common(inputs: inputs, structure: structure)
        for locale in locales {
            for page in site.pagesByLocale[locale.code] ?? [] {
                let path = page.outputPath
                let key = BuildKeys.page(page, common: common)
                keys[path] = key
                if previous?.pages[path]?.key == key && existing.contains(path) {
                    unchanged.insert(path)
                } else {
                    toRender.append(page)
                }
            }
        }
        stale = previous.map { previous in previous.pages.keys.filter { keys[$0] == nil }.sorted() } ?? []
    }

    /// Which of the files `manifest` lists (pages and site-wide files) are still under `output`.
    static func existingFiles(of manifest: BuildManifest, in output: String) -> Set<String> {
        Set((Array(manifest.pages.keys) + manifest.siteFiles).filter { FileSystem.exists(output + "/" + $0) })
    }
}
