import SiteCore

/// A content file after parsing: front matter, Markdown, and where it came from.
struct SourcePage: Sendable {
    var path: ContentPath
    var frontMatter: FrontMatter
    var document: MarkdownDocument
    /// Hash of the Markdown body, which translations record to notice when they are outdated.
    var bodyHash: String

    /// Pages with the same key in different locales are translations of each other.
    var translationKey: String { frontMatter.translationKey ?? path.relative }
    var slug: String { frontMatter.slug ?? path.defaultSlug }

    /// Parses one content file; `locale` is the folder it sits in.
    static func parse(_ file: SourceFile, locale: String, relative: String) -> (SourcePage?, [Diagnostic]) {
        guard let text = file.text else {
            return (nil, [.error("file is not valid UTF-8 text", at: SourceLocation(path: file.path, line: 1, column: 1))])
        }
        let (parsed, diagnostics) = FrontMatterParser.parse(text, path: file.path)
        guard let parsed else { return (nil, diagnostics) }
        let document = CmarkParser.parse(parsed.body, firstLine: parsed.bodyFirstLine)
        let page = SourcePage(path: ContentPath(locale: locale, relative: relative), frontMatter: parsed.frontMatter,
                              document: document, bodyHash: SourceHash.of(body: parsed.body))
        return (page, diagnostics)
    }
}
