/// A parsed Mustache template: text and tags, with sections already nested.
///
/// Supported: `{{name}}`, `{{{name}}}` and `{{&name}}`, dotted names and `{{.}}`,
/// sections `{{#…}}` and inverted sections `{{^…}}`, comments, partials `{{>…}}`,
/// inheritance (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`), set delimiters, and the
/// transforms of `ValueTransform` and `PositionTransform`: the Mustache spec's core modules
/// and `~inheritance` (SpecTests), without lambdas or dynamic names.
public struct Template: Sendable {
    let nodes: [TemplateNode]
    /// Every tag that names a value or another template, in source order.
    public let references: [TemplateReference]

    public init(_ text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        nodes = try parser.parse()
        references = parser.references
    }
}

/// A tag that names a value or a template, and where it is.
public struct TemplateReference: Sendable, Equatable {
    public enum Kind: Sendable { case value, partial, parent }
    public let kind: Kind
    /// The dotted name inside any transform (`page.title` for `{{^empty(page.title)}}`), or the template's name.
    public let name: String
    public let line: Int
    public let column: Int
}

/// A template that cannot be read, and where.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public let message: String
    public let line: Int
    public let column: Int
}

indirect enum TemplateNode: Sendable {
    case text(String)
    /// Where a line of the template starts: an indented partial indents here, not inside the values it shows.
    case lineStart
    case value(ValuePath, escaped: Bool)
    case section(ValuePath, [TemplateNode], inverted: Bool)
    /// `indentation` is nil for a partial inside a line, which indents nothing.
    case partial(String, indentation: String?)
    /// `{{<name}}`: renders `name` with these blocks in place of its own.
    case parent(String, blocks: [String: [TemplateNode]], indentation: String?)
    /// `{{$name}}`: the content a child template gave this block, or this default, each line
    /// indented as the block is here.
    case block(String, [TemplateNode], indentation: String)
}

/// What a tag looks up: a dotted name, the current item, or an item's place in its list,
/// perhaps through a transform.
struct ValuePath: Sendable {
    enum Lookup: Sendable {
        case current
        case names([String])
        case position(PositionTransform)
    }

    var lookup: Lookup
    var transform: ValueTransform?
    /// Where the tag is, for checks of the names a template uses.
    var line = 0
    var column = 0

    /// Reads `page.title`, `.`, `empty(nav)` or `index()`, found at `line` and `column`.
    static func parse(_ text: String, line: Int, column: Int) throws(TemplateSyntaxError) -> ValuePath {
        func problem(_ message: String) -> TemplateSyntaxError {
            TemplateSyntaxError(message: message, line: line, column: column)
        }
        func names(_ text: String) throws(TemplateSyntaxError) -> Lookup {
            if text == "." { return .current }
            let names = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !text.isEmpty, names.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
                throw problem("'\(text)' is not a name (names look like page.title)")
            }
            return .names(names)
        }
        guard let open = text.firstIndex(of: "("), text.last == ")" else {
            return ValuePath(lookup: try names(text), line: line, column: column)
        }
        let function = String(text[..<open])
        let argument = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces
        if argument.isEmpty {
            guard let position = PositionTransform(rawValue: function) else {
                throw problem("unknown transform '\(function)()'; known: \(PositionTransform.allCases.map { "\($0.rawValue)()" }.joined(separator: ", "))")
            }
            return ValuePath(lookup: .position(position), line: line, column: column)
        }
        guard let transform = ValueTransform(rawValue: function) else {
            throw problem("unknown transform '\(function)'; known: \(ValueTransform.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return ValuePath(lookup: try names(argument), transform: transform, line: line, column: column)
    }

    /// The dotted name looked up, for reference checks.
    var name: String {
        switch lookup {
        case .current: return "."
        case .names(let names): return names.joined(separator: ".")
        case .position(let position): return "\(position.rawValue)()"
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
