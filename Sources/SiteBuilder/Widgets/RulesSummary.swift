import IntegrationRules
import SiteCore

/// The widget's place for readers without JavaScript: the rules for the common
/// situations, worked out at build time by the native rules module and worded
/// with the widget's UI strings, each item with its source.
struct RulesSummary {
    let strings: UIStrings
    let locale: String
    let link: (Citation) -> String?

    /// One situation per path through the rules. Fixed dates keep the page the
    /// same from build to build; only the parts that do not depend on them are shown.
    static let cases: [(heading: String, track: Track?, situation: Situation?)] = [
        ("summary.case2021", .b1, act2021(track: .b1)),
        ("summary.case2021", .education, act2021(track: .education)),
        ("summary.case2021", .selfReliance, act2021(track: .selfReliance)),
        ("summary.case2013", nil, situation(today: "2019-06-01", obligedSince: "2018-01-01")),
        ("summary.casePre2013", nil, situation(today: "2019-06-01", obligedSince: "2010-01-01")),
        ("summary.caseVoluntary", nil, situation(today: "2024-06-01", obligedSince: nil)),
    ]

    var html: String {
        var out = "<h3>\(text("summaryTitle"))</h3>\n<p>\(text("noScript"))</p>\n"
        for (heading, track, situation) in Self.cases {
            guard let situation, let guidance = try? Guidance(for: situation) else { continue }
            let trackName = track.map { text("question.track.\($0.id.description)") } ?? ""
            out += "<section class=\"rules-summary-case\">\n<h4>\(text(heading, ["track": trackName]))</h4>\n"
            out += "<p>\(text("act.\(guidance.act.id.description)")) \(source(guidance.actCitation))</p>\n"
            if let period = guidance.integrationPeriod {
                let rule = guidance.act == .act2013 ? "period.ruleAct2013" : "period.ruleAct2021"
                out += "<p>\(text(rule)) \(source(period.citation))</p>\n"
            }
            if !guidance.requirements.isEmpty {
                out += "<ul>\n" + guidance.requirements.map(item).joined() + "</ul>\n"
            }
            out += "</section>\n"
        }
        return out + "<p class=\"rules-authority\">\(text("authority"))</p>\n"
    }

    private func item(_ requirement: Requirement) -> String {
        var parts = [text("requirements.component.\(requirement.component.id.description)")]
        if requirement.level != .none { parts.append(text("requirements.level.\(requirement.level.id.description)")) }
        parts.append(text(requirement.required ? "requirements.required" : "requirements.optional"))
        if requirement.uncertain { parts.append(text("uncertain")) }
        return "<li>\(parts.joined(separator: " · ")) \(source(requirement.citation))</li>\n"
    }

    private func source(_ citation: Citation) -> String {
        guard let href = link(citation) else { return "" }
        return "<a href=\"\(HTMLText.escape(href))\">\(text("source"))</a>"
    }

    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        strings.html(RulesDirective.stringPrefix + key, locale: locale, values.mapValues(HTMLText.escape))
    }

    private static func act2021(track: Track) -> Situation? {
        var situation = situation(today: "2024-06-01", obligedSince: "2024-01-15")
        situation?.pipDate = try? CivilDate(iso: "2024-03-01")
        situation?.track = track
        return situation
    }

    /// Obliged since the date (nil: integrating by choice), letter conditions met and letter received.
    private static func situation(today: String, obligedSince: String?) -> Situation? {
        guard let today = try? CivilDate(iso: today) else { return nil }
        guard let obligedSince else { return Situation(today: today, obligation: .voluntary) }
        let since = try? CivilDate(iso: obligedSince)
        return Situation(today: today, obligation: .obliged, obligedSince: since, hasBSN: true, hasResidencePermit: true,
                         registeredWithMunicipality: true, arrangedOn: since, letterReceived: true)
    }
}
