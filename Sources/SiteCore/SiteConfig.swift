/// Reading direction of a script.
public enum TextDirection: String, Sendable, Hashable {
    case ltr, rtl

    /// Languages written right to left, by their primary BCP 47 subtag.
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "ku", "prs", "ps", "sd", "ug", "ur", "yi",
    ]

    /// The direction of a language tag such as `ar`, `fa-AF` or `prs`.
    public init(languageTag: String) {
        let primary = languageTag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        self = Self.rightToLeftLanguages.contains(primary) ? .rtl : .ltr
    }
}

/// One language of the site, as `site.yaml` describes it.
public struct LocaleInfo: Hashable, Sendable {
    /// URL segment and folder name under `content/`.
    public var code: String
    /// The language's own name ("Nederlands", "العربية").
    public var name: String
    /// BCP 47 tag for `lang=`, `hreflang` and `Intl`.
    public var lang: String
    public var direction: TextDirection
    /// Locales whose pages stand in for missing ones, in order.
    public var fallback: [String]

    public init(code: String, name: String, lang: String? = nil, direction: TextDirection? = nil, fallback: [String] = []) {
        self.code = code
        self.name = name
        self.lang = lang ?? code
        self.direction = direction ?? TextDirection(languageTag: lang ?? code)
        self.fallback = fallback
    }
}

/// The whole of `site.yaml`.
public struct SiteConfig: Hashable, Sendable {
    /// Absolute base URL, always ending in `/`.
    public var baseURL: String
    public var defaultLocale: String
    public var theme: String
    public var locales: [LocaleInfo]

    public init(baseURL: String, defaultLocale: String, theme: String, locales: [LocaleInfo]) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.defaultLocale = defaultLocale
        self.theme = theme
        self.locales = locales
    }

    public func locale(_ code: String) -> LocaleInfo? {
        locales.first { $0.code == code }
    }

    /// The locales to try, in order, when a page or string is missing in `code`:
    /// its own fallbacks, then the default locale; each once, never itself.
    public func fallbackChain(for code: String) -> [String] {
        var chain: [String] = []
        let declared = locale(code)?.fallback ?? []
        for candidate in declared + [defaultLocale] where candidate != code && !chain.contains(candidate) {
            chain.append(candidate)
        }
        return chain
    }
}
