import SiteCore
import Testing

struct SHA256Tests {
    // Test vectors from FIPS 180-4 examples and NIST CAVS.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func hashesInputsAcrossBlockBoundaries() {
        // 1,000,000 × "a" is the long FIPS vector; it crosses many 64-byte blocks and the length padding edge.
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func sourceHashIgnoresLineEndingStyle() {
        #expect(SourceHash.of(body: "a\r\nb\r\n") == SourceHash.of(body: "a\nb\n"))
        #expect(SourceHash.of(body: "a\nb\n").count == 16)
        #expect(SourceHash.of(body: "a\nb\n") != SourceHash.of(body: "a\nc\n"))
    }
}

struct URLRulesTests {
    @Test(arguments: ["b1", "brief-van-duo", "ruta-b1", "waddada-b1"])
    func acceptsPlainSlugs(slug: String) {
        #expect(URLRules.problem(withSlug: slug) == nil)
    }

    @Test(arguments: ["", "a/b", "..", "a..b", "with space", "tab\there", "_index", ".hidden", "assets", "404", "a?b", "a#b", "a%20"])
    func rejectsUnsafeSlugs(slug: String) {
        #expect(URLRules.problem(withSlug: slug) != nil)
    }

    @Test(arguments: [
        ("/en/tracks/b1/", "/en/acts/", "../../acts/"),
        ("/en/", "/en/tracks/b1/", "tracks/b1/"),
        ("/en/tracks/", "/en/tracks/", "./"),
        ("/", "/ar/", "ar/"),
        ("/en/tracks/b1/", "/assets/style.css", "../../../assets/style.css"),
        ("/nl/", "/nl/wat-géldt/", "wat-g%C3%A9ldt/"),
        ("/nl/wat-géldt/", "/nl/", "../"),
        ("/en/a/", "/en/ab/", "../ab/"),
        ("/en/ab/", "/en/a/", "../a/"),
        ("/en/a/", "/assets/x y.css", "../../assets/x%20y.css"),
        ("/", "/", "./"),
    ])
    func makesRelativeURLs(from: String, to: String, expected: String) {
        #expect(URLRules.relative(from: from, to: to) == expected)
    }
}

struct SiteConfigTests {
    let config = SiteConfig(baseURL: "https://example.org", defaultLocale: "en", theme: "default", locales: [
        LocaleInfo(code: "en", name: "English"),
        LocaleInfo(code: "fa", name: "فارسی"),
        LocaleInfo(code: "prs", name: "دری", lang: "fa-AF", fallback: ["fa", "en"]),
        LocaleInfo(code: "ti", name: "ትግርኛ"),
    ])

    @Test func addsTheTrailingSlashToTheBaseURL() {
        #expect(config.baseURL == "https://example.org/")
    }

    @Test func derivesDirectionFromTheLanguage() {
        #expect(config.locale("fa")?.direction == .rtl)
        #expect(config.locale("prs")?.direction == .rtl)
        #expect(config.locale("ti")?.direction == .ltr)
        #expect(LocaleInfo(code: "ar", name: "العربية").direction == .rtl)
        #expect(LocaleInfo(code: "x", name: "x", direction: .ltr).direction == .ltr)
    }

    @Test func fallsBackAlongTheDeclaredChainThenTheDefault() {
        #expect(config.fallbackChain(for: "prs") == ["fa", "en"])
        #expect(config.fallbackChain(for: "ti") == ["en"])
        #expect(config.fallbackChain(for: "en") == [])
    }
}

struct DiagnosticTests {
    @Test func printsTheFormEditorsAndToolsKnow() {
        let diagnostic = Diagnostic.error("missing required key 'title'", at: SourceLocation(path: "content/en/a.md", line: 2, column: 1))
        #expect(diagnostic.description == "content/en/a.md:2:1: error: missing required key 'title'")
        #expect(Diagnostic.warning("w", at: SourceLocation(path: "site.yaml")).description == "site.yaml: warning: w")
    }

    @Test func sortsByFileThenPosition() {
        let unsorted: [Diagnostic] = [
            .error("b", at: SourceLocation(path: "b.md", line: 1)),
            .error("a2", at: SourceLocation(path: "a.md", line: 10)),
            .error("a1", at: SourceLocation(path: "a.md", line: 2)),
        ]
        #expect(unsorted.sortedForDisplay.map(\.message) == ["a1", "a2", "b"])
    }
}
