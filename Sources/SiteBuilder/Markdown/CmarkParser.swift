import CCmark

/// The one place that holds libcmark pointers: Markdown text in, `MarkdownDocument` out.
enum CmarkParser {
    /// Parses `body`; `firstLine` is the line of the file the body starts on, so positions point into the file.
    static func parse(_ body: String, firstLine: Int) -> MarkdownDocument {
        let root = body.withCString { cmark_parse_document($0, body.utf8.count, CMARK_OPT_DEFAULT) }
        defer { cmark_node_free(root) }
        var converter = Converter(lineOffset: firstLine - 1, body: body)
        var document = MarkdownDocument(blocks: converter.blocks(of: root))
        document.tooDeepAtLine = converter.tooDeepAtLine
        document.rawHTMLLines = converter.rawHTMLLines
        return document
    }

    /// Deeper than this, quotes, lists or emphasis are left out and reported: the tree is
    /// walked recursively, and thousands of levels would overflow a worker thread's stack.
    static let maximumDepth = 64

    struct Converter {
        let lineOffset: Int
        /// The Markdown text, for the source lines of paragraphs that may be tables.
        let body: String
        /// Whether the text has a pipe at all: most pages have no table, and need no line split.
        lazy var mayHaveTables = body.utf8.contains(UInt8(ascii: "|"))
        /// The body's lines, split once when a paragraph may be a table.
        lazy var bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var takenIDs: Set<String> = []
        var depth = 0
        /// The first line where content was nested deeper than `maximumDepth`.
        var tooDeepAtLine: Int?
        /// Lines with raw HTML, which is left out.
        var rawHTMLLines: [Int] = []

        mutating func blocks(of parent: OpaquePointer?) -> [MarkdownBlock] {
            guard enter(parent) else { return [] }
            defer { depth -= 1 }
            return children(of: parent).compactMap { block($0) }
        }

        /// One level deeper, unless that is too deep.
        mutating func enter(_ node: OpaquePointer?) -> Bool {
            guard depth < CmarkParser.maximumDepth else {
                if tooDeepAtLine == nil, let node { tooDeepAtLine = line(of: node) }
                return false
            }
            depth += 1
            return true
        }

        mutating func block(_ node: OpaquePointer) -> MarkdownBlock? {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                return table(node) ?? .paragraph(inlines(of: node))
            case CMARK_NODE_HEADING:
                var content = inlines(of: node)
                var id = HeadingIDs.slug(content.plainText)
                if case .text(let last)? = content.last, let explicit = HeadingIDs.explicitID(in: last) {
                    content[content.count - 1] = .text(explicit.text)
                    id = explicit.id
                }
                let level = Int(cmark_node_get_heading_level(node))
                return .heading(level: level, id: HeadingIDs.unique(id, taken: &takenIDs), content: content, line: line(of: node))
            case CMARK_NODE_BLOCK_QUOTE:
                return .blockQuote(blocks(of: node))
            case CMARK_NODE_LIST:
                let items = children(of: node).map { blocks(of: $0) }
                return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                             start: Int(cmark_node_get_list_start(node)),
                             tight: cmark_node_get_list_tight(node) != 0, items: items)
            case CMARK_NODE_CODE_BLOCK:
                let info = string(cmark_node_get_fence_info(node)).trimmingWhitespace
                let code = string(cmark_node_get_literal(node))
                if info.hasPrefix(MarkdownDirective.infoPrefix) {
                    let name = String(info.dropFirst(MarkdownDirective.infoPrefix.count).prefix { !$0.isWhitespace })
                    return .directive(MarkdownDirective(name: name, body: code, line: line(of: node)))
                }
                return .codeBlock(language: String(info.prefix { !$0.isWhitespace }), code: code)
            case CMARK_NODE_THEMATIC_BREAK:
                return .thematicBreak
            default:
                // Raw HTML blocks are left out on purpose: content is untrusted.
                if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK { rawHTMLLines.append(line(of: node)) }
                return nil
            }
        }

        mutating func inlines(of parent: OpaquePointer) -> [MarkdownInline] {
            guard enter(parent) else { return [] }
            defer { depth -= 1 }
            let blockLine = line(of: parent)
            return children(of: parent).compactMap { inline($0, blockLine: blockLine) }
        }

        mutating func inline(_ node: OpaquePointer, blockLine: Int) -> MarkdownInline? {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
            case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
            case CMARK_NODE_SOFTBREAK: return .softBreak
            case CMARK_NODE_LINEBREAK: return .lineBreak
            case CMARK_NODE_EMPH: return .emphasis(inlines(of: node))
            case CMARK_NODE_STRONG: return .strong(inlines(of: node))
            case CMARK_NODE_LINK:
                let startLine = Int(cmark_node_get_start_line(node))
                let link = MarkdownLink(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                                        line: startLine > 0 ? startLine + lineOffset : blockLine,
                                        column: max(1, Int(cmark_node_get_start_column(node))))
                return .link(link, inlines(of: node))
            case CMARK_NODE_IMAGE:
                return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                              alt: inlines(of: node).plainText)
            default:
                // Inline raw HTML is dropped like HTML blocks.
                if cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE { rawHTMLLines.append(blockLine) }
                return nil
            }
        }

        func children(of parent: OpaquePointer?) -> [OpaquePointer] {
            var nodes: [OpaquePointer] = []
            var child = cmark_node_first_child(parent)
            while let node = child {
                nodes.append(node)
                child = cmark_node_next(node)
            }
            return nodes
        }

        func line(of node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) + lineOffset }

        func string(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }
    }
}
