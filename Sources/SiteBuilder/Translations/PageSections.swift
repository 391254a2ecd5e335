import SiteCore

/// A content file cut up the way the preview's side-by-side view compares a translation
/// with its source: sections at headings (matched by heading id), paragraphs at blank lines.
public struct PageSections: Sendable {
    public struct Section: Sendable, Hashable {
        /// The heading's anchor; nil for the text before the first heading.
        public var id: String?
        public var heading: String
        /// The Markdown of each block, as written.
        public var paragraphs: [String]
    }

    public var title: String
    /// What a translation of this page records as `sourceHash`.
    public var bodyHash: String
    /// The `sourceHash` this page's translation metadata records, when it is a translation.
    public var recordedSourceHash: String?
    public var sections: [Section]

    /// Reads a whole content file (front matter and body); nil when its front matter is unreadable.
    public init?(fileText: String) {
        guard let parsed = FrontMatterParser.parse(fileText, path: "").0 else { return nil }
        title = parsed.frontMatter.title
        bodyHash = SourceHash.of(body: parsed.body)
        recordedSourceHash = parsed.frontMatter.translation?.sourceHash
        let headings = CmarkParser.parse(parsed.body, firstLine: parsed.bodyFirstLine).headings
        let lines = parsed.body.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let starts = headings.map { $0.line - parsed.bodyFirstLine }
        sections = [Section(id: nil, heading: "", paragraphs: Self.paragraphs(lines[..<(starts.first ?? lines.count)]))]
        for (index, heading) in headings.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : lines.count
            let body = lines[min(starts[index] + 1, end)..<end]
            sections.append(Section(id: heading.id, heading: heading.text, paragraphs: Self.paragraphs(body)))
        }
    }

    private static func paragraphs(_ lines: ArraySlice<Substring>) -> [String] {
        lines.split(whereSeparator: { $0.allSatisfy(\.isWhitespace) }).map { $0.joined(separator: "\n") }
    }
}
