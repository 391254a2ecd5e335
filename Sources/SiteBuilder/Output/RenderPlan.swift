import Dispatch
import SiteCore

/// Which of the last build's files are still in the output folder: looked up on another core
/// while this build reads its sources, since a `stat` for each of thousands of pages adds up.
final class OutputSurvey: Sendable {
    private let paths: [String]
    private let found: ResultSlots<Bool>
    private let done = DispatchGroup()

    /// Starts looking for the pages and site-wide files `manifest` lists, under `output`.
    init(of manifest: BuildManifest, in output: String) {
        let paths = Array(manifest.pages.keys) + manifest.siteFiles
        let found = ResultSlots<Bool>(count: paths.count)
        self.paths = paths
        self.found = found
        DispatchQueue.global().async(group: done) {
            for (index, path) in paths.enumerated() { found.set(index, FileSystem.exists(output + "/" + path)) }
        }
    }

    /// The paths that exist, once the survey is done.
    var existing: Set<String> {
        done.wait()
        return Set(zip(paths, found.values).compactMap { $1 ? $0 : nil })
    }
}

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
        for locale in locales {
            for page in site.pagesByLocale[locale.code] ?? [] {
                let path = page.outputPath
                let key = BuildKeys.page(page, inputs: inputs, structure: structure)
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
}
