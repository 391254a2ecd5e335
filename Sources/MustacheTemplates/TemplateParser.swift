/// Turns template text into nodes in three steps: find the tags, drop the lines that hold
/// only a standalone tag (as the Mustache spec asks), then nest sections.
struct TemplateParser {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private(set) var references: [TemplateReference] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        let tags = try findTags()
        var builder = TreeBuilder()
        var offset = 0
        for tag in tags {
            builder.text(text(from: offset, to: tag.removedRange.lowerBound))
            try add(tag, to: &builder)
            offset = tag.removedRange.upperBound
        }
        builder.text(text(from: offset, to: bytes.count))
        return try builder.finish()
    }

    // MARK: Finding tags

    private enum TagKind {
        case value, unescaped, section, invertedSection, close, comment, partial, parent, block, delimiters

        /// Kinds that, alone on a line, take the whole line with them.
        var canStandAlone: Bool {
            switch self {
            case .value, .unescaped: return false
            default: return true
            }
        }
    }

    private struct Tag {
        var kind: TagKind
        var content: String
        var range: Range<Int>
        /// What the output loses: the tag, or the whole line of a standalone tag.
        var removedRange: Range<Int>
        /// The whitespace before a standalone partial, which indents each of its lines.
        var indentation = ""
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
        markStandaloneLines(&tags)
        return tags
    }

    private static let sigils: [UInt8: TagKind] = [
        UInt8(ascii: "#"): .section, UInt8(ascii: "^"): .invertedSection, UInt8(ascii: "/"): .close,
        UInt8(ascii: "!"): .comment, UInt8(ascii: ">"): .partial, UInt8(ascii: "<"): .parent,
        UInt8(ascii: "$"): .block, UInt8(ascii: "&"): .unescaped, UInt8(ascii: "="): .delimiters,
    ]

    /// A tag is standalone when its line holds nothing else but spaces and tabs.
    private func markStandaloneLines(_ tags: inout [Tag]) {
        for index in tags.indices where tags[index].kind.canStandAlone {
            let range = tags[index].range
            let lineStart = lineStarts[position(of: range.lowerBound).line - 1]
            var lineEnd = range.upperBound
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let alone = (index == 0 || tags[index - 1].range.upperBound <= lineStart)
                && (index == tags.count - 1 || tags[index + 1].range.lowerBound > lineEnd)
                && bytes[lineStart..<range.lowerBound].allSatisfy(Self.isBlank)
                && bytes[range.upperBound..<lineEnd].allSatisfy { Self.isBlank($0) || $0 == UInt8(ascii: "\r") }
            guard alone else { continue }
            tags[index].indentation = String(decoding: bytes[lineStart..<range.lowerBound], as: UTF8.self)
            tags[index].removedRange = lineStart..<min(lineEnd + 1, bytes.count)
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = offset
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// 1-based line and column (in characters) of a byte offset.
    private func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = String(decoding: bytes[lineStarts[low]..<offset], as: UTF8.self).count + 1
        return (low + 1, column)
    }

    private func text(from start: Int, to end: Int) -> String {
        start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : ""
    }

    // MARK: Nesting

    private mutating func add(_ tag: Tag, to builder: inout TreeBuilder) throws(TemplateSyntaxError) {
        func path() throws(TemplateSyntaxError) -> ValuePath {
            let path = try ValuePath.parse(tag.content, line: tag.line, column: tag.column)
            references.append(TemplateReference(kind: .value, name: path.name, line: tag.line, column: tag.column))
            return path
        }
        func templateName() throws(TemplateSyntaxError) -> String {
            guard !tag.content.isEmpty else {
                throw TemplateSyntaxError(message: "a partial or parent tag needs a template name", line: tag.line, column: tag.column)
            }
            return tag.content
        }
        let opening = TreeBuilder.Opening(name: tag.content, line: tag.line, column: tag.column)
        switch tag.kind {
        case .value: builder.append(.value(try path(), escaped: true))
        case .unescaped: builder.append(.value(try path(), escaped: false))
        case .section: builder.open(.section(try path(), inverted: false), opening)
        case .invertedSection: builder.open(.section(try path(), inverted: true), opening)
        case .block: builder.open(.block, opening)
        case .parent:
            let name = try templateName()
            references.append(TemplateReference(kind: .parent, name: name, line: tag.line, column: tag.column))
            builder.open(.parent(indentation: tag.indentation), opening)
        case .partial:
            let name = try templateName()
            references.append(TemplateReference(kind: .partial, name: name, line: tag.line, column: tag.column))
            builder.append(.partial(name, indentation: tag.indentation))
        case .close: try builder.close(tag.content, line: tag.line, column: tag.column)
        case .comment, .delimiters: break
        }
    }
}

/// Nests nodes between opening and closing tags.
private struct TreeBuilder {
    enum Kind {
        case section(ValuePath, inverted: Bool)
        case block
        case parent(indentation: String)
    }

    struct Opening {
        var name: String
        var line: Int
        var column: Int
    }

    private struct Frame {
        var kind: Kind
        var opening: Opening
        var nodes: [TemplateNode] = []
        var blocks: [String: [TemplateNode]] = [:]
    }

    private var root: [TemplateNode] = []
    private var frames: [Frame] = []

    mutating func text(_ text: String) {
        if !text.isEmpty { append(.text(text)) }
    }

    mutating func append(_ node: TemplateNode) {
        if frames.isEmpty { root.append(node) } else { frames[frames.count - 1].nodes.append(node) }
    }

    mutating func open(_ kind: Kind, _ opening: Opening) {
        frames.append(Frame(kind: kind, opening: opening))
    }

    mutating func close(_ name: String, line: Int, column: Int) throws(TemplateSyntaxError) {
        guard let frame = frames.popLast() else {
            throw TemplateSyntaxError(message: "{{/\(name)}} closes a section that was never opened", line: line, column: column)
        }
        guard frame.opening.name == name else {
            throw TemplateSyntaxError(message: "{{/\(name)}} closes '\(frame.opening.name)', opened at line \(frame.opening.line)",
                                      line: line, column: column)
        }
        switch frame.kind {
        case .section(let path, let inverted): append(.section(path, frame.nodes, inverted: inverted))
        case .parent(let indentation): append(.parent(name, blocks: frame.blocks, indentation: indentation))
        case .block:
            // Inside a parent tag a block is an override; anywhere else it is a default to fill.
            if case .parent? = frames.last?.kind {
                frames[frames.count - 1].blocks[name] = frame.nodes
            } else {
                append(.block(name, frame.nodes))
            }
        }
    }

    func finish() throws(TemplateSyntaxError) -> [TemplateNode] {
        if let open = frames.last {
            throw TemplateSyntaxError(message: "'\(open.opening.name)' is opened here but never closed", line: open.opening.line,
                                      column: open.opening.column)
        }
        return root
    }
}
