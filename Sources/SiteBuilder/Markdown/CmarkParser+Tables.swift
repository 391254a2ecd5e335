import CCmark

extension CmarkParser.Converter {
    /// A paragraph that is a GFM pipe table, read again from its source lines: libcmark parses
    /// plain CommonMark, where a table is a paragraph of text.
    mutating func table(_ node: OpaquePointer) -> MarkdownBlock? {
        let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
        guard last > first, mayHaveTables else { return nil }
        let lines = sourceLines(first...last, column: Int(cmark_node_get_start_column(node)))
        guard lines.first?.contains("|") == true, let table = PipeTable(lines: lines) else { return nil }
        return .table(MarkdownTable(
            alignments: table.alignments,
            header: table.header.map { cell($0, line: first) },
            rows: table.rows.enumerated().map { index, row in row.map { cell($0, line: first + 2 + index) } }
        ))
    }

    /// Lines `range` of the body (1-based), without the container's prefix: the first line from
    /// `column`, the others without as much indentation or block-quote markers.
    private mutating func sourceLines(_ range: ClosedRange<Int>, column: Int) -> [Substring] {
        let all = bodyLines
        guard range.upperBound <= all.count else { return [] }
        return all[(range.lowerBound - 1)...(range.upperBound - 1)].enumerated().map { index, line in
            let prefix = index == 0 ? line.utf8.prefix(column - 1).count
                : line.utf8.prefix(column - 1).prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") || $0 == 9 }.count
            return Substring(line.utf8.dropFirst(prefix))
        }
    }

    /// A cell's inline Markdown, parsed on its own with the lines of links set to the row's.
    private mutating func cell(_ text: String, line: Int) -> [MarkdownInline] {
        let markdown = CmarkParser.inlineOnly(text)
        let root = markdown.withCString { cmark_parse_document($0, markdown.utf8.count, CMARK_OPT_DEFAULT) }
        defer { cmark_node_free(root) }
        var converter = CmarkParser.Converter(lineOffset: lineOffset + line - 1, body: markdown)
        converter.depth = depth
        let paragraph = children(of: root).first { cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH }
        let inlines = paragraph.map { converter.inlines(of: $0) } ?? []
        rawHTMLLines += converter.rawHTMLLines
        if tooDeepAtLine == nil { tooDeepAtLine = converter.tooDeepAtLine }
        return inlines
    }
}

extension CmarkParser {
    /// A cell holds inline Markdown only: a start that would open a block (`# `, `> `, `- `,
    /// `1. `, a fence, a thematic break) gets a backslash, which reads as that character.
    static func inlineOnly(_ text: String) -> String {
        guard let first = text.first else { return text }
        let rest = text.dropFirst()
        let opensBlock: Bool
        switch first {
        case "#", ">": opensBlock = true
        case "-", "+", "*", "_": opensBlock = rest.first.map { $0 == " " || $0 == "\t" } ?? true || rest.allSatisfy { $0 == first || $0 == " " }
        case "`", "~": opensBlock = text.hasPrefix(String(repeating: first, count: 3))
        default: opensBlock = false
        }
        if opensBlock { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count), let marker = text.dropFirst(digits.count).first, marker == "." || marker == ")",
           text.dropFirst(digits.count + 1).first.map({ $0 == " " }) ?? true {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
