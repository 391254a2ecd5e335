import Foundation
import IntegrationRules
import MustacheTemplates
import SiteCore

/// The values `templates/directives/rules.mustache` gets in `directive` for one page.
struct RulesDirective {
    let files: RulesWidgetFiles
    let strings: UIStrings
    let page: SitePage
    /// Each site page a citation names (its path under `content/<locale>/`) → its URL from this page.
    let pageURLs: [String: String]

    init(files: RulesWidgetFiles, site: Site, strings: UIStrings, page: SitePage) {
        self.files = files
        self.strings = strings
        self.page = page
        var urls: [String: String] = [:]
        let pages = site.pagesByLocale[page.locale.code] ?? []
        for citation in Citation.allCases where citation.url.utf8CodeUnitCount == 0 {
            let path = citation.page.description
            if let target = pages.first(where: { $0.source.path.relative == path }) {
                urls[path] = URLRules.relative(from: page.url, to: target.url)
            }
        }
        pageURLs = urls
    }

    static let stringPrefix = ThemeContract.widgetStringPrefix

    var templateValue: TemplateValue {
        ["data": .string(dataBlock), "script": .string(files.script), "summary": .string(summary.html)]
    }

    var summary: RulesSummary {
        RulesSummary(strings: strings, locale: page.locale.code, link: link)
    }

    /// A citation's link from this page: the statute, or this locale's page.
    func link(_ citation: Citation) -> String? {
        let url = citation.url.description
        return url.isEmpty ? pageURLs[citation.page.description] : url
    }

    /// JSON for a `<script type="application/json">` block: never executed, so
    /// the CSP does not apply; `<` is escaped so no text can close the element.
    var dataBlock: String {
        var texts: [String: Any] = [:]
        for (key, value) in strings.byLocale[page.locale.code] ?? [:] where key.hasPrefix(Self.stringPrefix) {
            texts[String(key.dropFirst(Self.stringPrefix.count))] = value.jsonValue
        }
        let data: [String: Any] = [
            "lang": page.locale.lang, "strings": texts, "pages": pageURLs, "wasm": files.wasmBase64,
        ]
        let json = (try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys, .withoutEscapingSlashes]))
            .flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        return json.replacing("<", with: "\\u003c")
    }
}
