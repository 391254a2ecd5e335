import SiteCore

/// The parse stage's value: the loaded site and what its content files gave.
struct ParsedSite: Sendable {
    /// With the pseudo-locales' UI strings among the theme's, in a `--pseudo` build.
    var loaded: LoadedSite
    var content: ContentReader.Result
    /// The records encoded for a new manifest on another core while pages are rendered; nil
    /// when the manifest is not written whole (edits of files are mostly appended to it).
    var encodedRecords: Background<[UInt8]>?
    /// Under an edit plan, the pages parsed again; otherwise none.
    var edited: [SourcePage] = []

    /// What loading and parsing found.
    var diagnostics: [Diagnostic] { loaded.diagnostics + content.diagnostics }
}

extension ParsedSite {
    /// This site with `edited` (pages parsed again from the files of their paths, as `records`
    /// record them) in place of the pages they replace: the content of an edit plan.
    func replacing(_ edited: [SourcePage], records: [SourceRecord]) -> ParsedSite {
        var parsed = self
        let byPath = Dictionary(edited.map { ($0.path.sitePath, $0) }, uniquingKeysWith: { _, later in later })
        let recordsByPath = Dictionary(records.map { ($0.path, $0) }, uniquingKeysWith: { _, later in later })
        parsed.content.pages = content.pages.map { byPath[$0.path.sitePath] ?? $0 }
        parsed.content.records = content.records.map { recordsByPath[$0.path] ?? $0 }
        // An edited file's warnings are the ones its new parse gave.
        parsed.content.diagnostics = content.diagnostics.filter { byPath[$0.location?.path ?? ""] == nil } + edited.flatMap(\.warnings)
        parsed.content.changedRecords = records
        parsed.content.recordsChanged = !records.isEmpty
        parsed.content.settledSinceRecorded = false
        // An edit keeps every page's translation key (the plan holds only when it does).
        parsed.content.changedTranslationKeys = Set(edited.map(\.translationKey))
        parsed.edited = edited
        parsed.encodedRecords = nil
        return parsed
    }
}
