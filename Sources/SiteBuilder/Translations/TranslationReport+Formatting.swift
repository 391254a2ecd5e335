import Foundation
import SiteCore

extension TranslationReport {
    /// A table per locale (page, state) and a summary line, for people.
    public var text: String {
        locales.map(\.text).joined(separator: "\n")
    }

    /// The whole report as JSON with sorted keys, for scripts; the shape is `StatusJSON` below.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(StatusJSON(self))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension LocaleTranslations {
    var text: String {
        let rows = pages.map { ($0.page, $0.state.rawValue) } + orphaned.map { ($0, "orphaned") }
        let width = max(rows.map(\.0.count).max() ?? 0, "page".count) + 2
        func row(_ page: String, _ state: String) -> String {
            "  " + page + String(repeating: " ", count: width - page.count) + state + "\n"
        }
        return locale + "\n" + row("page", "state") + rows.map(row).joined() + summaryLine + "\n"
    }

    /// `nl: 15 pages — 12 translated (80%), 1 outdated, 2 unreviewed, 0 missing`.
    public var summaryLine: String {
        let summary = summary
        var parts = ["\(summary.count(.translated)) translated (\(summary.percent(.translated))%)",
                     "\(summary.count(.outdated)) outdated", "\(summary.count(.unreviewed)) unreviewed",
                     "\(summary.count(.missing)) missing"]
        // Rare states only when they occur, so the usual line stays short.
        if summary.count(.invalid) > 0 { parts.append("\(summary.count(.invalid)) invalid") }
        if summary.orphaned > 0 { parts.append("\(summary.orphaned) orphaned") }
        let noun = summary.pages == 1 ? "page" : "pages"
        return "\(locale): \(summary.pages) \(noun) — " + parts.joined(separator: ", ")
    }
}

/// The JSON of `wegwijs status --format json`. Every key is always present (null when there is no value), so scripts can rely on it.
private struct StatusJSON: Encodable {
    struct Locale: Encodable {
        var locale: String
        var complete: Bool
        var pages: [Page]
        var orphaned: [String]
        var summary: Summary
        var findings: [Finding]
    }

    struct Page: Encodable {
        var page: String
        var source: String
        var translation: String?
        var state: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(page, forKey: .page)
            try container.encode(source, forKey: .source)
            try container.encode(translation, forKey: .translation)
            try container.encode(state, forKey: .state)
        }

        enum CodingKeys: String, CodingKey { case page, source, translation, state }
    }

    struct Summary: Encodable {
        var pages: Int
        var orphaned: Int
        /// Pages per state, and their share of `pages` in whole percent.
        var counts: [String: Int]
        var percent: [String: Int]
    }

    struct Finding: Encodable {
        var file: String?
        var line: Int?
        var severity: String
        var message: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey { case file, line, severity, message }
    }

    var defaultLocale: String
    var complete: Bool
    var locales: [Locale]

    init(_ report: TranslationReport) {
        defaultLocale = report.defaultLocale
        complete = report.isComplete
        locales = report.locales.map { locale in
            let summary = locale.summary
            let states = TranslationState.allCases
            return Locale(
                locale: locale.locale, complete: locale.isComplete,
                pages: locale.pages.map { Page(page: $0.page, source: $0.source, translation: $0.translation, state: $0.state.rawValue) },
                orphaned: locale.orphaned,
                summary: Summary(pages: summary.pages, orphaned: summary.orphaned,
                                 counts: Dictionary(uniqueKeysWithValues: states.map { ($0.rawValue, summary.count($0)) }),
                                 percent: Dictionary(uniqueKeysWithValues: states.map { ($0.rawValue, summary.percent($0)) })),
                findings: locale.findings.map {
                    Finding(file: $0.location?.path, line: $0.location.flatMap { $0.line > 0 ? $0.line : nil },
                            severity: $0.severity.rawValue, message: $0.message)
                })
        }
    }
}
