@testable import SiteSearch
import Testing

/// The index and its ranking, on small sites written here.
@Suite struct SearchTests {
    struct Page {
        let url: String, title: String, heading: String, text: String
        var fallback = false
    }

    private func index(_ language: String, _ pages: [Page], aliases: [(String, String)] = []) throws -> SearchIndex {
        var builder = SearchIndexBuilder(language: SearchLanguage(tag: Array(language.utf8)))
        for page in pages {
            builder.add(SearchSection(
                url: Array(page.url.utf8), anchor: Array(page.heading.utf8), pageTitle: Array(page.title.utf8),
                heading: Array(page.heading.utf8), path: Array(page.url.utf8), text: Array(page.text.utf8),
                isFallback: page.fallback))
        }
        for (alias, term) in aliases { builder.addAlias(Array(alias.utf8), for: Array(term.utf8)) }
        return try SearchIndex(bytes: builder.encoded())
    }

    private func urls(_ index: SearchIndex, _ query: String, limit: Int = 3) -> [String] {
        index.search(Array(query.utf8), limit: limit).map { String(decoding: index.url(of: $0.section), as: Unicode.UTF8.self) }
    }

    private let english = [
        Page(url: "/en/costs/", title: "Costs and paying", heading: "", text: "The exam costs money. DUO can lend you money."),
        Page(url: "/en/exams/", title: "Exams", heading: "Booking an exam", text: "You book exams in Mijn Inburgering."),
        Page(url: "/en/letter/", title: "The letter from DUO", heading: "", text: "The letter comes within 8 weeks."),
    ]

    @Test func titlesRankAboveText() throws {
        let index = try index("en", english)
        #expect(urls(index, "exam").first == "/en/exams/")
        #expect(urls(index, "exams") == urls(index, "exam"))
    }

    @Test func allWordsRankAboveSome() throws {
        let index = try index("en", english)
        #expect(urls(index, "exam costs").first == "/en/costs/")
        #expect(urls(index, "letter DUO").first == "/en/letter/")
    }

    @Test func theLastWordMatchesWhileTyping() throws {
        let index = try index("en", english)
        #expect(urls(index, "boo").first == "/en/exams/")
        #expect(urls(index, "inburg").first == "/en/exams/")
        #expect(urls(index, "xyz").isEmpty)
    }

    @Test func stopWordsAloneFindNothingEverywhere() throws {
        let index = try index("en", english)
        #expect(urls(index, "the letter").first == "/en/letter/")
        #expect(index.search(Array("the".utf8), limit: 10).count < english.count)
    }

    @Test func persianLettersTypedOnAnArabicKeyboard() throws {
        let index = try index("fa", [
            Page(url: "/fa/diploma/", title: "مدرک تحصیلی", heading: "", text: "ارزیابی مدرک از کشور خودتان."),
            Page(url: "/fa/acts/2013/", title: "قانون ۲۰۱۳", heading: "", text: "قانون ادغام ۲۰۱۳."),
            Page(url: "/fa/video/", title: "ویدیو", heading: "", text: "و این ویدیو را ببینید و گوش کنید."),
        ])
        #expect(urls(index, "مدرك تحصيلي").first == "/fa/diploma/")
        #expect(urls(index, "قانون 2013").first == "/fa/acts/2013/")
        #expect(urls(index, "ویدئو").first == "/fa/video/")
        #expect(urls(index, "و").count <= 1)
    }

    @Test func dutchTermsAreFoundInEveryScriptThroughAliases() throws {
        let index = try index("ar", [
            Page(url: "/ar/knm/", title: "امتحان KNM", heading: "", text: "امتحان معرفة المجتمع الهولندي"),
            Page(url: "/ar/duo/", title: "رسالة DUO", heading: "", text: "ترسل DUO رسالة"),
        ], aliases: [("دوو", "DUO")])
        #expect(urls(index, "KNM").first == "/ar/knm/")
        #expect(urls(index, "knm").first == "/ar/knm/")
        #expect(urls(index, "دوو").first == "/ar/duo/")
    }

    @Test func tigrinyaFindsPrefixedAndPluralForms() throws {
        let index = try index("ti", [
            Page(url: "/ti/exams/", title: "ፈተናታት", heading: "", text: "ፈተና ቋንቋ ኣብ ደረጃ B1"),
            Page(url: "/ti/letter/", title: "ደብዳበ ካብ DUO", heading: "", text: "ደብዳበ ይመጽእ"),
        ])
        #expect(urls(index, "ፈተና").first == "/ti/exams/")
        #expect(urls(index, "ብፈተና").first == "/ti/exams/")
        #expect(urls(index, "ደብዳበ").first == "/ti/letter/")
    }

    @Test func fallbackSectionsSayWhatTheyAre() throws {
        let index = try index("so", [Page(url: "/so/x/", title: "Exams", heading: "", text: "exam", fallback: true)])
        #expect(index.isFallback(0))
        #expect(String(decoding: index.pageTitle(of: 0), as: Unicode.UTF8.self) == "Exams")
    }

    @Test func theExcerptShowsTheMatch() throws {
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        let index = try index("en", [Page(url: "/en/a/", title: "A", heading: "", text: words + " Inburgering " + words)])
        let excerpt = index.excerpt(of: 0, for: Array("inburgering".utf8))
        let text = Array(index.text(of: 0))
        #expect(excerpt.cutBefore && excerpt.cutAfter)
        #expect(excerpt.matches.count == 1)
        #expect(String(decoding: text[excerpt.matches[0]], as: Unicode.UTF8.self) == "Inburgering")
        #expect(excerpt.range.contains(excerpt.matches[0].lowerBound))
    }
}
