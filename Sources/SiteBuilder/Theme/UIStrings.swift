import MustacheTemplates
import SiteCore
import Yams

/// One UI string: plain text, or one text per CLDR plural category.
enum UIString: Hashable, Sendable {
    case text(String)
    case plural([PluralCategory: String])

    var asTemplateValue: TemplateValue {
        switch self {
        case .text(let text): return .string(text)
        case .plural(let forms): return .object(TemplateObject(forms.map { ($0.key.rawValue, .string($0.value)) }))
        }
    }

    /// For JSONSerialization: a string, or the forms by category name.
    var jsonValue: Any {
        switch self {
        case .text(let text): return text
        case .plural(let forms): return Dictionary(uniqueKeysWithValues: forms.map { ($0.key.rawValue, $0.value) })
        }
    }
}

/// The theme's UI strings of every locale, with fallbacks already applied.
struct UIStrings: Sendable {
    /// Per locale, per dotted key.
    var byLocale: [String: [String: UIString]]

    func string(_ key: ThemeContract.UIString, locale: String) -> String {
        string(key.rawValue, locale: locale)
    }

    func html(_ key: ThemeContract.UIString, locale: String, _ values: [String: String] = [:]) -> String {
        html(key.rawValue, locale: locale, values)
    }

    /// By a key of the contract's, or of the rules widget's (`widget.…`).
    func string(_ key: String, locale: String) -> String {
        if case .text(let text)? = byLocale[locale]?[key] { return text }
        return key
    }

    /// Fills `{name}` placeholders. Values are HTML already; the pattern is escaped here.
    func html(_ key: String, locale: String, _ values: [String: String] = [:]) -> String {
        Placeholders.fill(HTMLText.escape(string(key, locale: locale)), with: values)
    }

    /// Nested dictionary for templates: `{{t.nav.home}}`.
    func templateValue(locale: String) -> TemplateValue {
        var root = TemplateObject()
        for (key, value) in byLocale[locale] ?? [:] {
            root = Self.inserting(value.asTemplateValue, at: key.split(separator: ".").map(String.init)[...], into: root)
        }
        return .object(root)
    }

    private static func inserting(_ value: TemplateValue, at path: ArraySlice<String>,
                                  into dictionary: TemplateObject) -> TemplateObject {
        var dictionary = dictionary
        guard let head = path.first else { return dictionary }
        if path.count == 1 {
            dictionary[head] = value
        } else {
            guard case .object(let inner)? = dictionary[head] ?? .object([:]) else { return dictionary }
            dictionary[head] = .object(inserting(value, at: path.dropFirst(), into: inner))
        }
        return dictionary
    }

    /// Reads `i18n/<code>.yaml` of every locale; fills gaps along each locale's fallback chain.
    static func load(_ files: [SourceFile], config: SiteConfig, themeFolder: String) -> (UIStrings, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var own: [String: [String: UIString]] = [:]
        for file in files {
            let name = file.path.split(separator: "/").last.map { String($0.dropLast(5)) } ?? ""
            guard config.locale(name) != nil else {
                diagnostics.append(.warning("UI strings for '\(name)', which is not a locale of the site", at: SourceLocation(path: file.path)))
                continue
            }
            guard let text = file.text else {
                diagnostics.append(.error("file is not valid UTF-8 text", at: SourceLocation(path: file.path, line: 1, column: 1)))
                continue
            }
            let (fields, errors) = YAMLFields.parse(text, path: file.path)
            diagnostics += errors
            guard let fields else { continue }
            // i18n/<code>.yaml and i18n/<part>/<code>.yaml (a widget's strings) merge into one table.
            flatten(fields.mapping, prefix: "", path: file.path, locale: name, into: &own[name, default: [:]], diagnostics: &diagnostics)
        }

        let defaultLocale = config.defaultLocale
        let defaultPath = "\(themeFolder)/i18n/\(defaultLocale).yaml"
        if own[defaultLocale] == nil {
            diagnostics.append(.error("the theme has no UI strings for the default locale '\(defaultLocale)'", at: SourceLocation(path: defaultPath)))
        }
        var resolved: [String: [String: UIString]] = [:]
        let allKeys = Set(own.values.flatMap(\.keys))
        for locale in config.locales {
            var strings = own[locale.code] ?? [:]
            for key in allKeys.sorted() where strings[key] == nil {
                let chain = config.fallbackChain(for: locale.code)
                guard let (from, value) = chain.lazy.compactMap({ code in own[code]?[key].map { (code, $0) } }).first else { continue }
                if own[locale.code] != nil {
                    diagnostics.append(.warning("UI string '\(key)' is missing; using the one of '\(from)'",
                                                at: SourceLocation(path: "\(themeFolder)/i18n/\(locale.code).yaml")))
                }
                strings[key] = value
            }
            if own[locale.code] == nil && locale.code != defaultLocale {
                diagnostics.append(.warning("no UI strings for locale '\(locale.code)'; using its fallbacks",
                                            at: SourceLocation(path: "\(themeFolder)/i18n/\(locale.code).yaml")))
            }
            resolved[locale.code] = strings
        }
        return (UIStrings(byLocale: resolved), diagnostics)
    }

    private static func flatten(_ mapping: Node.Mapping, prefix: String, path: String, locale: String,
                                into strings: inout [String: UIString], diagnostics: inout [Diagnostic]) {
        let rules = PluralRules(locale: locale)
        for (keyNode, value) in mapping {
            let key = prefix + (keyNode.string ?? "")
            let location = SourceLocation(path: path, line: keyNode.mark?.line ?? 0, column: keyNode.mark?.column ?? 0)
            switch value {
            case .scalar(let scalar):
                strings[key] = .text(scalar.string)
            case .mapping(let nested) where nested.keys.allSatisfy({ PluralCategory(rawValue: $0.string ?? "") != nil }):
                var forms: [PluralCategory: String] = [:]
                for (category, text) in nested {
                    forms[PluralCategory(rawValue: category.string!)!] = text.string ?? ""
                }
                if forms[.other] == nil {
                    diagnostics.append(.error("plural string '\(key)' needs an 'other' form", at: location))
                }
                for needed in rules.categories where forms[needed] == nil {
                    diagnostics.append(.warning("plural string '\(key)' has no '\(needed.rawValue)' form, which \(locale) needs", at: location))
                }
                for extra in forms.keys.sorted(by: { $0.rawValue < $1.rawValue }) where !rules.categories.contains(extra) {
                    diagnostics.append(.warning("plural string '\(key)' has a '\(extra.rawValue)' form, which \(locale) never uses", at: location))
                }
                strings[key] = .plural(forms)
            case .mapping(let nested):
                flatten(nested, prefix: key + ".", path: path, locale: locale, into: &strings, diagnostics: &diagnostics)
            default:
                diagnostics.append(.error("UI string '\(key)' must be text or a map of plural forms", at: location))
            }
        }
    }
}

/// What `UIStrings.load` gave, kept in the build cache: parsing a theme's YAML takes longer
/// than all the rest of a rebuild with nothing to do.
struct LoadedUIStrings: Sendable {
    /// Of what they were loaded from: the files, the configuration and the generator.
    var key: String
    var strings: UIStrings
    var diagnostics: [Diagnostic]
}

/// `{name}` placeholders in UI strings.
enum Placeholders {
    static func fill(_ pattern: String, with values: [String: String]) -> String {
        guard !values.isEmpty, pattern.contains("{") else { return pattern }
        var out = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                out += rest[open...]
                return out
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
