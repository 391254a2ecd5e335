import MustacheTemplates
import SiteCore

/// Dates as each locale writes them, from its UI strings: `date.format` with `{day}`, `{month}`
/// and `{year}`, month names `date.month.1`…`date.month.12`, and `date.digits`, the locale's
/// ten digits from 0 to 9 (as its pages write numbers).
extension UIStrings {
    func date(_ day: CalendarDay, locale: String) -> String {
        let digits = Array(string("date.digits", locale: locale))
        func localDigits(_ value: Int) -> String {
            guard digits.count == 10 else { return String(value) }
            return String(String(value).map { digits[Int(String($0)) ?? 0] })
        }
        return Placeholders.fill(string("date.format", locale: locale), with: [
            "day": localDigits(day.day),
            "month": string("date.month.\(day.month)", locale: locale),
            "year": localDigits(day.year),
        ])
    }
}

extension PageContext {
    /// `page.sources` (`title`, `url`) and `page.sourcesHeading`, "Sources, last checked on …"
    /// in the reader's language, or "Sources" when the page gives no date.
    func provenance(of page: SitePage) -> [(String, TemplateValue)] {
        let provenance = page.provenance
        let heading = provenance.checked.map { day in
            Placeholders.fill(theme.strings.string("sources.checked", locale: page.locale.code),
                              with: ["date": theme.strings.date(day, locale: page.locale.code)])
        } ?? theme.strings.string("sources.title", locale: page.locale.code)
        return [
            ("sources", .list(provenance.sources.map { ["title": .string($0.title), "url": .string($0.url)] })),
            ("hasSources", .bool(!provenance.sources.isEmpty)),
            ("sourcesHeading", .string(heading)),
        ]
    }
}
