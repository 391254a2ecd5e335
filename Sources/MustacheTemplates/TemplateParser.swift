/// Turns template text into nodes in three steps: find the tags, drop the lines that hold
/// only standalone tags (as the Mustache spec asks), then nest sections.
struct TemplateParser {
    let bytes: [UInt8]
    let lineStarts: [Int]
    var references: [TemplateReference] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        let tags = try findTags()
        let removedLines = Set(tags.filter(\.isStandalone).map(\.removedRange.lowerBound))
        var builder = TreeBuilder()
        var offset = 0
        for tag in tags {
            emitText(from: offset, to: tag.removedRange.lowerBound, outdent: builder.outdent, into: &builder)
            if !tag.isStandalone, isLineStart(tag.range.lowerBound) { builder.append(.lineStart) }
            try add(tag, tags: tags, removedLines: removedLines, to: &builder)
            offset = max(offset, tag.removedRange.upperBound)
        }
        emitText(from: offset, to: bytes.count, outdent: builder.outdent, into: &builder)
        return try builder.finish()
    }

    /// Source text as nodes: a line-start mark before each line that shows something (where an
    /// indented partial indents), and inside a block each line without the block's own indentation.
    private func emitText(from start: Int, to end: Int, outdent: [UInt8], into builder: inout TreeBuilder) {
        var offset = start
        while offset < end {
            var from = offset
            if isLineStart(offset) {
                if !isEmptyLine(offset) { builder.append(.lineStart) }
                if !outdent.isEmpty, offset + outdent.count <= end, bytes[offset..<(offset + outdent.count)].elementsEqual(outdent) {
                    from += outdent.count
                }
            }
            var lineEnd = from
            while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd < end { lineEnd += 1 }
            builder.text(text(from: from, to: lineEnd))
            offset = lineEnd
        }
    }

    // MARK: Finding tags

    enum TagKind {
        case value, unescaped, section, invertedSection, close, comment, partial, parent, block, delimiters

        /// Kinds that, alone on a line, take the whole line with them.
        var canStandAlone: Bool {
            switch self {
            case .value, .unescaped: return false
            default: return true
            }
        }
    }

    struct Tag {
        var kind: TagKind
        var content: String
        var range: Range<Int>
        /// What the output loses: the tag, or the whole line of a standalone tag.
        var removedRange: Range<Int>
        var isStandalone = false
        /// The whitespace before a standalone tag, which indents each line of a partial or parent.
        var indentation: [UInt8] = []
        /// For an opening tag, the index of the tag that closes it; for a closing tag, what it closes.
        var partner: Int?
        var closes: TagKind?
        var line: Int
        var column: Int
    }

    private func findTags() throws(TemplateSyntaxError) -> [Tag] {
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var tags: [Tag] = []
        var offset = 0
        while let start = find(open, from: offset) {
            let (line, column) = position(of: start)
            var contentStart = start + open.count
            var kind = TagKind.value
            var closing = close
            if open == Array("{{".utf8), contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {
                kind = .unescaped
                contentStart += 1
                closing = Array("}}}".utf8)
            } else if contentStart < bytes.count, let sigil = Self.sigils[bytes[contentStart]] {
                kind = sigil
                contentStart += 1
            }
            guard let end = find(closing, from: contentStart) else {
                throw TemplateSyntaxError(message: "a tag is opened here but never closed with \(String(decoding: closing, as: UTF8.self))",
                                          line: line, column: column)
            }
            var content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingSpaces
            if kind == .delimiters {
                guard content.hasSuffix("="), case let parts = content.dropLast().split(whereSeparator: \.isWhitespace), parts.count == 2 else {
                    throw TemplateSyntaxError(message: "a delimiter tag must look like {{=<% %>=}}", line: line, column: column)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
                content = ""
            }
            let range = start..<(end + closing.count)
            tags.append(Tag(kind: kind, content: content, range: range, removedRange: range, line: line, column: column))
            offset = range.upperBound
        }
        pair(&tags)
        markStandaloneLines(&tags)
        return tags
    }

    private static let sigils: [UInt8: TagKind] = [
        UInt8(ascii: "#"): .section, UInt8(ascii: "^"): .invertedSection, UInt8(ascii: "/"): .close,
        UInt8(ascii: "!"): .comment, UInt8(ascii: ">"): .partial, UInt8(ascii: "<"): .parent,
        UInt8(ascii: "$"): .block, UInt8(ascii: "&"): .unescaped, UInt8(ascii: "="): .delimiters,
    ]

    /// Matches opening and closing tags; a mismatch is left for nesting to report.
    private func pair(_ tags: inout [Tag]) {
        var opened: [Int] = []
        for index in tags.indices {
            switch tags[index].kind {
            case .section, .invertedSection, .parent, .block:
                opened.append(index)
            case .close:
                guard let last = opened.last, tags[last].content == tags[index].content else { continue }
                opened.removeLast()
                tags[last].partner = index
                tags[index].closes = tags[last].kind
            default:
                break
            }
        }
    }
}
