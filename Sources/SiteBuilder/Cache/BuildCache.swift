import Foundation
import SiteCore

/// The last build, as far as the next one may reuse it: the manifest in the output folder, or
/// what the preview kept in memory. It is asked once, and answers with a `BuildPlan`.
struct BuildCache: Sendable {
    private let manifest: Background<BuildManifest?>?
    private let kept: KeptBuild?

    /// The manifest in `options.output`, decoded on another core while the site is loaded.
    init(reading options: BuildOptions) {
        manifest = options.writeOutput ? Background { BuildManifest.read(from: options.output) } : nil
        kept = nil
    }

    /// The preview's last build.
    init(kept: KeptBuild) {
        manifest = nil
        self.kept = kept
    }

    /// What a build of `loaded` may reuse.
    func plan(for loaded: LoadedSite) -> BuildPlan {
        let previous = manifest?.value
        let inputs = BuildKeys.inputs(of: loaded)
        let translationCheckHash = BuildKeys.translationCheck(config: loaded.configFile)
        let reusable = previous.flatMap { $0.inputsHash == inputs ? $0 : nil }
        let output = loaded.options.output.path
        let stringsKey = BuildKeys.uiStrings(of: loaded.sources.themeStrings, config: loaded.configFile, pseudo: loaded.options.pseudo)
        return BuildPlan(
            // Pseudo-translations are made from the bodies of the default locale's pages, so such a build reads every file.
            trustedRecords: loaded.options.pseudo ? [] : previous?.sources ?? [],
            lastScan: loaded.options.pseudo ? Int.min : previous?.scanStarted ?? Int.min,
            inputs: inputs, reusable: reusable,
            missing: reusable.map { reusable in Background { BuildKeys.missingFiles(of: reusable, in: output) } },
            keptStrings: previous?.uiStrings.flatMap { $0.key == stringsKey ? $0 : nil }, stringsKey: stringsKey,
            lastFindings: previous.flatMap { !loaded.options.pseudo && $0.translationCheckHash == translationCheckHash ? $0.translationFindings : nil },
            translationCheckHash: translationCheckHash, scanStarted: loaded.scanStarted)
    }

    /// What an update of the kept build after an edit of the files at `changed` (site paths)
    /// may reuse: everything but those files' pages. Nil when one of them is not a page of
    /// that build (a new file, `site.yaml`, the theme): then the site must be built as usual.
    func plan(changed: Set<String>) -> BuildPlan? {
        guard let kept, changed.allSatisfy({ kept.pageIndex[$0] != nil }) else { return nil }
        let manifest = kept.manifest
        // The manifest keeps the time of the last scan: the files read since are newer, so the
        // next build reads them again rather than trust them.
        return BuildPlan(edit: BuildPlan.Edit(paths: changed, last: kept), inputs: manifest.inputsHash, reusable: manifest,
                         keptStrings: kept.assembled.uiStrings, stringsKey: kept.assembled.uiStrings?.key ?? "",
                         lastFindings: manifest.translationFindings, translationCheckHash: manifest.translationCheckHash,
                         scanStarted: manifest.scanStarted)
    }
}
