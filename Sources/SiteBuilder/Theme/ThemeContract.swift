import MustacheTemplates
import SiteCore

/// What a theme's templates may use, declared once: theme loading checks every template
/// against it, docs/themes.md is generated from it (`WEGWIJS_RECORD=1 swift test --filter
/// ThemeContractTests`), and a test checks that the pages provide exactly these names.
///
/// To give templates a new value, add its line here and set it where pages get their values
/// (PageContext, SiteRenderer); a list's item names are `list[].name`.
enum ThemeContract {
    static let variables: [ThemeVariable] = [
        .text("lang", "the page's BCP 47 language tag"),
        .text("dir", "`ltr` or `rtl`"),
        .object("locale", "the page's locale"),
        .text("locale.code", "its code in site.yaml (`en`, `prs`)"),
        .text("locale.name", "its name in its own language"),
        .strings("t", "the UI strings of the locale, nested (`{{t.nav.home}}`)"),
        .assets("assets", "URL of a theme asset: `style.css` is `{{assets.style_css}}`"),
        .text("csp", "the page's Content-Security-Policy (put it in a `<meta http-equiv>`)"),
        .text("homeURL", "the locale's home page"),
        .text("rootURL", "the site's root"),
        .list("nav", "the top level of the locale"),
        .text("nav[].title", "the page's title"),
        .text("nav[].url", "its URL"),
        .text("nav[].lang", "the language of its title"),
        .text("nav[].dir", "the direction of its title"),
        .flag("nav[].isCurrent", "the page shown is this one or one below it"),
        .flag("nav[].isCurrentPage", "the page shown is this one"),
        .list("translations", "this page in every locale (on 404 pages: each locale's 404 page)"),
        .text("translations[].name", "the locale's name in its own language"),
        .text("translations[].lang", "its BCP 47 tag"),
        .text("translations[].dir", "its direction"),
        .text("translations[].code", "its code"),
        .text("translations[].url", "this page in that locale"),
        .flag("translations[].isCurrent", "the locale of the page shown"),
        .list("alternates", "every real translation, and `x-default`, for `<link rel=\"alternate\">`"),
        .text("alternates[].hreflang", "the translation's BCP 47 tag, or `x-default`"),
        .text("alternates[].href", "its absolute URL"),
        .list("locales", "on the chooser and the root 404 page: every locale, in its own language"),
        .text("locales[].code", "the locale's code"),
        .text("locales[].name", "its name"),
        .text("locales[].lang", "its BCP 47 tag"),
        .text("locales[].dir", "its direction"),
        .text("locales[].url", "its home page"),
        .text("locales[].title", "the chooser's title (`chooser.title`) in that language"),
        .text("locales[].intro", "the chooser's introduction (`chooser.intro`) in that language"),
        .object("page", "the page shown (on 404 pages and the chooser: `title`, `kind`, and on the chooser `canonical`)"),
        .text("page.title", "from the front matter"),
        .text("page.description", "from the front matter, or empty"),
        .text("page.kind", "`home`, `section`, `page`, `404` or `chooser`"),
        .html("page.content", "the page's HTML (use `{{{page.content}}}`)"),
        .text("page.url", "the page itself (`./`)"),
        .text("page.canonical", "absolute URL (a fallback page points at the page it shows)"),
        .flag("page.isFallback", "the text shown is another locale's, as this locale has no translation"),
        .text("page.contentLang", "the language of the text shown, which differs from `lang` on a fallback page"),
        .text("page.contentDir", "its direction"),
        .list("page.notices", "the fallback notice and how the text was translated"),
        .html("page.notices[].html", "the notice (escaped already)"),
        .text("page.notices[].lang", "its language"),
        .text("page.notices[].dir", "its direction"),
        .flag("page.hasNotices", "there are notices"),
        .list("page.breadcrumbs", "from the home page down to the page's parent"),
        .text("page.breadcrumbs[].title", "the page's title"),
        .text("page.breadcrumbs[].url", "its URL"),
        .text("page.breadcrumbs[].lang", "the language of its title"),
        .text("page.breadcrumbs[].dir", "its direction"),
        .list("page.children", "the pages below a home or section page"),
        .text("page.children[].title", "the page's title"),
        .text("page.children[].description", "its description, or empty"),
        .text("page.children[].url", "its URL"),
        .text("page.children[].lang", "the language of its title"),
        .text("page.children[].dir", "its direction"),
        .flag("page.children[].isSection", "it is a section, with pages below it"),
        .list("page.toc", "the `h2` headings, for an \"On this page\" list"),
        .text("page.toc[].id", "the heading's id"),
        .text("page.toc[].text", "its text"),
        .flag("page.hasTableOfContents", "there are two or more headings"),
        .list("page.sources", "the official sources the page cites (a translation without its own shows its source page's)"),
        .text("page.sources[].title", "the source's title"),
        .text("page.sources[].url", "its URL"),
        .flag("page.hasSources", "the page cites at least one source"),
        .text("page.sourcesHeading", "\"Sources, last checked on …\" in the reader's language, or \"Sources\" without a date"),
        .object("directive", "in a directive template (`templates/directives/<name>.mustache`)"),
        .text("directive.body", "the fenced block's text"),
        .html("directive.summary", "`rules`: the widget's answer without JavaScript"),
        .html("directive.data", "`rules`: the widget's data, JSON for a `<script type=\"application/json\">`"),
        .html("directive.script", "`rules`: the widget's code, for a `<script type=\"module\">`"),
    ]

    /// Templates every theme has, one per kind of page.
    static let pageTemplates: [(name: String, meaning: String)] = [
        ("home", "a locale's home page"),
        ("section", "a page with pages below it (`_index.md`)"),
        ("page", "any other page"),
        ("404", "each locale's 404 page, and the root one in the default locale"),
        ("chooser", "the language chooser at the site's root"),
    ]

    /// The UI strings the generator itself shows, besides those the templates use: the code
    /// can ask UIStrings for no other (the rules widget's aside, under `widget.`).
    enum UIString: String, CaseIterable, Sendable {
        case fallbackNotice = "notice.fallback"
        case machineTranslationNotice = "notice.machineTranslation"
        case unreviewedTranslationNotice = "notice.unreviewedTranslation"
        case notFoundTitle = "notFound.title"
        case chooserTitle = "chooser.title"
        case chooserIntro = "chooser.intro"
        case externalLink = "link.external"
        case sourcesTitle = "sources.title"
        case sourcesChecked = "sources.checked"
        case dateFormat = "date.format"
        case dateDigits = "date.digits"

        var meaning: String {
            switch self {
            case .fallbackNotice: return "a fallback page's notice; `{language}` and `{fallbackLanguage}` are filled in"
            case .machineTranslationNotice: return "above a machine translation not yet reviewed"
            case .unreviewedTranslationNotice: return "above a human translation not yet reviewed"
            case .notFoundTitle: return "the 404 pages' `page.title`"
            case .chooserTitle: return "the chooser's `page.title`, and each locale's `locales[].title`"
            case .chooserIntro: return "each locale's `locales[].intro`"
            case .externalLink: return "after a link to another website, for screen readers"
            case .sourcesTitle: return "`page.sourcesHeading` when the page gives no `checked` date"
            case .sourcesChecked: return "`page.sourcesHeading`; `{date}` is filled in"
            case .dateFormat: return "a date, with `{day}`, `{month}` (from `date.month.1` … `date.month.12`) and `{year}`"
            case .dateDigits: return "the locale's ten digits, 0 to 9, for the numbers in dates"
            }
        }
    }

    /// The rules widget's UI strings all start with this.
    static let widgetStringPrefix = "widget."

    /// Every UI string the generator shows, with the rules widget's as one entry.
    static var strings: [(key: String, meaning: String)] {
        UIString.allCases.map { ($0.rawValue, $0.meaning) } + [("\(widgetStringPrefix)*", "the rules widget's texts")]
    }

    /// The names and shapes templates are checked against, with the theme's own UI strings
    /// and assets as `t` and `assets`.
    static func schema(assetKeys: [String]) -> TemplateSchema {
        var root = ShapeTree()
        for variable in variables { root.insert(variable, at: variable.path.split(separator: ".").map(String.init)[...]) }
        return root.schema(assetKeys: assetKeys)
    }
}

/// One name in the contract: `page.title`, or `nav[].url` for the `url` of each item of `nav`.
struct ThemeVariable: Sendable {
    enum Shape: String, Sendable {
        case text, html, flag, list, object
        /// The theme's UI strings, checked against its default locale's file.
        case strings
        /// The theme's assets, by `templateKey`.
        case assets
    }

    let path: String
    let shape: Shape
    let meaning: String

    static func text(_ path: String, _ meaning: String) -> Self { Self(path: path, shape: .text, meaning: meaning) }
    static func html(_ path: String, _ meaning: String) -> Self { Self(path: path, shape: .html, meaning: meaning) }
    static func flag(_ path: String, _ meaning: String) -> Self { Self(path: path, shape: .flag, meaning: meaning) }
    static func list(_ path: String, _ meaning: String) -> Self { Self(path: path, shape: .list, meaning: meaning) }
    static func object(_ path: String, _ meaning: String) -> Self { Self(path: path, shape: .object, meaning: meaning) }
    static func strings(_ path: String, _ meaning: String) -> Self { Self(path: path, shape: .strings, meaning: meaning) }
    static func assets(_ path: String, _ meaning: String) -> Self { Self(path: path, shape: .assets, meaning: meaning) }
}

/// The flat list of names as the tree templates look names up in.
private struct ShapeTree {
    var shape: ThemeVariable.Shape = .object
    var fields: [String: ShapeTree] = [:]

    mutating func insert(_ variable: ThemeVariable, at path: ArraySlice<String>) {
        guard var name = path.first else { return shape = variable.shape }
        // `nav[]` is the items of `nav`: their names are the list's fields.
        if name.hasSuffix("[]") { name.removeLast(2) }
        fields[name, default: ShapeTree()].insert(variable, at: path.dropFirst())
    }

    func schema(assetKeys: [String]) -> TemplateSchema {
        switch shape {
        case .text, .html: return .text
        case .flag: return .flag
        case .strings: return .unchecked
        case .assets: return .object(Dictionary(assetKeys.map { ($0, .text) }) { first, _ in first })
        case .object: return .object(fields.mapValues { $0.schema(assetKeys: assetKeys) })
        case .list: return .list(fields.isEmpty ? .text : .object(fields.mapValues { $0.schema(assetKeys: assetKeys) }))
        }
    }
}

extension ThemeContract {
    /// Every name the templates use that the contract lacks, at its template's file, line and
    /// column. Page and directive templates are followed into their partials and parents.
    static func check(_ library: TemplateLibrary, paths: [String: String], assetKeys: [String]) -> [Diagnostic] {
        let roots = pageTemplates.map(\.name) + library.names.filter { $0.hasPrefix("directives/") }.sorted()
        return library.unknownNames(roots: roots, schema: schema(assetKeys: assetKeys)).map { problem in
            .error(problem.message, at: SourceLocation(path: paths[problem.template] ?? problem.template,
                                                                          line: problem.line, column: problem.column))
        }
    }
}
