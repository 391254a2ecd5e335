/// Nesting: each tag becomes a node, or opens or closes one.
extension TemplateParser {
    mutating func add(_ tag: Tag, tags: [Tag], removedLines: Set<Int>, to builder: inout TreeBuilder) throws(TemplateSyntaxError) {
        func path() throws(TemplateSyntaxError) -> ValuePath {
            let path = try ValuePath.parse(tag.content, line: tag.line, column: tag.column)
            references.append(TemplateReference(kind: .value, name: path.name, line: tag.line, column: tag.column))
            return path
        }
        func templateName(_ kind: TemplateReference.Kind) throws(TemplateSyntaxError) -> String {
            guard !tag.content.isEmpty else {
                throw TemplateSyntaxError(message: "a partial or parent tag needs a template name", line: tag.line, column: tag.column)
            }
            references.append(TemplateReference(kind: kind, name: tag.content, line: tag.line, column: tag.column))
            return tag.content
        }
        /// A standalone partial or parent indents its lines by the tag's whitespace, less what the block around it already gives.
        let indentation = tag.isStandalone ? TreeBuilder.relative(tag.indentation, to: builder.outdent) : nil
        let opening = TreeBuilder.Opening(name: tag.content, line: tag.line, column: tag.column)
        switch tag.kind {
        case .value: builder.append(.value(try path(), escaped: true))
        case .unescaped: builder.append(.value(try path(), escaped: false))
        case .section: builder.open(.section(try path(), inverted: false), opening)
        case .invertedSection: builder.open(.section(try path(), inverted: true), opening)
        case .block:
            let closeStart = tag.partner.map { tags[$0].range.lowerBound } ?? bytes.count
            builder.open(.block(indentation: blockIndentation(tag, closingAt: closeStart, removedLines: removedLines)), opening)
        case .parent:
            _ = try templateName(.parent)
            builder.open(.parent(indentation: indentation), opening)
        case .partial: builder.append(.partial(try templateName(.partial), indentation: indentation))
        case .close: try builder.close(tag.content, line: tag.line, column: tag.column)
        case .comment, .delimiters: break
        }
    }
}

/// Nests nodes between opening and closing tags.
struct TreeBuilder {
    enum Kind {
        case section(ValuePath, inverted: Bool)
        /// The block's own indentation, which its lines lose and its place of showing gives them.
        case block(indentation: [UInt8])
        case parent(indentation: String?)
    }

    struct Opening {
        var name: String
        var line: Int
        var column: Int
    }

    private struct Frame {
        var kind: Kind
        var opening: Opening
        /// What each line inside loses: the indentation of the innermost block.
        var outdent: [UInt8]
        var nodes: [TemplateNode] = []
        var blocks: [String: [TemplateNode]] = [:]
    }

    private var root: [TemplateNode] = []
    private var frames: [Frame] = []

    var outdent: [UInt8] { frames.last?.outdent ?? [] }

    /// `indentation` without the part `outdent` (the enclosing block's) already gives.
    static func relative(_ indentation: [UInt8], to outdent: [UInt8]) -> String {
        let kept = indentation.starts(with: outdent) ? indentation.dropFirst(outdent.count) : indentation[...]
        return String(decoding: kept, as: UTF8.self)
    }

    mutating func text(_ text: String) {
        if !text.isEmpty { append(.text(text)) }
    }

    mutating func append(_ node: TemplateNode) {
        if frames.isEmpty { root.append(node) } else { frames[frames.count - 1].nodes.append(node) }
    }

    mutating func open(_ kind: Kind, _ opening: Opening) {
        var outdent = self.outdent
        if case .block(let indentation) = kind { outdent = indentation }
        frames.append(Frame(kind: kind, opening: opening, outdent: outdent))
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
        case .block(let indentation):
            // Inside a parent tag a block is an override; anywhere else it is a default to fill.
            if case .parent? = frames.last?.kind {
                frames[frames.count - 1].blocks[name] = frame.nodes
            } else {
                append(.block(name, frame.nodes, indentation: Self.relative(indentation, to: outdent)))
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
