/// A Markdown page as plain Swift values: what the C parser hands to the rest of the build.
struct MarkdownDocument: Hashable, Sendable {
    var blocks: [MarkdownBlock]
    /// Where the Markdown nests deeper than the parser follows (see `CmarkParser.maximumDepth`).
    var tooDeepAtLine: Int?
    /// Lines whose raw HTML was left out.
    var rawHTMLLines: [Int] = []

    /// Every link in the page, in reading order, with the line it is on.
    var links: [MarkdownLink] {
        var found: [MarkdownLink] = []
        func visit(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case .link(let link, let content): found.append(link); visit(content)
                case .emphasis(let content), .strong(let content): visit(content)
                default: break
                }
            }
        }
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let inlines), .heading(_, _, let inlines, _): visit(inlines)
                case .blockQuote(let inner): visit(inner)
                case .list(_, _, _, let items): items.forEach(visit)
                case .table(let table): (table.header + table.rows.joined()).forEach(visit)
                default: break
                }
            }
        }
        visit(blocks)
        return found
    }

    var headings: [MarkdownHeading] {
        var found: [MarkdownHeading] = []
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .heading(let level, let id, let content, let line):
                    found.append(MarkdownHeading(level: level, id: id, text: content.plainText, line: line))
                case .blockQuote(let inner): visit(inner)
                case .list(_, _, _, let items): items.forEach(visit)
                default: break
                }
            }
        }
        visit(blocks)
        return found
    }

    var directives: [MarkdownDirective] {
        var found: [MarkdownDirective] = []
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .directive(let directive): found.append(directive)
                case .blockQuote(let inner): visit(inner)
                case .list(_, _, _, let items): items.forEach(visit)
                default: break
                }
            }
        }
        visit(blocks)
        return found
    }
}

indirect enum MarkdownBlock: Hashable, Sendable {
    case paragraph([MarkdownInline])
    case heading(level: Int, id: String, content: [MarkdownInline], line: Int)
    case blockQuote([MarkdownBlock])
    case list(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]])
    case codeBlock(language: String, code: String)
    /// A fenced block whose info string names a directive (`wegwijs-rules`).
    case directive(MarkdownDirective)
    case thematicBreak
    /// A GFM pipe table (`PipeTable`), its cells' inline Markdown parsed.
    case table(MarkdownTable)
}

struct MarkdownTable: Hashable, Sendable {
    var alignments: [PipeTable.Alignment]
    var header: [[MarkdownInline]]
    var rows: [[[MarkdownInline]]]
}

indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case code(String)
    case softBreak
    case lineBreak
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(MarkdownLink, [MarkdownInline])
    case image(source: String, title: String, alt: String)
}

struct MarkdownLink: Hashable, Sendable {
    var destination: String
    var title: String
    /// Line in the content file (not in the body).
    var line: Int
    var column: Int
}

struct MarkdownHeading: Hashable, Sendable {
    var level: Int
    var id: String
    var text: String
    var line: Int
}

struct MarkdownDirective: Hashable, Sendable {
    /// `wegwijs-rules` → `rules`.
    var name: String
    var body: String
    var line: Int

    static let infoPrefix = "wegwijs-"
}

extension Array where Element == MarkdownInline {
    /// The text a reader sees, without markup: for heading ids, titles and alt text.
    var plainText: String {
        var out = ""
        for inline in self {
            switch inline {
            case .text(let text), .code(let text): out += text
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let content), .strong(let content), .link(_, let content): out += content.plainText
            case .image(_, _, let alt): out += alt
            }
        }
        return out
    }
}
