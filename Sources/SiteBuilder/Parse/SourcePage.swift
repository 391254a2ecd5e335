import SiteCore

/// A content file after parsing: front matter, the outline of its Markdown, and where it came from.
/// A class, so the many lists that hold a page (per locale, per key, per menu) share one copy.
final class SourcePage: Sendable {
    let path: ContentPath
    let frontMatter: FrontMatter
    /// Headings, links and directives: what other pages and checks need to know of this one.
    let outline: PageOutline
    /// Hash of the Markdown body, which translations record to notice when they are outdated.
    let bodyHash: String
    /// Hash of the whole file, the key of the build cache.
    let fileHash: String
    /// The Markdown; nil when this build trusted the cache without reading the file (`ContentReader`
    /// reads it before the page is rendered).
    let body: String?
    let bodyFirstLine: Int
    /// The parsed body when this build parsed it; nil when the outline came from the build cache.
    let parsed: MarkdownDocument?
    /// Warnings parsing gave (an unknown front matter key), kept so a cached page reports them too.
    let warnings: [Diagnostic]

    init(path: ContentPath, frontMatter: FrontMatter, outline: PageOutline, bodyHash: String, fileHash: String,
         body: String?, bodyFirstLine: Int, parsed: MarkdownDocument?, warnings: [Diagnostic]) {
        self.path = path
        self.frontMatter = frontMatter
        self.outline = outline
        self.bodyHash = bodyHash
        self.fileHash = fileHash
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.parsed = parsed
        self.warnings = warnings
    }

    /// Pages with the same key in different locales are translations of each other.
    var translationKey: String { frontMatter.translationKey ?? path.defaultTranslationKey }
    var slug: String { frontMatter.slug ?? path.defaultSlug }

    /// The Markdown, parsed now if the outline came from the cache.
    var document: MarkdownDocument {
        if let parsed { return parsed }
        guard let body else { preconditionFailure("\(path.sitePath): its body was not read before rendering") }
        return CmarkParser.parse(body, firstLine: bodyFirstLine)
    }

    /// Parses one content file; `locale` is the folder it sits in.
    static func parse(_ file: SourceFile, locale: String, relative: String) -> (SourcePage?, [Diagnostic]) {
        guard let text = file.text else {
            return (nil, [.error("file is not valid UTF-8 text", at: SourceLocation(path: file.path, line: 1, column: 1))])
        }
        let (parsed, frontMatterDiagnostics) = FrontMatterParser.parse(text, path: file.path)
        guard let parsed else { return (nil, frontMatterDiagnostics) }
        let document = CmarkParser.parse(parsed.body, firstLine: parsed.bodyFirstLine)
        if let line = document.tooDeepAtLine {
            return (nil, frontMatterDiagnostics + [.error("quotes, lists or emphasis nest more than \(CmarkParser.maximumDepth) levels deep",
                                               at: SourceLocation(path: file.path, line: line, column: 1))])
        }
        let rawHTML = Set(document.rawHTMLLines).sorted().map {
            Diagnostic.warning("raw HTML is not allowed in content and was left out", at: SourceLocation(path: file.path, line: $0, column: 1))
        }
        let diagnostics = frontMatterDiagnostics + rawHTML
        let page = SourcePage(path: ContentPath(locale: locale, relative: relative), frontMatter: parsed.frontMatter,
                              outline: PageOutline(document), bodyHash: SourceHash.of(body: parsed.body),
                              fileHash: StableHash.hex(file.bytes), body: parsed.body,
                              bodyFirstLine: parsed.bodyFirstLine, parsed: document, warnings: diagnostics)
        return (page, diagnostics)
    }

    /// Rebuilds a page from what the build cache kept of it; the body is taken from the file as it is now.
    static func restore(_ file: SourceFile, locale: String, relative: String, from summary: SourceSummary) -> SourcePage? {
        guard let text = file.text, let (_, body, bodyLine) = FrontMatterParser.split(text), bodyLine == summary.bodyFirstLine else {
            return nil
        }
        return SourcePage(path: ContentPath(locale: locale, relative: relative), frontMatter: summary.frontMatter,
                          outline: summary.outline, bodyHash: summary.bodyHash, fileHash: summary.fileHash,
                          body: body, bodyFirstLine: bodyLine, parsed: nil, warnings: summary.warnings)
    }

    /// A page as the build cache kept it, for a file whose stamp says it has not changed: its
    /// body is not read unless the page is rendered.
    static func cached(_ summary: SourceSummary, locale: String, relative: String) -> SourcePage {
        SourcePage(path: ContentPath(locale: locale, relative: relative), frontMatter: summary.frontMatter,
                   outline: summary.outline, bodyHash: summary.bodyHash, fileHash: summary.fileHash,
                   body: nil, bodyFirstLine: summary.bodyFirstLine, parsed: nil, warnings: summary.warnings)
    }

    var summary: SourceSummary {
        SourceSummary(fileHash: fileHash, frontMatter: frontMatter, outline: outline, bodyHash: bodyHash,
                      bodyFirstLine: bodyFirstLine, warnings: warnings)
    }
}

/// The parts of a page's Markdown that other pages and checks look at.
struct PageOutline: Hashable, Sendable {
    var headings: [MarkdownHeading]
    var linkList: LinkList
    /// Names and lines only; bodies are read when the page is rendered.
    var directives: [MarkdownDirective]

    var links: [MarkdownLink] { linkList.links }

    init(headings: [MarkdownHeading], links: LinkList, directives: [MarkdownDirective]) {
        self.headings = headings
        self.linkList = links
        self.directives = directives
    }

    init(headings: [MarkdownHeading], links: [MarkdownLink], directives: [MarkdownDirective]) {
        self.init(headings: headings, links: LinkList(links), directives: directives)
    }

    init(_ document: MarkdownDocument) {
        self.init(headings: document.headings, links: document.links,
                  directives: document.directives.map { MarkdownDirective(name: $0.name, body: "", line: $0.line) })
    }
}

/// A page's links, as parsed or as the build cache keeps them: only the translation check of a
/// changed page looks at the links of pages it did not parse, so the cache's are decoded then.
struct LinkList: Hashable, Sendable {
    private enum Storage: Sendable {
        case links([MarkdownLink])
        /// `count` links encoded in `bytes[range]`, which `decode` reads (the build cache's format).
        case encoded(bytes: [UInt8], range: Range<Int>, count: Int, decode: Decoder)
    }

    /// Reads the `count` links encoded in `bytes[range]`.
    typealias Decoder = @Sendable (_ bytes: [UInt8], _ range: Range<Int>, _ count: Int) -> [MarkdownLink]

    private let storage: Storage

    init(_ links: [MarkdownLink]) { storage = .links(links) }

    init(encoded bytes: [UInt8], range: Range<Int>, count: Int, decode: @escaping Decoder) {
        storage = .encoded(bytes: bytes, range: range, count: count, decode: decode)
    }

    var links: [MarkdownLink] {
        switch storage {
        case .links(let links):
            return links
        case .encoded(let bytes, let range, let count, let decode):
            return decode(bytes, range, count)
        }
    }

    /// The bytes the links were read from, to be written again as they are.
    var encoded: (bytes: ArraySlice<UInt8>, count: Int)? {
        guard case .encoded(let bytes, let range, let count, _) = storage else { return nil }
        return (bytes[range], count)
    }

    static func == (a: LinkList, b: LinkList) -> Bool { a.links == b.links }
    func hash(into hasher: inout Hasher) { hasher.combine(links) }
}

/// What the build cache keeps of a content file, so an unchanged file is not parsed again.
struct SourceSummary: Hashable, Sendable {
    var fileHash: String
    var frontMatter: FrontMatter
    var outline: PageOutline
    var bodyHash: String
    var bodyFirstLine: Int
    var warnings: [Diagnostic]
}
