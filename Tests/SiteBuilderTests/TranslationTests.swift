import Foundation
@testable import SiteBuilder
import SiteCore
import Testing

/// `wegwijs status` on a fixture with a page in every state a translation can be in.
struct TranslationStatusTests {
    let site = FixtureSite(name: "translations-status").folder

    func states(_ report: TranslationReport, _ locale: String) -> [String: TranslationState] {
        let pages = report.locales.first { $0.locale == locale }?.pages ?? []
        return Dictionary(uniqueKeysWithValues: pages.map { ($0.page, $0.state) })
    }

    @Test func findsEveryState() throws {
        let report = try TranslationStatus.report(site: site)
        #expect(report.locales.map(\.locale) == ["nl", "ar", "es"])
        #expect(states(report, "nl") == ["_index.md": .translated, "letter.md": .unreviewed,
                                         "tracks/_index.md": .outdated, "tracks/b1.md": .missing])
        #expect(states(report, "ar") == ["_index.md": .invalid, "letter.md": .invalid,
                                         "tracks/_index.md": .missing, "tracks/b1.md": .missing])
        #expect(states(report, "es") == ["_index.md": .translated, "letter.md": .translated,
                                         "tracks/_index.md": .translated, "tracks/b1.md": .unreviewed])
        #expect(report.locales.map(\.orphaned) == [["nl/old.md"], [], []])
    }

    @Test func reportsMetadataProblems() throws {
        let report = try TranslationStatus.report(site: site)
        #expect(report.findings.map(\.description) == [
            "content/ar/_index.md:1: error: no translation metadata: add a 'translation' block with source, sourceHash, method and reviewed (wegwijs new writes one)",
            "content/ar/letter.md:1:1: error: front matter is not closed: add a line '---' after it",
            "content/es/tracks/_index.md:1: warning: translation.source is 'en/tracks.md', but this page translates en/tracks/_index.md",
            "content/nl/old.md:1: warning: orphaned translation: its source content/en/old.md does not exist",
        ])
    }

    @Test func summarisesEachLocale() throws {
        let report = try TranslationStatus.report(site: site)
        #expect(report.locales.map(\.summaryLine) == [
            "nl: 4 pages — 1 translated (25%), 1 outdated, 1 unreviewed, 1 missing, 1 orphaned",
            "ar: 4 pages — 0 translated (0%), 0 outdated, 0 unreviewed, 2 missing, 2 invalid",
            "es: 4 pages — 3 translated (75%), 0 outdated, 1 unreviewed, 0 missing",
        ])
        let nl = try #require(report.locales.first).summary
        #expect(nl.percent(.unreviewed) == 25)
        #expect(nl.count(.outdated) == 1)
    }

    @Test func printsATablePerLocale() throws {
        let report = try TranslationStatus.report(site: site, locales: ["nl"])
        #expect(report.text == """
            nl
              page              state
              _index.md         translated
              letter.md         unreviewed
              tracks/_index.md  outdated
              tracks/b1.md      missing
              nl/old.md         orphaned
            nl: 4 pages — 1 translated (25%), 1 outdated, 1 unreviewed, 1 missing, 1 orphaned

            """)
    }

    @Test func printsJSONWithSortedKeys() throws {
        let report = try TranslationStatus.report(site: site, locales: ["es", "nl"])
        let json = report.json
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(decoded["complete"] as? Bool == false)
        #expect(decoded["defaultLocale"] as? String == "en")
        let locales = try #require(decoded["locales"] as? [[String: Any]])
        #expect(locales.map { $0["locale"] as? String } == ["nl", "es"], "in the order of site.yaml")
        let summary = try #require(locales[0]["summary"] as? [String: Any])
        #expect(summary["counts"] as? [String: Int] == ["translated": 1, "unreviewed": 1, "outdated": 1, "missing": 1, "invalid": 0])
        #expect((summary["percent"] as? [String: Int])?["translated"] == 25)
        let pages = try #require(locales[0]["pages"] as? [[String: Any]])
        #expect(pages.last?["translation"] is NSNull, "a missing translation is null, not left out")
        // Sorted keys: each object's keys appear in alphabetical order.
        let topLevel = ["\"complete\"", "\"defaultLocale\"", "\"locales\""].compactMap { json.range(of: $0)?.lowerBound }
        #expect(topLevel.count == 3 && topLevel == topLevel.sorted())
        #expect(json == report.json, "the same report gives the same text")
    }

    @Test func exitStatusTellsWhetherWorkIsLeft() throws {
        #expect(try TranslationStatus.report(site: site).exitStatus == 1)
        #expect(try TranslationStatus.report(site: site, locales: ["nl"]).exitStatus == 1)
        #expect(try TranslationStatus.report(site: site, locales: ["ar"]).exitStatus == 1, "a file without metadata is work left")
        #expect(try TranslationStatus.report(site: site, locales: ["es"]).exitStatus == 0, "unreviewed pages do not count as work left")
    }

    @Test func refusesWhatItCannotRead() throws {
        let nowhere = FixtureSite.root.appendingPathComponent("no-such-site")
        #expect(throws: TranslationToolError.self) { try TranslationStatus.report(site: nowhere) }
        #expect(TranslationReport.ExitStatus.unreadableSite == 2)
        let unknown = #expect(throws: TranslationToolError.self) { try TranslationStatus.report(site: site, locales: ["de"]) }
        #expect(unknown?.description == "error: --locale de: it is not a locale of the site (translated locales: nl, ar, es)")
        let source = #expect(throws: TranslationToolError.self) { try TranslationStatus.report(site: site, locales: ["en"]) }
        #expect(source?.description == "error: --locale en: it is the source language (translated locales: nl, ar, es)")
        let broken = #expect(throws: TranslationToolError.self) {
            try TranslationStatus.report(site: FixtureSite(name: "bad-config").folder)
        }
        #expect(broken?.diagnostics.allSatisfy { $0.location?.path == "site.yaml" } == true)
    }
}

/// The structure check that `wegwijs check` runs on translations.
struct TranslationCheckTests {
    func diagnostics(_ fixture: String) throws -> [String] {
        let site = try TranslatedSite.read(FixtureSite(name: fixture).folder)
        return Array(TranslationCheck.findings(for: site.pages, config: site.config).values.joined()).sortedForDisplay.map(\.description)
    }

    @Test func reportsEachDifferenceOnce() throws {
        #expect(try diagnostics("translations-structure") == [
            "content/es/guide.md:14: warning: heading 2 has id 'un-consejo', which the source does not have",
            "content/nl/guide.md:1: warning: missing directive wegwijs-rules",
            "content/nl/guide.md:12:31: warning: link 2 goes to 'letter.md#examens' where the source links to 'letter.md#exams'",
            "content/nl/guide.md:14: warning: heading 2 has id 'de-brief' where the source has 'the-letter'",
            "content/nl/guide.md:14: warning: missing heading with id 'questions' (heading 3 of the source)",
            "content/nl/guide.md:16:11: warning: link 3 goes to 'https://www.inburgeren.nl/nl/' where the source links to 'https://www.inburgeren.nl/'",
            "content/nl/guide.md:16:11: warning: missing link to '#before-you-start' (link 4 of the source)",
            "content/nl/letter.md:1: warning: translation is outdated: en/letter.md changed since it was translated",
        ])
    }

    @Test func includesMetadataFindingsAndOutdatedPages() throws {
        #expect(try diagnostics("translations-status") == [
            "content/ar/_index.md:1: error: no translation metadata: add a 'translation' block with source, sourceHash, method and reviewed (wegwijs new writes one)",
            "content/es/tracks/_index.md:1: warning: translation.source is 'en/tracks.md', but this page translates en/tracks/_index.md",
            "content/nl/old.md:1: warning: orphaned translation: its source content/en/old.md does not exist",
            "content/nl/tracks/_index.md:1: warning: translation is outdated: en/tracks/_index.md changed since it was translated",
        ])
    }

    @Test func alignsSequencesLikeADiff() {
        #expect(Alignment.align(source: ["a", "b", "c"], translation: ["a", "x", "b", "c"])
            == [.same(source: 0, translation: 0), .extra(translation: 1), .same(source: 1, translation: 2), .same(source: 2, translation: 3)])
        #expect(Alignment.align(source: ["a", "b", "c"], translation: ["a", "c"])
            == [.same(source: 0, translation: 0), .missing(source: 1, before: 1), .same(source: 2, translation: 1)])
        #expect(Alignment.align(source: ["a", "b"], translation: ["a", "y"])
            == [.same(source: 0, translation: 0), .changed(source: 1, translation: 1)])
        #expect(Alignment.align(source: [String](), translation: []).isEmpty)
    }
}

/// `wegwijs new` on a copy of the status fixture.
struct TranslationScaffoldTests {
    let temporary: TemporaryFolder
    let site: URL

    init() throws {
        temporary = try TemporaryFolder()
        site = temporary.url.appendingPathComponent("site")
        try FileManager.default.copyItem(at: FixtureSite(name: "translations-status").folder, to: site)
    }

    func status(_ locale: String, _ page: String) throws -> TranslationState? {
        try TranslationStatus.report(site: site, locales: [locale]).locales.first?.pages.first { $0.page == page }?.state
    }

    @Test(arguments: ["content/en/tracks/b1.md", "en/tracks/b1.md", "tracks/b1.md", "./tracks/b1.md"])
    func writesATranslationMadeFromTheCurrentSource(path: String) throws {
        defer { temporary.remove() }
        #expect(try status("nl", "tracks/b1.md") == .missing)

        let written = try TranslationScaffold.write(site: site, locale: "nl", source: path)

        #expect(written == "content/nl/tracks/b1.md")
        let translated = try TranslatedSite.read(site)
        let page = try #require(translated.pages.first { $0.path == ContentPath(locale: "nl", relative: "tracks/b1.md") })
        let source = try #require(translated.pages.first { $0.path == ContentPath(locale: "en", relative: "tracks/b1.md") })
        #expect(page.frontMatter.translation == TranslationInfo(source: "en/tracks/b1.md", sourceHash: source.bodyHash, method: .human, reviewed: false))
        #expect(page.frontMatter.title == source.frontMatter.title)
        #expect(page.frontMatter.description == source.frontMatter.description)
        #expect(page.frontMatter.weight == source.frontMatter.weight)
        #expect(page.bodyHash == source.bodyHash, "the body is the source's, to translate in place")
        #expect(try status("nl", "tracks/b1.md") == .unreviewed)
        #expect(TranslationCheck.structureDifferences(page, source: source).isEmpty)
    }

    @Test func refusesToReplaceATranslationUnlessForced() throws {
        defer { temporary.remove() }
        let before = temporary.read("site/content/nl/tracks/_index.md")

        let refused = #expect(throws: TranslationToolError.self) {
            try TranslationScaffold.write(site: site, locale: "nl", source: "tracks/_index.md")
        }

        #expect(refused?.description == "error: content/nl/tracks/_index.md already exists; pass --force to replace it")
        #expect(temporary.read("site/content/nl/tracks/_index.md") == before)
        #expect(try status("nl", "tracks/_index.md") == .outdated)
        try TranslationScaffold.write(site: site, locale: "nl", source: "tracks/_index.md", force: true)
        #expect(try status("nl", "tracks/_index.md") == .unreviewed)
    }

    @Test func refusesUnknownLocalesAndPages() throws {
        defer { temporary.remove() }
        let cases: [(locale: String, path: String, message: String)] = [
            ("de", "letter.md", "error: --locale de: it is not a locale of the site (translated locales: nl, ar, es)"),
            ("en", "letter.md", "error: --locale en: it is the source language (translated locales: nl, ar, es)"),
            ("nl", "tracks/a2.md", "error: no source page content/en/tracks/a2.md"),
            ("nl", "content/nl/letter.md", "error: content/nl/letter.md: source pages are in content/en/"),
            ("nl", "../letter.md", "error: ../letter.md: give the source page's Markdown file, like content/en/tracks/b1.md"),
            ("nl", "tracks", "error: tracks: give the source page's Markdown file, like content/en/tracks/b1.md"),
        ]
        for (locale, path, message) in cases {
            let error = #expect(throws: TranslationToolError.self) {
                try TranslationScaffold.write(site: site, locale: locale, source: path)
            }
            #expect(error?.description == message)
        }
        #expect(temporary.read("site/content/de/letter.md") == nil)
    }

    @Test func quotesTextSoAnyTitleSurvives() {
        #expect(TranslationScaffold.quoted(#"Work: "paid" \ volunteer"#) == #""Work: \"paid\" \\ volunteer""#)
        #expect(TranslationScaffold.quoted("a\u{1}b\nc") == #""a\x01b\nc""#)
    }
}
