import SiteCore
import Yams

/// `site.yaml` → `SiteConfig`.
enum ConfigParser {
    static let fileName = "site.yaml"
    private static let topKeys: Set<String> = ["baseURL", "defaultLocale", "theme", "locales", "title"]
    private static let localeKeys: Set<String> = ["code", "name", "lang", "direction", "fallback"]

    static func parse(_ text: String, path: String = fileName) -> (SiteConfig?, [Diagnostic]) {
        let (parsed, syntaxErrors) = YAMLFields.parse(text, path: path)
        guard var fields = parsed else { return (nil, syntaxErrors) }
        fields.warnAboutUnknownKeys(known: topKeys, in: path)

        let baseURL = fields.string("baseURL", required: true)
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            fields.error("'baseURL' must be an absolute http(s) URL, like https://example.org/", at: fields.mapping["baseURL"])
        }
        let defaultLocale = fields.string("defaultLocale", required: true)
        let theme = fields.string("theme", required: true)
        if let theme, URLRules.problem(withSlug: theme) != nil {
            fields.error("'theme' must be the name of a folder in themes/", at: fields.mapping["theme"])
        }

        var locales: [LocaleInfo] = []
        if let node = fields.mapping["locales"] {
            if let items = node.sequence, !items.isEmpty {
                for item in items {
                    if let locale = parseLocale(item, in: &fields) { locales.append(locale) }
                }
            } else {
                fields.error("'locales' must be a non-empty list of locales", at: node)
            }
        } else {
            fields.error("missing required key 'locales'", at: nil)
        }

        checkReferences(locales: locales, defaultLocale: defaultLocale, fields: &fields)

        guard !fields.diagnostics.hasErrors, let baseURL, let defaultLocale, let theme else {
            return (nil, fields.diagnostics)
        }
        return (SiteConfig(baseURL: baseURL, defaultLocale: defaultLocale, theme: theme, locales: locales), fields.diagnostics)
    }

    private static func parseLocale(_ node: Node, in fields: inout YAMLFields) -> LocaleInfo? {
        guard case .mapping(let mapping) = node else {
            fields.error("each locale must be a mapping with at least 'code' and 'name'", at: node)
            return nil
        }
        var locale = YAMLFields(path: fields.path, lineOffset: fields.lineOffset, mapping: mapping, mappingMark: node.mark)
        defer { fields.absorb(locale) }
        locale.warnAboutUnknownKeys(known: localeKeys, in: "a locale")
        let code = locale.string("code", required: true)
        let name = locale.string("name", required: true)
        let lang = locale.string("lang")
        let fallback = locale.stringList("fallback") ?? []
        var direction: TextDirection?
        if let raw = locale.string("direction") {
            direction = TextDirection(rawValue: raw)
            if direction == nil { locale.error("'direction' must be ltr or rtl", at: mapping["direction"]) }
        }
        if let code, code.contains(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }) {
            locale.error("locale code '\(code)' may hold only ASCII letters, digits and '-'", at: mapping["code"])
            return nil
        }
        guard let code, let name else { return nil }
        return LocaleInfo(code: code, name: name, lang: lang, direction: direction, fallback: fallback)
    }

    private static func checkReferences(locales: [LocaleInfo], defaultLocale: String?, fields: inout YAMLFields) {
        let codes = locales.map(\.code)
        var seen: Set<String> = []
        for code in codes where !seen.insert(code).inserted {
            fields.error("locale '\(code)' is listed twice", at: fields.mapping["locales"])
        }
        if let defaultLocale, !codes.isEmpty, !codes.contains(defaultLocale) {
            fields.error("defaultLocale '\(defaultLocale)' is not one of the locales (\(codes.joined(separator: ", ")))", at: fields.mapping["defaultLocale"])
        }
        for locale in locales {
            for target in locale.fallback where !codes.contains(target) {
                fields.error("locale '\(locale.code)' falls back to '\(target)', which is not one of the locales", at: fields.mapping["locales"])
            }
        }
    }
}
