import Mustache
import SiteCore

/// A theme ready to render: parsed templates, UI strings and fingerprinted assets.
struct Theme: Sendable {
    /// Templates every theme must have, one per kind of page.
    static let requiredTemplates = ["home", "section", "page", "404", "chooser"]

    var library: MustacheLibrary
    var templateNames: Set<String>
    var strings: UIStrings
    /// `style.css` → `assets/style.1a2b3c4d5e.css`, for templates as `{{assets.style_css}}`.
    var assets: [ThemeAsset]
    /// `scripts/<name>.js` by file name: code that pages embed inline, so a CSP hash can name it.
    var scripts: [String: SourceFile]

    /// Names of the directives the theme can render (`templates/directives/<name>.mustache`).
    var directiveNames: Set<String> {
        Set(templateNames.filter { $0.hasPrefix("directives/") }.map { String($0.dropFirst("directives/".count)) })
    }

    static func load(_ sources: SiteSources, config: SiteConfig, themesFolderName: String) -> (Theme?, [Diagnostic]) {
        let folder = "\(themesFolderName)/\(config.theme)"
        guard sources.themeFound else {
            return (nil, [.error("theme '\(config.theme)' not found: there is no folder \(folder)", at: SourceLocation(path: ConfigParser.fileName))])
        }
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names: Set<String> = []
        var references: [(file: SourceFile, text: String)] = []
        let templatePrefix = "\(folder)/templates/"
        for file in sources.themeTemplates {
            let name = String(file.path.dropFirst(templatePrefix.count).dropLast(".mustache".count))
            guard let text = file.text else {
                diagnostics.append(.error("file is not valid UTF-8 text", at: SourceLocation(path: file.path, line: 1, column: 1)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                names.insert(name)
                references.append((file, text))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template syntax: \(describe(error.error))",
                                          at: SourceLocation(path: file.path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template could not be read: \(error)", at: SourceLocation(path: file.path, line: 1)))
            }
        }
        for required in requiredTemplates where !names.contains(required) && !diagnostics.hasErrors {
            diagnostics.append(.error("theme has no '\(required)' template (\(templatePrefix)\(required).mustache)", at: SourceLocation(path: folder)))
        }

        let (strings, stringDiagnostics) = UIStrings.load(sources.themeStrings, config: config, themeFolder: folder)
        diagnostics += stringDiagnostics
        for (file, text) in references {
            diagnostics += TemplateReferences.check(text, path: file.path, templates: names,
                                                    strings: strings.byLocale[config.defaultLocale] ?? [:],
                                                    defaultStringsPath: "\(folder)/i18n/\(config.defaultLocale).yaml")
        }

        let assets = sources.themeAssets.map { ThemeAsset(file: $0, prefix: "\(folder)/assets/") }
        let scriptPrefix = "\(folder)/scripts/"
        let scripts = Dictionary(uniqueKeysWithValues: sources.themeScripts.map { (String($0.path.dropFirst(scriptPrefix.count)), $0) })
        return (Theme(library: library, templateNames: names, strings: strings, assets: assets, scripts: scripts), diagnostics)
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with a name that does not match its opening tag"
        case .unfinishedName?: return "a tag is not closed"
        case .expectedSectionEnd?: return "a section is opened but never closed"
        case .invalidSetDelimiter?: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}

/// A file from the theme's `assets/`, published under a name that changes when its content does.
struct ThemeAsset: Sendable {
    var outputPath: String
    var bytes: [UInt8]
    /// `style.css` → `style_css`: a name Mustache can look up.
    var templateKey: String

    init(file: SourceFile, prefix: String) {
        let relative = String(file.path.dropFirst(prefix.count))
        let hash = SHA256.hex(file.bytes, length: 10)
        if let dot = relative.lastIndex(of: "."), !relative[..<dot].hasSuffix("/") {
            outputPath = "assets/\(relative[..<dot]).\(hash)\(relative[dot...])"
        } else {
            outputPath = "assets/\(relative).\(hash)"
        }
        bytes = file.bytes
        templateKey = String(relative.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}

/// Checks what templates refer to: partials that exist, UI strings the default locale defines.
enum TemplateReferences {
    static func check(_ text: String, path: String, templates: Set<String>, strings: [String: UIString],
                      defaultStringsPath: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.firstRange(of: "{{") {
                guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
                let tag = rest[open.upperBound..<close.lowerBound]
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                let location = SourceLocation(path: path, line: lineIndex + 1, column: column)
                var name = tag.drop { "#^/{&!<>$ ".contains($0) }.prefix { !" }".contains($0) }
                if tag.hasPrefix(">") || tag.hasPrefix("<") {
                    if !templates.contains(String(name)) {
                        diagnostics.append(.error("template refers to a partial '\(name)' that does not exist", at: location))
                    }
                } else if !tag.hasPrefix("!"), name.hasPrefix("t.") {
                    name = name.dropFirst(2)
                    if strings[String(name)] == nil && !strings.keys.contains(where: { $0.hasPrefix("\(name).") }) {
                        diagnostics.append(.error("template uses UI string '\(name)', which \(defaultStringsPath) does not define", at: location))
                    }
                }
                rest = rest[close.upperBound...]
            }
        }
        return diagnostics
    }
}
