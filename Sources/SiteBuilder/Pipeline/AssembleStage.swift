import SiteCore

extension SiteBuild {
    /// assemble: pages × locales → `Site`, the theme, and the translation check beside them.
    static func assemble(_ parsed: ParsedSite, plan: BuildPlan) throws(BuildStop) -> AssembledSite {
        let (loaded, content, config, pages) = (parsed.loaded, parsed.content, parsed.loaded.config, parsed.content.pages)
        let lastFindings = plan.lastFindings.flatMap { findings in content.changedTranslationKeys.map { (findings, $0) } }
        let translationCheck = Background { TranslationCheck.findings(for: pages, config: config, last: lastFindings) }
        // An edit of pages' text leaves the site, its theme and its structure as they were.
        if let edit = plan.edit {
            var assembled = edit.last.assembled
            (assembled.parsed, assembled.translationFindings) = (parsed, translationCheck.value)
            return assembled
        }
        // The theme and the structure key need no assembled site: they are made beside the assembly.
        let themeLoad = Background { [sources = loaded.sources, label = loaded.themesLabel] in
            Theme.load(sources, config: config, themesFolderName: label, keptStrings: plan.keptStrings, stringsKey: plan.stringsKey)
        }
        let structureKey = Background { [unreadable = content.unreadable] in BuildKeys.structure(of: pages, unreadable: unreadable) }
        var (site, assembleDiagnostics) = SiteAssembler.assemble(config: config, pages: pages)
        site.unreadablePaths = content.unreadable
        let findings = translationCheck.value
        let (theme, themeDiagnostics, uiStrings) = themeLoad.value
        // Content errors do not stop here: assembling and rendering the rest reports broken
        // links and directives in the same run. Only a broken theme does.
        guard let theme, !themeDiagnostics.hasErrors else {
            throw .failed(at: .assemble, parsed.diagnostics + themeDiagnostics + findings.values.joined())
        }
        return AssembledSite(parsed: parsed, site: site, theme: theme, uiStrings: uiStrings, translationFindings: findings,
                             structure: structureKey.value, diagnostics: themeDiagnostics + assembleDiagnostics)
    }
}
