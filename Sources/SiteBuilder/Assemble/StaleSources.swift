import SiteCore

/// Pages whose facts were last compared with their sources more than a year ago. Checked on
/// every build, not kept with a page's other warnings: the page does not change, the day does.
enum StaleSources {
    static func warnings(for pages: [SourcePage], today: CalendarDay) -> [Diagnostic] {
        let limit = today.yearEarlier
        return pages.compactMap { page in
            let provenance = page.frontMatter.provenance
            guard let checked = provenance.checked, checked < limit else { return nil }
            return .warning("'checked' is \(checked.iso), more than a year before \(today.iso): compare the page with its sources again and update the date",
                            at: SourceLocation(path: page.path.sitePath, line: provenance.checkedLine))
        }
    }
}
