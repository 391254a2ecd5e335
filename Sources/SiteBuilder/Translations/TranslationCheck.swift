import SiteCore

/// The check `wegwijs check` and `wegwijs build` run on translations: each one must have the
/// headings, links and directives of its source, in the same order, and be made from the current source.
enum TranslationCheck {
    /// Warnings for outdated and structurally different translations, plus the metadata findings
    /// (a translation without metadata is an error), by translation key. What is found of a
    /// translation depends on nothing but the pages of its key, so the findings of the last build
    /// (`last`) stand for every key but the `changed` ones, and only the pages of those are checked again.
    static func findings(for pages: [SourcePage], config: SiteConfig,
                         last: (findings: [String: [Diagnostic]], changed: Set<String>)? = nil) -> [String: [Diagnostic]] {
        guard let last else { return check(pages, config: config) }
        var findings = last.findings.filter { !last.changed.contains($0.key) }
        guard !last.changed.isEmpty else { return findings }
        findings.merge(check(pages.filter { last.changed.contains($0.translationKey) }, config: config)) { _, new in new }
        return findings
    }

    private static func check(_ pages: [SourcePage], config: SiteConfig) -> [String: [Diagnostic]] {
        let pairs = TranslationPairs(pages: pages, config: config)
        var findings: [String: [Diagnostic]] = [:]
        for locale in pairs.translatedLocales {
            // In any order: a build sorts what it reports.
            for translation in (pairs.translations[locale] ?? [:]).values {
                var diagnostics = pairs.metadataFindings(of: translation)
                if let source = pairs.sources[translation.translationKey] {
                    if let info = translation.frontMatter.translation, info.sourceHash != source.bodyHash {
                        diagnostics.append(.warning("translation is outdated: \(TranslationPairs.metadataName(of: source)) changed since it was translated",
                                                    at: SourceLocation(path: translation.path.sitePath, line: 1)))
                    }
                    diagnostics += structureDifferences(translation, source: source)
                }
                if !diagnostics.isEmpty { findings[translation.translationKey, default: []] += diagnostics }
            }
        }
        return findings
    }

    /// Where `translation`'s headings, links and directives differ from `source`'s.
    static func structureDifferences(_ translation: SourcePage, source: SourcePage) -> [Diagnostic] {
        let file = translation.path.sitePath
        let (mine, theirs) = (translation.outline, source.outline)
        var differences: [Diagnostic] = []
        // Most translations have their source's outline: only those that differ are aligned.
        if !mine.headings.elementsEqual(theirs.headings, by: { $0.id == $1.id }) {
            differences += compare(theirs.headings.map(\.id), mine.headings.map(\.id), in: file,
                                   at: mine.headings.map { SourceLocation(path: file, line: $0.line) }, wording: .heading)
        }
        // Links from the build cache are decoded on each ask: once each here.
        let (myLinks, theirLinks) = (mine.links, theirs.links)
        if !myLinks.elementsEqual(theirLinks, by: { $0.destination == $1.destination }) {
            differences += compare(theirLinks.map(\.destination), myLinks.map(\.destination), in: file,
                                   at: myLinks.map { SourceLocation(path: file, line: $0.line, column: $0.column) }, wording: .link)
        }
        if !mine.directives.elementsEqual(theirs.directives, by: { $0.name == $1.name }) {
            differences += compare(theirs.directives.map(\.name), mine.directives.map(\.name), in: file,
                                   at: mine.directives.map { SourceLocation(path: file, line: $0.line) }, wording: .directive)
        }
        return differences
    }

    /// One diagnostic per step of the alignment that is not `same`, at the translation's item
    /// (for a missing item: the one it should precede, else the last one, else the top of the file).
    private static func compare(_ source: [String], _ translation: [String], in file: String,
                                at lines: [SourceLocation], wording: Wording) -> [Diagnostic] {
        let top = SourceLocation(path: file, line: 1)
        return Alignment.align(source: source, translation: translation).compactMap { step in
            switch step {
            case .same:
                return nil
            case .changed(let s, let t):
                return .warning(wording.changed(t + 1, translation[t], source[s]), at: lines[t])
            case .missing(let s, let before):
                return .warning(wording.missing(s + 1, source[s]), at: before < lines.count ? lines[before] : lines.last ?? top)
            case .extra(let t):
                return .warning(wording.extra(t + 1, translation[t]), at: lines[t])
            }
        }
    }

    /// The messages for one kind of item; numbers count from 1.
    private enum Wording {
        case heading, link, directive

        func changed(_ number: Int, _ mine: String, _ theirs: String) -> String {
            switch self {
            case .heading: "heading \(number) has id '\(mine)' where the source has '\(theirs)'"
            case .link: "link \(number) goes to '\(mine)' where the source links to '\(theirs)'"
            case .directive: "directive \(number) is \(Self.directive(mine)) where the source has \(Self.directive(theirs))"
            }
        }

        func missing(_ sourceNumber: Int, _ theirs: String) -> String {
            switch self {
            case .heading: "missing heading with id '\(theirs)' (heading \(sourceNumber) of the source)"
            case .link: "missing link to '\(theirs)' (link \(sourceNumber) of the source)"
            case .directive: "missing directive \(Self.directive(theirs))"
            }
        }

        func extra(_ number: Int, _ mine: String) -> String {
            switch self {
            case .heading: "heading \(number) has id '\(mine)', which the source does not have"
            case .link: "link \(number) goes to '\(mine)', which the source does not link to"
            case .directive: "directive \(Self.directive(mine)) is not in the source"
            }
        }

        private static func directive(_ name: String) -> String { MarkdownDirective.infoPrefix + name }
    }
}
