/// The names templates may look up and the shape of each value: a theme's templates are
/// checked against it when they load, so a misspelt name is an error, never an empty string.
public indirect enum TemplateSchema: Sendable {
    /// Text (or a flag printed as a word).
    case text
    /// `true` or `false`, for sections.
    case flag
    /// A list: a section repeats for each item, which has this shape.
    case list(TemplateSchema)
    /// Named values.
    case object([String: TemplateSchema])
    /// Named values that are checked another way (a theme's UI strings).
    case unchecked
}

/// A name a template uses that its schema does not have, and where.
public struct TemplateNameProblem: Sendable, Hashable {
    public let template: String
    public let line: Int
    public let column: Int
    public let message: String
}

extension TemplateLibrary {
    /// Follows the templates from `roots` as rendering does (a partial sees the names around
    /// its tag, a block's content those where it shows), then any template no root reaches,
    /// and reports each name `schema` does not have.
    public func unknownNames(roots: [String], schema: TemplateSchema) -> [TemplateNameProblem] {
        var checker = NameChecker(library: self, scopes: [schema])
        for root in roots { checker.include(root) }
        for name in names.sorted() where !checker.reached.contains(name) { checker.include(name) }
        return checker.problems
    }
}

private struct NameChecker {
    let library: TemplateLibrary
    var scopes: [TemplateSchema]
    var overrides: [(template: String, blocks: [String: [TemplateNode]])] = []
    var active: [String] = []
    var reached: Set<String> = []
    var problems: [TemplateNameProblem] = []
    private var seen: Set<TemplateNameProblem> = []

    init(library: TemplateLibrary, scopes: [TemplateSchema]) {
        self.library = library
        self.scopes = scopes
    }

    /// A loop of includes stops at its second visit; theme loading reports the loop itself.
    mutating func include(_ name: String) {
        guard let template = library[name], !active.contains(name) else { return }
        reached.insert(name)
        active.append(name)
        walk(template.nodes, in: name)
        active.removeLast()
    }

    private mutating func walk(_ nodes: [TemplateNode], in template: String) {
        for node in nodes {
            switch node {
            case .text, .lineStart:
                break
            case .value(let path, _):
                _ = resolve(path, in: template)
            case .section(let path, let content, let inverted):
                let item = resolve(path, in: template).flatMap { inverted ? nil : Self.pushed(by: $0) }
                if let item { scopes.append(item) }
                walk(content, in: template)
                if item != nil { scopes.removeLast() }
            case .partial(let name, _):
                include(name)
            case .parent(let name, let blocks, _):
                overrides.append((template, blocks))
                include(name)
                overrides.removeLast()
            case .block(let name, let defaultContent, _):
                if let filled = overrides.lazy.compactMap({ entry in entry.blocks[name].map { (entry.template, $0) } }).first {
                    walk(filled.1, in: filled.0)
                }
                walk(defaultContent, in: template)
            }
        }
    }

    /// What a section over a value of this shape puts on the stack; a flag puts nothing.
    private static func pushed(by schema: TemplateSchema) -> TemplateSchema? {
        switch schema {
        case .list(let item): return item
        case .flag: return nil
        case .text, .object, .unchecked: return schema
        }
    }

    private mutating func resolve(_ path: ValuePath, in template: String) -> TemplateSchema? {
        let found: TemplateSchema?
        switch path.lookup {
        case .current: found = scopes.last
        case .position(let position): found = position == .index ? .text : .flag
        case .names(let names): found = resolve(names, path: path, in: template)
        }
        guard let transform = path.transform, let found else { return found }
        switch (transform, found) {
        case (.empty, _): return .flag
        case (.count, _): return .text
        case (.first, .list(let item)), (.last, .list(let item)): return item
        case (.reversed, .list): return found
        default:
            report("\(transform.rawValue)(\(path.name)) needs a list, and '\(path.name)' is not one", at: path, in: template)
            return nil
        }
    }

    private mutating func resolve(_ names: [String], path: ValuePath, in template: String) -> TemplateSchema? {
        var fields: [String: TemplateSchema] = [:]
        for case .object(let scope) in scopes.reversed() { fields.merge(scope) { inner, _ in inner } }
        if scopes.reversed().contains(where: { if case .unchecked = $0 { true } else { false } }) { return nil }
        guard var schema = fields[names[0]] else {
            report(Self.unknown(names[0], among: fields.keys), at: path, in: template)
            return nil
        }
        for (depth, name) in names.enumerated().dropFirst() {
            let before = names[..<depth].joined(separator: ".")
            switch schema {
            case .object(let inner):
                guard let next = inner[name] else {
                    report(Self.unknown("\(before).\(name)", among: inner.keys.map { "\(before).\($0)" }), at: path, in: template)
                    return nil
                }
                schema = next
            case .list:
                report("'\(before)' is a list: use its items' names inside {{#\(before)}}…{{/\(before)}}", at: path, in: template)
                return nil
            case .text, .flag:
                report("'\(before)' is a single value and has no '\(name)'", at: path, in: template)
                return nil
            case .unchecked:
                return nil
            }
        }
        return schema
    }

    private mutating func report(_ message: String, at path: ValuePath, in template: String) {
        let problem = TemplateNameProblem(template: template, line: path.line, column: path.column, message: message)
        if seen.insert(problem).inserted { problems.append(problem) }
    }

    static func unknown<Names: Sequence<String>>(_ name: String, among names: Names) -> String {
        if let near = NearestName.find(name, among: names) { return "unknown name '\(name)' (did you mean '\(near)'?)" }
        return "unknown name '\(name)'; here a template can use: \(names.sorted().joined(separator: ", "))"
    }
}

/// The closest of a few names to a misspelt one, if any is close enough to be what was meant.
public enum NearestName {
    public static func find<Names: Sequence<String>>(_ name: String, among names: Names) -> String? {
        let lowered = Array(name.lowercased())
        let scored = names.map { candidate in (candidate, distance(lowered, Array(candidate.lowercased()))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(1, lowered.count / 3) else { return nil }
        return best.0
    }

    /// Edits (insert, delete, replace, swap of neighbours) that turn `a` into `b`.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var rows = [Array(0...b.count), Array(repeating: 0, count: b.count + 1), Array(repeating: 0, count: b.count + 1)]
        for i in 1...a.count {
            let (previous, current, older) = ((i + 2) % 3, i % 3, (i + 1) % 3)
            rows[current][0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(rows[previous][j] + 1, rows[current][j - 1] + 1, rows[previous][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, rows[older][j - 2] + 1) }
                rows[current][j] = best
            }
        }
        return rows[a.count % 3][b.count]
    }
}
