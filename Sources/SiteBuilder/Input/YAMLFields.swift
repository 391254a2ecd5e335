import SiteCore
import Yams

/// Reads typed fields out of a YAML mapping and reports each problem at its line,
/// so one bad key does not hide the others.
struct YAMLFields {
    let path: String
    /// Lines before the YAML text in its file (front matter starts after `---`).
    let lineOffset: Int
    let mapping: Node.Mapping
    let mappingMark: Mark?
    /// The mapping's values by key text: Yams looks keys up one by one, comparing whole nodes.
    private let values: [String: Node]
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int, mapping: Node.Mapping, mappingMark: Mark?) {
        self.path = path
        self.lineOffset = lineOffset
        self.mapping = mapping
        self.mappingMark = mappingMark
        values = Dictionary(mapping.compactMap { key, value in key.string.map { ($0, value) } }) { first, _ in first }
    }

    /// Parses `text`; a syntax error or a document that is not a mapping becomes a diagnostic.
    static func parse(_ text: String, path: String, lineOffset: Int = 0) -> (YAMLFields?, [Diagnostic]) {
        do {
            // The basic resolver leaves tags alone (typed access happens per key below) and skips
            // the regular expressions of YAML 1.1 resolution; UTF-8 spares reading the environment.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                return (YAMLFields(path: path, lineOffset: lineOffset, mapping: [:], mappingMark: nil), [])
            }
            guard case .mapping(let mapping) = node else {
                let location = SourceLocation(path: path, line: lineOffset + (node.mark?.line ?? 1), column: node.mark?.column ?? 1)
                return (nil, [.error("expected a mapping of keys to values", at: location)])
            }
            return (YAMLFields(path: path, lineOffset: lineOffset, mapping: mapping, mappingMark: node.mark), [])
        } catch let error as YamlError {
            return (nil, [Self.diagnostic(for: error, path: path, lineOffset: lineOffset)])
        } catch {
            return (nil, [.error("could not read YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1))])
        }
    }

    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            return .error("invalid YAML: \(problem)\(detail)", at: SourceLocation(path: path, line: lineOffset + mark.line, column: mark.column))
        case .reader(let problem, _, _, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(path: path, line: lineOffset + 1))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }

    func location(of node: Node?) -> SourceLocation {
        let mark = node?.mark ?? mappingMark
        return SourceLocation(path: path, line: lineOffset + (mark?.line ?? 1), column: mark?.column ?? 1)
    }

    mutating func error(_ message: String, at node: Node?) {
        diagnostics.append(.error(message, at: location(of: node)))
    }

    mutating func warnAboutUnknownKeys(known: Set<String>, in what: String) {
        for key in mapping.keys where !known.contains(key.string ?? "") {
            diagnostics.append(.warning("unknown key '\(key.string ?? "?")' in \(what)", at: location(of: key)))
        }
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = values[key] else {
            if required { error("missing required key '\(key)'", at: nil) }
            return nil
        }
        guard case .scalar(let scalar) = node, node.null == nil else {
            error("'\(key)' must be text", at: node)
            return nil
        }
        if required && scalar.string.trimmingWhitespace.isEmpty {
            error("'\(key)' must not be empty", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func int(_ key: String) -> Int? {
        guard let node = values[key] else { return nil }
        guard let value = node.int else {
            error("'\(key)' must be a whole number", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = values[key] else { return nil }
        guard let value = node.bool else {
            error("'\(key)' must be true or false", at: node)
            return nil
        }
        return value
    }

    mutating func stringList(_ key: String) -> [String]? {
        guard let node = values[key] else { return nil }
        if let single = node.scalar?.string { return [single] }
        guard let sequence = node.sequence else {
            error("'\(key)' must be a list", at: node)
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard let value = item.scalar?.string else {
                error("items of '\(key)' must be text", at: item)
                continue
            }
            values.append(value)
        }
        return values
    }

    /// A nested mapping, read with the same file and offset.
    mutating func mapping(_ key: String) -> YAMLFields? {
        guard let node = values[key] else { return nil }
        guard case .mapping(let nested) = node else {
            error("'\(key)' must be a mapping of keys to values", at: node)
            return nil
        }
        return YAMLFields(path: path, lineOffset: lineOffset, mapping: nested, mappingMark: node.mark)
    }

    mutating func absorb(_ nested: YAMLFields) {
        diagnostics += nested.diagnostics
    }
}

extension StringProtocol {
    var trimmingWhitespace: SubSequence {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
