import SiteCore

/// The default locale's pages and, per other locale, their translations,
/// matched by translation key the way the build matches them.
struct TranslationPairs {
    let defaultLocale: String
    /// Locales that hold translations: every locale but the default, in the order of `site.yaml`.
    let translatedLocales: [String]
    /// Source pages by translation key.
    let sources: [String: SourcePage]
    /// Per locale, translations by translation key.
    let translations: [String: [String: SourcePage]]

    init(pages: [SourcePage], config: SiteConfig) {
        defaultLocale = config.defaultLocale
        translatedLocales = config.locales.map(\.code).filter { $0 != config.defaultLocale }
        var sources: [String: SourcePage] = [:]
        var translations: [String: [String: SourcePage]] = [:]
        // In path order, so that of two pages claiming one key the first wins, as in the build.
        for page in pages.sorted(by: { $0.path < $1.path }) {
            if page.path.locale == config.defaultLocale {
                if sources[page.translationKey] == nil { sources[page.translationKey] = page }
            } else if translations[page.path.locale]?[page.translationKey] == nil {
                translations[page.path.locale, default: [:]][page.translationKey] = page
            }
        }
        self.sources = sources
        self.translations = translations
    }

    /// Source pages in path order.
    var sortedSources: [SourcePage] { sources.values.sorted { $0.path < $1.path } }

    /// Translations in `locale`, in path order.
    func sortedTranslations(in locale: String) -> [SourcePage] {
        (translations[locale] ?? [:]).values.sorted { $0.path < $1.path }
    }

    /// How a source is named in translation metadata: its path under `content/`.
    static func metadataName(of page: SourcePage) -> String { "\(page.path.locale)/\(page.path.relative)" }

    /// Problems with the translation metadata of `locale`'s files: none at all, a source that is gone,
    /// a `source` that names another page than the one the file translates.
    func metadataFindings(in locale: String) -> [Diagnostic] {
        sortedTranslations(in: locale).flatMap(metadataFindings(of:))
    }

    /// The metadata findings of one translation.
    func metadataFindings(of translation: SourcePage) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let top = SourceLocation(path: translation.path.sitePath, line: 1)
        let info = translation.frontMatter.translation
        if info == nil {
            findings.append(.error("no translation metadata: add a 'translation' block with source, sourceHash, method and reviewed (wegwijs new writes one)", at: top))
        }
        guard let source = sources[translation.translationKey] else {
            findings.append(.warning(orphanMessage(for: translation), at: top))
            return findings
        }
        let sourceName = Self.metadataName(of: source)
        if let info, info.source != sourceName {
            findings.append(.warning("translation.source is '\(info.source)', but this page translates \(sourceName)", at: top))
        }
        return findings
    }

    private func orphanMessage(for translation: SourcePage) -> String {
        let key = translation.translationKey
        if key == translation.path.defaultTranslationKey {
            return "orphaned translation: its source content/\(defaultLocale)/\(key) does not exist"
        }
        return "orphaned translation: no page in content/\(defaultLocale)/ has the translation key '\(key)'"
    }
}
