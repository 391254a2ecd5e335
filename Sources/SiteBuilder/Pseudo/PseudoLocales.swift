import SiteCore
import Yams

/// `--pseudo`: adds the pseudo-locales to a build, made from the default locale.
enum PseudoLocales {
    /// The site's locales plus `en-XA` and `ar-XB`, which fall back to the default locale.
    static func adding(to config: SiteConfig) -> SiteConfig {
        var config = config
        let name = config.locale(config.defaultLocale)?.name ?? config.defaultLocale
        for pseudo in PseudoLocale.all where config.locale(pseudo.code) == nil {
            config.locales.append(LocaleInfo(code: pseudo.code, name: pseudo.transform(name), lang: pseudo.code,
                                             direction: pseudo.direction, fallback: [config.defaultLocale]))
        }
        return config
    }

    /// `pages` plus a pseudo-translation of every default-locale page; adds pseudo UI strings beside the theme's own.
    static func adding(to pages: [SourcePage], sources: inout SiteSources, config: SiteConfig) -> [SourcePage] {
        let originals = pages.filter { $0.path.locale == config.defaultLocale }
        let stringFiles = sources.themeStrings.filter { $0.path.hasSuffix("/\(config.defaultLocale).yaml") }
        var all = pages
        for pseudo in PseudoLocale.all where config.locale(pseudo.code) != nil {
            all += originals.map { page(from: $0, in: pseudo) }
            sources.themeStrings += stringFiles.compactMap { strings(from: $0, in: pseudo, defaultLocale: config.defaultLocale) }
        }
        return all
    }

    /// A translation that is complete, current and reviewed, so it raises no notices or warnings.
    private static func page(from source: SourcePage, in pseudo: PseudoLocale) -> SourcePage {
        var frontMatter = source.frontMatter
        frontMatter.title = pseudo.transform(frontMatter.title)
        frontMatter.description = frontMatter.description.map(pseudo.transform)
        frontMatter.translation = TranslationInfo(source: "\(source.path.locale)/\(source.path.relative)",
                                                  sourceHash: source.bodyHash, method: .human, reviewed: true)
        let document = source.document.pseudo(pseudo)
        return SourcePage(path: ContentPath(locale: pseudo.code, relative: source.path.relative), frontMatter: frontMatter,
                          outline: PageOutline(document), bodyHash: source.bodyHash,
                          fileHash: StableHash.hex([source.fileHash, pseudo.code]), body: source.body,
                          bodyFirstLine: source.bodyFirstLine, parsed: document, warnings: [])
    }

    /// `i18n/en.yaml` → `i18n/en-XA.yaml` with every string transformed; nil when the file does not parse
    /// (the theme's own check reports that).
    private static func strings(from file: SourceFile, in pseudo: PseudoLocale, defaultLocale: String) -> SourceFile? {
        guard let text = file.text, let node = try? Yams.compose(yaml: text),
              let yaml = try? Yams.serialize(node: transform(node, pseudo), allowUnicode: true) else { return nil }
        let path = String(file.path.dropLast("\(defaultLocale).yaml".count)) + "\(pseudo.code).yaml"
        return SourceFile(path: path, bytes: Array(yaml.utf8))
    }

    private static func transform(_ node: Node, _ pseudo: PseudoLocale) -> Node {
        switch node {
        case .scalar(let scalar):
            return .scalar(Node.Scalar(pseudo.transform(scalar.string), .implicit, .doubleQuoted))
        case .mapping(let mapping):
            var pairs = mapping.map { ($0.key, transform($0.value, pseudo)) }
            // A plural string gets every form the pseudo-locale's language asks for, copied from `other`.
            let keys = pairs.compactMap { $0.0.string }
            if keys.allSatisfy({ PluralCategory(rawValue: $0) != nil }), let other = pairs.first(where: { $0.0.string == "other" })?.1 {
                for category in PluralRules(locale: pseudo.code).categories where !keys.contains(category.rawValue) {
                    pairs.append((Node(category.rawValue), other))
                }
            }
            return .mapping(Node.Mapping(pairs))
        default:
            return node
        }
    }
}

extension BuildOptions {
    /// The codes `--pseudo` adds, for commands that narrow a build with `--locale`.
    public static let pseudoLocaleCodes = PseudoLocale.all.map(\.code)
}
