import Foundation
import SiteBuilder
import SiteCore

/// `/_status/`: the translation status of every locale, and per page a side-by-side view of
/// source and translation. Plain HTML in English: a tool for translators, not part of the site.
struct StatusPages {
    static let prefix = "/_status/"

    let site: URL

    /// The page for a path under `/_status/` (decoded); nil when there is none.
    func page(_ path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
        switch parts.count {
        case 0: return table()
        case 2: return comparison(locale: parts[0], page: parts[1])
        default: return nil
        }
    }

    private func table() -> String {
        let report: TranslationReport
        do { report = try TranslationStatus.report(site: site) } catch { return Self.document("Translation status", "<p>\(HTMLText.escape("\(error)"))</p>") }
        var body = "<p>Each row links to the page's source and translation side by side.</p>\n"
        for locale in report.locales {
            let summary = locale.summary
            let counts = TranslationState.allCases.filter { summary.count($0) > 0 }.map { "\(summary.count($0)) \($0.rawValue)" }
            body += "<h2 id=\"\(HTMLText.escape(locale.locale))\">\(HTMLText.escape(locale.locale)): \(summary.percent(.translated))% translated</h2>\n"
            body += "<table>\n<caption>\(HTMLText.escape(counts.joined(separator: ", "))) of \(summary.pages) pages</caption>\n"
            body += "<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">State</th></tr></thead>\n<tbody>\n"
            for row in locale.pages {
                let link = Self.prefix + Self.pathEncoded("\(locale.locale)/\(row.page)")
                body += "<tr class=\"\(row.state.rawValue)\"><th scope=\"row\"><a href=\"\(HTMLText.escape(link))\">\(HTMLText.escape(row.page))</a></th>"
                body += "<td>\(row.state.rawValue)</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
            if !locale.orphaned.isEmpty {
                body += "<p>Translations without a source: \(HTMLText.escape(locale.orphaned.joined(separator: ", ")))</p>\n"
            }
        }
        return Self.document("Translation status", body)
    }

    private func comparison(locale: String, page: String) -> String? {
        guard let report = try? TranslationStatus.report(site: site, locales: [locale]),
              let row = report.locales.first?.pages.first(where: { $0.page == page }),
              let source = read(row.source) else { return nil }
        let translation = row.translation.flatMap(read)
        var body = "<p><a href=\"\(Self.prefix)\">All pages</a></p>\n"
        body += "<p>State: <strong>\(row.state.rawValue)</strong>. Source: content/\(HTMLText.escape(row.source)). "
        body += row.translation.map { "Translation: content/\(HTMLText.escape($0)).</p>\n" } ?? "No translation yet: <code>wegwijs new --locale \(HTMLText.escape(locale)) \(HTMLText.escape(page))</code></p>\n"
        var changed: Set<String> = []
        if row.state == .outdated, let translation {
            let old = translation.recordedSourceHash.flatMap {
                SourceHistory.version(of: "content/\(row.source)", in: site, bodyHash: $0)
            }
            if let old {
                let before = Set(old.sections.flatMap(\.paragraphs).map(Self.normalized))
                changed = Set(source.sections.flatMap(\.paragraphs).filter { !before.contains(Self.normalized($0)) })
                body += "<p>Marked: paragraphs of the source added or changed since the version that was translated.</p>\n"
            } else {
                changed = Set(source.sections.flatMap(\.paragraphs))
                body += "<p>The version that was translated is not in git history (or git is not available), so the whole source is marked as changed since translation.</p>\n"
            }
        }
        let lang = report.defaultLocale, dir = TextDirection(languageTag: locale).rawValue
        let translated = Dictionary((translation?.sections ?? []).map { ($0.id ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let sourceIDs = Set(source.sections.map { $0.id ?? "" })
        let extra = (translation?.sections ?? []).filter { !sourceIDs.contains($0.id ?? "") }
        for section in source.sections {
            body += pair(section, translated[section.id ?? ""], changed: changed, languages: (lang, locale, dir))
        }
        for section in extra { body += pair(nil, section, changed: [], languages: (lang, locale, dir)) }
        return Self.document("\(page) in \(locale)", body)
    }

    /// One section: the source on one side, the translation on the other.
    private func pair(_ source: PageSections.Section?, _ translation: PageSections.Section?, changed: Set<String>,
                      languages: (source: String, translation: String, dir: String)) -> String {
        let id = source?.id ?? translation?.id
        let heading = id.map { "Section #\($0)" } ?? "Introduction"
        var out = "<section>\n<h2>\(HTMLText.escape(heading))</h2>\n<div class=\"pair\">\n"
        out += "<div lang=\"\(HTMLText.escape(languages.source))\"><h3>Source</h3>\n" + paragraphs(source, changed: changed) + "</div>\n"
        out += "<div lang=\"\(HTMLText.escape(languages.translation))\" dir=\"\(languages.dir)\"><h3 lang=\"en\" dir=\"ltr\">Translation</h3>\n"
        out += paragraphs(translation, changed: []) + "</div>\n</div>\n</section>\n"
        return out
    }

    private func paragraphs(_ section: PageSections.Section?, changed: Set<String>) -> String {
        guard let section else { return "<p class=\"none\">(no such section)</p>\n" }
        let heading = section.heading.isEmpty ? "" : "<p class=\"heading\">\(HTMLText.escape(section.heading))</p>\n"
        return heading + section.paragraphs.map { text in
            changed.contains(text)
                ? "<p class=\"changed\"><strong lang=\"en\" dir=\"ltr\">Changed since translation:</strong> \(HTMLText.escape(text))</p>\n"
                : "<p>\(HTMLText.escape(text))</p>\n"
        }.joined()
    }

    private func read(_ name: String) -> PageSections? {
        (try? String(contentsOf: site.appendingPathComponent("content").appendingPathComponent(name), encoding: .utf8))
            .flatMap(PageSections.init(fileText:))
    }

    private static func normalized(_ paragraph: String) -> String {
        paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func pathEncoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func document(_ title: String, _ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title)) · Wegwijs preview</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem auto; max-width: 80rem; padding: 0 1rem; }
        table { border-collapse: collapse; margin-block-end: 2rem; }
        th, td { border: 1px solid #999; padding: .25rem .75rem; text-align: start; }
        caption { text-align: start; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
        .pair p { white-space: pre-wrap; }
        .changed { background: #fff3c4; outline: 2px solid #a67c00; padding: .25rem; }
        .heading { font-weight: bold; }
        </style>
        </head>
        <body>
        <main>
        <h1>\(HTMLText.escape(title))</h1>
        \(body)
        </main>
        </body>
        </html>
        """
    }
}
