import MustacheTemplates
import SiteCore

/// A theme ready to render: parsed templates, UI strings and fingerprinted assets.
struct Theme: Sendable {
    var templates: TemplateLibrary
    var templateNames: Set<String>
    var strings: UIStrings
    /// `style.css` → `assets/style.1a2b3c4d5e.css`, for templates as `{{assets.style_css}}`.
    var assets: [ThemeAsset]

    /// Names of the directives the theme can render (`templates/directives/<name>.mustache`).
    var directiveNames: Set<String> {
        Set(templateNames.filter { $0.hasPrefix("directives/") }.map { String($0.dropFirst("directives/".count)) })
    }

    /// `keptStrings`, when given, are the UI strings as the last build loaded them from the same
    /// files; otherwise they are loaded and given `stringsKey`.
    static func load(_ sources: SiteSources, config: SiteConfig, themesFolderName: String,
                     keptStrings: LoadedUIStrings?, stringsKey: String) -> (Theme?, [Diagnostic], LoadedUIStrings?) {
        let folder = "\(themesFolderName)/\(config.theme)"
        guard sources.themeFound else {
            return (nil, [.error("theme '\(config.theme)' not found: there is no folder \(folder)", at: SourceLocation(path: ConfigParser.fileName))], nil)
        }
        var diagnostics: [Diagnostic] = []
        var parsed: [String: Template] = [:]
        var paths: [String: String] = [:]
        let templatePrefix = "\(folder)/templates/"
        for file in sources.themeTemplates {
            let name = String(file.path.dropFirst(templatePrefix.count).dropLast(".mustache".count))
            guard let text = file.text else {
                diagnostics.append(.error("file is not valid UTF-8 text", at: SourceLocation(path: file.path, line: 1, column: 1)))
                continue
            }
            do {
                parsed[name] = try Template(text)
                paths[name] = file.path
            } catch {
                diagnostics.append(.error("template syntax: \(error.message)", at: SourceLocation(path: file.path, line: error.line, column: error.column)))
            }
        }
        let names = Set(parsed.keys)
        for required in ThemeContract.pageTemplates.map(\.name) where !names.contains(required) && !diagnostics.hasErrors {
            diagnostics.append(.error("theme has no '\(required)' template (\(templatePrefix)\(required).mustache)", at: SourceLocation(path: folder)))
        }

        let loaded = keptStrings ?? {
            let (strings, diagnostics) = UIStrings.load(sources.themeStrings, config: config, themeFolder: folder)
            return LoadedUIStrings(key: stringsKey, strings: strings, diagnostics: diagnostics)
        }()
        let (strings, stringDiagnostics) = (loaded.strings, loaded.diagnostics)
        diagnostics += stringDiagnostics
        for (name, template) in parsed.sorted(by: { $0.key < $1.key }) {
            diagnostics += TemplateReferences.check(template, path: paths[name]!, templates: names,
                                                    strings: strings.byLocale[config.defaultLocale] ?? [:],
                                                    defaultStringsPath: "\(folder)/i18n/\(config.defaultLocale).yaml")
        }
        let library = TemplateLibrary(parsed)
        let assets = sources.themeAssets.map { ThemeAsset(file: $0, prefix: "\(folder)/assets/") }
        diagnostics += ThemeContract.check(library, paths: paths, assetKeys: assets.map(\.templateKey))
        if let loop = library.inclusionLoop(), let path = paths[loop.names[loop.names.count - 2]] {
            diagnostics.append(.error("templates include each other in a loop: \(loop.names.joined(separator: " → "))",
                                      at: SourceLocation(path: path, line: loop.reference.line, column: loop.reference.column)))
        }

        return (Theme(templates: library, templateNames: names, strings: strings, assets: assets), diagnostics, loaded)
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
    static func check(_ template: Template, path: String, templates: Set<String>, strings: [String: UIString],
                      defaultStringsPath: String) -> [Diagnostic] {
        template.references.compactMap { reference in
            let location = SourceLocation(path: path, line: reference.line, column: reference.column)
            switch reference.kind {
            case .partial, .parent:
                guard !templates.contains(reference.name) else { return nil }
                let near = NearestName.find(reference.name, among: templates).map { " (did you mean '\($0)'?)" } ?? ""
                return .error("template refers to a partial '\(reference.name)' that does not exist\(near)", at: location)
            case .value:
                guard reference.name.hasPrefix("t.") else { return nil }
                let name = String(reference.name.dropFirst(2))
                guard strings[name] == nil, !strings.keys.contains(where: { $0.hasPrefix("\(name).") }) else { return nil }
                let near = NearestName.find(name, among: strings.keys).map { " (did you mean 't.\($0)'?)" } ?? ""
                return .error("template uses UI string '\(name)', which \(defaultStringsPath) does not define\(near)", at: location)
            }
        }
    }
}
