import Foundation
import SiteCore

/// Where the translation of one source page stands in one locale.
public enum TranslationState: String, Sendable, Hashable, CaseIterable {
    /// Made from the current source and reviewed.
    case translated
    /// Made from the current source, not yet reviewed.
    case unreviewed
    /// The source changed since: its hash no longer matches.
    case outdated
    /// No file.
    case missing
    /// A file without usable translation metadata: it cannot be checked.
    case invalid
}

/// One row of the status table.
public struct PageTranslation: Sendable, Hashable {
    /// The page's path under its locale folder (`tracks/b1.md`).
    public var page: String
    /// The source page, as translation metadata names it (`en/tracks/b1.md`).
    public var source: String
    /// The translation, `nl/tracks/b1.md`, or nil when it is missing.
    public var translation: String?
    public var state: TranslationState
}

/// Counts per state for one locale.
public struct TranslationSummary: Sendable, Hashable {
    /// Source pages: what a complete locale has a translation of.
    public var pages: Int
    public var counts: [TranslationState: Int]
    /// Translations whose source is gone.
    public var orphaned: Int

    public func count(_ state: TranslationState) -> Int { counts[state] ?? 0 }

    /// Share of the source pages in `state`, in whole percent rounded down, so 100% means every page.
    public func percent(_ state: TranslationState) -> Int {
        pages == 0 ? (state == .translated ? 100 : 0) : count(state) * 100 / pages
    }
}

/// The translation work of one locale.
public struct LocaleTranslations: Sendable {
    public var locale: String
    /// One row per source page, in path order.
    public var pages: [PageTranslation]
    /// Translations whose source is gone (`nl/old.md`).
    public var orphaned: [String]
    /// Problems with this locale's translation files, such as missing metadata.
    public var findings: [Diagnostic]

    public var summary: TranslationSummary {
        var counts: [TranslationState: Int] = [:]
        for page in pages { counts[page.state, default: 0] += 1 }
        return TranslationSummary(pages: pages.count, counts: counts, orphaned: orphaned.count)
    }

    /// Nothing missing, outdated or unusable; unreviewed pages may remain.
    public var isComplete: Bool {
        let summary = summary
        return summary.count(.missing) == 0 && summary.count(.outdated) == 0 && summary.count(.invalid) == 0
    }
}

/// What `wegwijs status` reports: the translation work left, per locale.
public struct TranslationReport: Sendable {
    public var defaultLocale: String
    public var locales: [LocaleTranslations]

    public var findings: [Diagnostic] { locales.flatMap(\.findings).sortedForDisplay }
    public var isComplete: Bool { locales.allSatisfy(\.isComplete) }

    /// Exit statuses of `wegwijs status`, for scripts.
    public enum ExitStatus {
        public static let complete: Int32 = 0
        public static let workLeft: Int32 = 1
        public static let unreadableSite: Int32 = 2
    }

    public var exitStatus: Int32 { isComplete ? ExitStatus.complete : ExitStatus.workLeft }
}

public enum TranslationStatus {
    /// Reads the site in `folder` and reports each locale's translations; `locales` narrows the report (empty: all).
    public static func report(site folder: URL, locales: [String] = []) throws(TranslationToolError) -> TranslationReport {
        let site = try TranslatedSite.read(folder)
        let pairs = TranslationPairs(pages: site.pages, config: site.config)
        for code in locales where !pairs.translatedLocales.contains(code) {
            let reason = code == pairs.defaultLocale ? "it is the source language" : "it is not a locale of the site"
            throw TranslationToolError("--locale \(code): \(reason) (translated locales: \(pairs.translatedLocales.joined(separator: ", ")))")
        }
        let selected = locales.isEmpty ? pairs.translatedLocales : pairs.translatedLocales.filter(locales.contains)
        return TranslationReport(defaultLocale: pairs.defaultLocale,
                                 locales: selected.map { status(of: $0, pairs: pairs, unreadable: site.unreadable) })
    }

    private static func status(of locale: String, pairs: TranslationPairs,
                               unreadable: [(path: ContentPath, diagnostics: [Diagnostic])]) -> LocaleTranslations {
        let broken = unreadable.filter { $0.path.locale == locale }
        // An unreadable file's translation key is unknown; its path is the best guess.
        let brokenKeys = Set(broken.map(\.path.relative))
        let translations = pairs.translations[locale] ?? [:]
        let pages = pairs.sortedSources.map { source in
            let key = source.translationKey
            var row = PageTranslation(page: source.path.relative, source: TranslationPairs.metadataName(of: source),
                                      translation: nil, state: .missing)
            if let translation = translations[key] {
                row.translation = TranslationPairs.metadataName(of: translation)
                row.state = state(of: translation, source: source)
            } else if brokenKeys.contains(key) {
                row.translation = "\(locale)/\(key)"
                row.state = .invalid
            }
            return row
        }
        let orphaned = pairs.sortedTranslations(in: locale).filter { pairs.sources[$0.translationKey] == nil }
            .map(TranslationPairs.metadataName)
        return LocaleTranslations(locale: locale, pages: pages, orphaned: orphaned,
                                  findings: (pairs.metadataFindings(in: locale) + broken.flatMap(\.diagnostics)).sortedForDisplay)
    }

    static func state(of translation: SourcePage, source: SourcePage) -> TranslationState {
        guard let info = translation.frontMatter.translation else { return .invalid }
        guard info.sourceHash == source.bodyHash else { return .outdated }
        return info.reviewed ? .translated : .unreviewed
    }
}
