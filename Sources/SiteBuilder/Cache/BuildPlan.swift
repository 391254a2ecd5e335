import SiteCore

/// What a build may take from the last one instead of making it again: the one answer of
/// `BuildCache`. The stages carry it out and never ask the cache anything.
struct BuildPlan: Sendable {
    /// Content files: the last build's records, each trusted for a file whose stamp is the one
    /// recorded and was settled when the last scan began (`lastScan`). None: read every file.
    var trustedRecords: [SourceRecord] = []
    var lastScan = Int.min
    /// For the preview's edit of pages' text: the edited files and the build they edit, whose
    /// other pages, site and theme stand. Nil for a build that scans the site.
    var edit: Edit?
    /// The key of all that every page depends on besides content (`BuildKeys.inputs`).
    var inputs: String
    /// The last build's manifest when its inputs were these: its pages and site-wide files
    /// stand where their keys are the same and their files are still there.
    var reusable: BuildManifest?
    /// Of the files `reusable` lists, those gone from the output folder; found on another core.
    var missing: Background<Set<String>>?
    /// The UI strings as the last build loaded them from the same files, and the key of those files.
    var keptStrings: LoadedUIStrings?
    var stringsKey: String
    /// What the last build's translation check found, when it depended on what this one does
    /// besides the pages: the findings of each translation key whose pages are unchanged stand.
    var lastFindings: [String: [Diagnostic]]?
    var translationCheckHash: String
    /// When the scan began that the new manifest vouches for (`BuildManifest.scanStarted`).
    var scanStarted: Int

    /// An edit of pages' text: only the pages of `paths` (site paths) may render differently.
    struct Edit: Sendable {
        var paths: Set<String>
        var last: KeptBuild
    }

    /// The files of `reusable` that are gone, once they are known.
    var missingFiles: Set<String> { reusable != nil ? missing?.value ?? [] : [] }
}

/// What a long-running process (the preview) keeps of its last good build, for an edit plan.
struct KeptBuild: Sendable {
    var parsed: ParsedSite
    var assembled: AssembledSite
    /// Renders with the site as assembled: an edit changes no page's place, title or headings,
    /// so its menus, lists, language switchers and link targets stand.
    var renderer: SiteRenderer
    /// As written in the output folder.
    var manifest: BuildManifest
    /// The pages by site path.
    var pageIndex: [String: SourcePage]

    init(parsed: ParsedSite, assembled: AssembledSite, renderer: SiteRenderer, manifest: BuildManifest) {
        self.parsed = parsed
        self.assembled = assembled
        self.renderer = renderer
        self.manifest = manifest
        pageIndex = Dictionary(parsed.content.pages.map { ($0.path.sitePath, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
