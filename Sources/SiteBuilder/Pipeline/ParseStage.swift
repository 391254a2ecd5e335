import SiteCore

extension SiteBuild {
    /// parse: front matter and Markdown of the content files the plan does not trust.
    static func parse(_ loaded: LoadedSite, plan: BuildPlan) throws(BuildStop) -> ParsedSite {
        if let edit = plan.edit { return try parse(edit) }
        var loaded = loaded
        let reader = ContentReader(previous: plan.trustedRecords, previousScan: plan.lastScan)
        var content = reader.read(loaded.sources, config: loaded.config, scanStarted: loaded.scanStarted)
        content.diagnostics += StaleSources.warnings(for: content.pages, today: loaded.options.today)
        let records = content.records
        let encoded = content.changedTranslationKeys == nil && loaded.options.writeOutput
            ? Background { BuildManifest.encode(sources: records) } : nil
        if loaded.options.pseudo {
            content.pages = PseudoLocales.adding(to: content.pages, sources: &loaded.sources, config: loaded.config)
        }
        return ParsedSite(loaded: loaded, content: content, encodedRecords: encoded)
    }

    /// The kept build's pages, with the edited ones parsed again. The plan holds only when each
    /// of them still parses, is no draft, and shows other pages what it showed them before.
    private static func parse(_ edit: BuildPlan.Edit) throws(BuildStop) -> ParsedSite {
        let siteFolder = edit.last.parsed.loaded.options.site.path
        var edited: [SourcePage] = [], records: [SourceRecord] = []
        for path in edit.paths.sorted() {
            guard let old = edit.last.pageIndex[path],
                  let (bytes, stamp) = FileSystem.contentsAndStamp(of: siteFolder + "/" + path) else { throw .planDoesNotHold }
            if StableHash.hex(bytes) == old.fileHash { continue }
            let (parsed, problems) = SourcePage.parse(SourceFile(path: path, bytes: bytes), locale: old.path.locale, relative: old.path.relative)
            guard let page = parsed, !problems.hasErrors, !page.frontMatter.draft,
                  BuildKeys.structure(of: [page], unreadable: []) == BuildKeys.structure(of: [old], unreadable: []) else { throw .planDoesNotHold }
            edited.append(page)
            records.append(SourceRecord(path: path, stamp: stamp, summary: page.summary))
        }
        var parsed = edit.last.parsed.replacing(edited, records: records)
        parsed.content.diagnostics += StaleSources.warnings(for: edited, today: edit.last.parsed.loaded.options.today)
        parsed.content.readCount = edit.paths.count
        return parsed
    }
}
