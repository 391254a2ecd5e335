/// What a template can show: text, a flag, a list or an object of named values.
///
/// Templates only ever see these four cases, so rendering needs no dynamic casts.
public enum TemplateValue: Sendable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Whether a section `{{#name}}` shows its content once. False, "", [] and missing
    /// values are false; a list shows its content once per item instead.
    var isTruthy: Bool {
        switch self {
        case .string(let text): return !text.isEmpty
        case .bool(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }

    subscript(name: String) -> TemplateValue? {
        if case .object(let values) = self { return values[name] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}

/// Named values, as `{{page.title}}` looks them up. A template object has a dozen names at
/// most, so a list searched in order beats hashing every name, when built and when read.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    private var entries: [(name: String, value: TemplateValue)] = []

    public init() {}

    /// Later values replace earlier ones of the same name.
    public init<Entries: Sequence>(_ entries: Entries) where Entries.Element == (String, TemplateValue) {
        for (name, value) in entries { self[name] = value }
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }

    /// The names, in the order they were first set.
    public var names: [String] { entries.map(\.name) }

    public subscript(name: String) -> TemplateValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            let index = entries.firstIndex { $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((name, value))
            case (nil, nil): break
            }
        }
    }
}

/// Functions a tag can apply to a value, as in `{{^empty(nav)}}`.
enum ValueTransform: String, CaseIterable, Sendable {
    case empty, count, first, last, reversed

    func apply(to value: TemplateValue?) -> TemplateValue? {
        switch (self, value) {
        case (.empty, let value): return .bool(!(value?.isTruthy ?? false))
        case (.count, .list(let items)?): return .string(String(items.count))
        case (.count, .string(let text)?): return .string(String(text.count))
        case (.first, .list(let items)?): return items.first
        case (.last, .list(let items)?): return items.last
        case (.reversed, .list(let items)?): return .list(items.reversed())
        default: return nil
        }
    }
}

/// Where an item of a list section stands: `{{#first()}}`, `{{index()}}`, …
enum PositionTransform: String, CaseIterable, Sendable {
    case first, last, index, even, odd

    func apply(index: Int, count: Int) -> TemplateValue {
        switch self {
        case .first: return .bool(index == 0)
        case .last: return .bool(index == count - 1)
        case .index: return .string(String(index))
        case .even: return .bool(index % 2 == 0)
        case .odd: return .bool(index % 2 == 1)
        }
    }
}
