import SiteCore

/// Named templates that can include each other, ready to render.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]

    public init(_ templates: [String: Template]) {
        self.templates = templates
    }

    /// Renders the template `name` with `value` at the bottom of the context stack;
    /// nil when there is no such template.
    public func render(_ name: String, with value: TemplateValue) -> String? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(library: self, stack: [value])
        renderer.output.reserveCapacity(16_384)
        renderer.render(template.nodes)
        return renderer.output
    }

    /// A chain of partials or parents that leads back to where it started (which would render
    /// forever), as the names along it and the tag that closes it; nil when there is none.
    public func inclusionLoop() -> (names: [String], reference: TemplateReference)? {
        var finished: Set<String> = []
        var trail: [String] = []
        func visit(_ name: String) -> (names: [String], reference: TemplateReference)? {
            guard let template = templates[name], !finished.contains(name) else { return nil }
            trail.append(name)
            for reference in template.references where reference.kind != .value {
                if let start = trail.firstIndex(of: reference.name) {
                    return (Array(trail[start...]) + [reference.name], reference)
                }
                if let loop = visit(reference.name) { return loop }
            }
            trail.removeLast()
            finished.insert(name)
            return nil
        }
        for name in templates.keys.sorted() {
            if let loop = visit(name) { return loop }
        }
        return nil
    }

    subscript(name: String) -> Template? { templates[name] }

    /// The names of the templates.
    public var names: Dictionary<String, Template>.Keys { templates.keys }
}

/// One rendering: the context stack, the blocks that parents' children gave, and where
/// each list section is.
private struct Renderer {
    let library: TemplateLibrary
    var stack: [TemplateValue]
    /// Outermost first: the block a child template fills wins over its parents' fillings.
    var overrides: [[String: [TemplateNode]]] = []
    var positions: [(index: Int, count: Int)] = []
    /// What each line of the template being rendered starts with: the whitespace of standalone partials and blocks.
    var indentation = ""
    var output = ""

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .lineStart:
                // Mid-line (a block shown after text on its line) the line already has its start.
                if !indentation.isEmpty, output.utf8.last == UInt8(ascii: "\n") || output.isEmpty { output += indentation }
            case .value(let path, let escaped):
                switch resolve(path) {
                case .string(let text)?:
                    if escaped { HTMLText.append(text, to: &output) } else { output += text }
                case .bool(let flag)?:
                    output += flag ? "true" : "false"
                case .list?, .object?, nil:
                    break
                }
            case .section(let path, let content, let inverted):
                section(resolve(path), content, inverted: inverted)
            case .partial(let name, let indentation):
                guard let template = library[name] else { continue }
                indented(by: indentation) { $0.render(template.nodes) }
            case .parent(let name, let blocks, let indentation):
                guard let template = library[name] else { continue }
                overrides.append(blocks)
                indented(by: indentation) { $0.render(template.nodes) }
                overrides.removeLast()
            case .block(let name, let defaultContent, let indentation):
                let content = overrides.lazy.compactMap { $0[name] }.first ?? defaultContent
                indented(by: indentation) { $0.render(content) }
            }
        }
    }

    private mutating func section(_ value: TemplateValue?, _ content: [TemplateNode], inverted: Bool) {
        guard let value, value.isTruthy else {
            if inverted { render(content) }
            return
        }
        guard !inverted else { return }
        switch value {
        case .list(let items):
            for (index, item) in items.enumerated() {
                stack.append(item)
                positions.append((index, items.count))
                render(content)
                positions.removeLast()
                stack.removeLast()
            }
        case .bool:
            render(content)
        case .string, .object:
            stack.append(value)
            render(content)
            stack.removeLast()
        }
    }

    /// Renders another template's lines (or a block's) with more indentation; a partial inside
    /// a line (`nil`) starts from none, as its lines are not the template's.
    private mutating func indented(by more: String?, _ body: (inout Renderer) -> Void) {
        let outer = indentation
        indentation = more.map { outer + $0 } ?? ""
        body(&self)
        indentation = outer
    }

    /// The first name is looked up from the top of the stack down; the rest inside what it found.
    private func resolve(_ path: ValuePath) -> TemplateValue? {
        var value: TemplateValue?
        switch path.lookup {
        case .current:
            value = stack.last
        case .position(let position):
            value = positions.last.map { position.apply(index: $0.index, count: $0.count) }
        case .names(let names):
            for frame in stack.reversed() {
                if case .object(let values) = frame, let found = values[names[0]] {
                    value = found
                    break
                }
            }
            for name in names.dropFirst() { value = value?[name] }
        }
        return path.transform.map { $0.apply(to: value) } ?? value
    }
}
