import Foundation
import SiteBuilder
import SiteCore
import Testing

/// Content laid out as Hugo sites lay it out, read as it is: `index.md` as a locale's home page,
/// and a bundle `contact/index.md` as the page `/contact/`, the same page as `contact.md` elsewhere.
/// (The translation check still compares links as written, so the Dutch pages link as the
/// English ones do.)
@Suite struct HugoLayoutTests {
    /// A Dutch translation's front matter: its title and slug, and the block naming its source.
    static func dutch(_ title: String, slug: String? = nil, source: String, body: String) -> String {
        let hash = SourceHash.of(body: englishBodies[source]! + "\n")
        return "---\ntitle: \(title)\n" + (slug.map { "slug: \($0)\n" } ?? "")
            + "translation:\n  source: en/\(source)\n  sourceHash: \(hash)\n  method: human\n  reviewed: true\n---\n" + body
    }

    /// The English pages' bodies, as `SiteText` writes them: each line ends with a line break.
    static let englishBodies = ["_index.md": "\nRead [about us](about/index.md).", "about/index.md": "\nBack [home](../_index.md).",
                                "contact.md": "\nWrite to us."]

    static let site = """
        -- site.yaml --
        \(BrokenSiteTests.englishAndDutch)
        -- content/en/_index.md --
        ---
        title: Home
        ---
        \(englishBodies["_index.md"]!)
        -- content/nl/index.md --
        \(dutch("Start", source: "_index.md", body: "\nLees [over ons](about/index.md)."))
        -- content/en/about/index.md --
        ---
        title: About us
        ---
        \(englishBodies["about/index.md"]!)
        -- content/nl/about/index.md --
        \(dutch("Over ons", slug: "over-ons", source: "about/index.md", body: "\nTerug naar [start](../_index.md)."))
        -- content/en/contact.md --
        ---
        title: Contact
        ---
        \(englishBodies["contact.md"]!)
        -- content/nl/contact/index.md --
        \(dutch("Contact", source: "contact.md", body: "\nSchrijf ons."))
        """

    @Test func indexMarkdownIsTheHomePageAndABundleIsItsFoldersPage() throws {
        let built = try SiteText(Self.site).build()
        defer { built.remove() }
        #expect(built.diagnostics == "")
        #expect(built.report.succeeded)
        #expect(built.file("nl/index.html")?.contains("<h1>Start</h1>") == true)
        #expect(built.file("nl/index/index.html") == nil)
        #expect(built.file("en/about/index.html")?.contains("About us") == true)
        #expect(built.file("en/about/index/index.html") == nil)
        #expect(built.file("nl/over-ons/index.html")?.contains("Over ons") == true)
        #expect(built.file("nl/contact/index.html")?.contains("Schrijf ons.") == true)
    }

    @Test func theyAreTranslationsOfEachOther() throws {
        let built = try SiteText(Self.site).build()
        defer { built.remove() }
        let dutchHome = try #require(built.file("nl/index.html"))
        let englishAbout = try #require(built.file("en/about/index.html"))
        #expect(dutchHome.contains("href=\"../en/\"") || dutchHome.contains("hreflang=\"en\" href=\"https://example.org/en/\""))
        #expect(englishAbout.contains("hreflang=\"nl\" href=\"https://example.org/nl/over-ons/\""))
        #expect(dutchHome.contains("href=\"over-ons/\""), "a link to the bundle goes to the Dutch page's URL")
        let dutchContact = try #require(built.file("nl/contact/index.html"))
        #expect(dutchContact.contains("hreflang=\"en\" href=\"https://example.org/en/contact/\""),
                "content/nl/contact/index.md translates content/en/contact.md")
    }
}
