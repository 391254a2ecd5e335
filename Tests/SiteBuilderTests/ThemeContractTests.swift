import Foundation
import MustacheTemplates
import SiteCore
import Testing
@testable import SiteBuilder

/// ThemeContract against what pages get, and docs/themes.md against ThemeContract.
struct ThemeContractTests {
    static let repository = FixtureSite.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let docs = repository.appendingPathComponent("docs/themes.md")

    @Test func everyNameBelowTheTopHasItsParentDeclared() {
        let declared = Dictionary(ThemeContract.variables.map { ($0.path, $0.shape) }) { first, _ in first }
        #expect(declared.count == ThemeContract.variables.count, "a name is declared twice")
        for variable in ThemeContract.variables {
            guard let dot = variable.path.lastIndex(of: ".") else { continue }
            let parent = String(variable.path[..<dot])
            let expected: ThemeVariable.Shape = parent.hasSuffix("[]") ? .list : .object
            #expect(declared[parent.hasSuffix("[]") ? String(parent.dropLast(2)) : parent] == expected,
                    "\(variable.path) needs \(parent) declared as \(expected.rawValue)")
        }
    }

    /// Every page kind of a site with fallbacks, translations, sections and headings, plus both kinds of directive.
    @Test func pagesGetExactlyTheNamesTheContractDeclares() throws {
        let renderer = try Self.renderer(for: FixtureSite(name: "basic"))
        var provided = ProvidedNames()
        for page in renderer.site.pagesByLocale.values.joined() {
            var values = renderer.context.common(locale: page.locale, url: page.url, links: .relative)
            renderer.addPageValues(of: page, content: "<p>text</p>", to: &values)
            provided.add(values)
            for name in ["rules", "other"] {
                let directive = MarkdownDirective(name: name, body: "text", line: 1)
                provided.add(["directive": try renderer.directiveValue(directive, on: page).get().0])
            }
        }
        for values in renderer.config.locales.map(renderer.notFoundValues) + [renderer.rootNotFoundValues(), renderer.chooserValues()] {
            provided.add(values)
        }
        let declared = Dictionary(ThemeContract.variables.map { ($0.path, $0.shape) }) { first, _ in first }
        let undeclared = provided.shapes.keys.filter { declared[$0] == nil }.sorted()
        #expect(undeclared.isEmpty, "pages get names ThemeContract.variables lacks: \(undeclared)")
        let unprovided = declared.keys.filter { provided.shapes[$0] == nil }.sorted()
        #expect(unprovided.isEmpty, "ThemeContract.variables declares names no page gets: \(unprovided)")
        for (path, shapes) in provided.shapes.sorted(by: { $0.key < $1.key }) {
            guard let shape = declared[path] else { continue }
            #expect(shapes.allSatisfy { $0.fits(shape) }, "\(path) is declared \(shape.rawValue) but is \(shapes)")
        }
    }

    /// The strings the generator shows, not the templates, so no template check finds them missing.
    @Test func theDefaultThemeHasEveryStringTheGeneratorShows() throws {
        let renderer = try Self.renderer(site: Self.repository, themes: Self.repository.appendingPathComponent("themes"))
        let strings = try #require(renderer.theme.strings.byLocale[renderer.config.defaultLocale])
        for (key, _) in ThemeContract.strings {
            let found = key.hasSuffix(".*") ? strings.keys.contains { $0.hasPrefix(key.dropLast()) } : strings[key] != nil
            #expect(found, "themes/default/i18n/\(renderer.config.defaultLocale).yaml has no '\(key)'")
        }
    }

    /// `WEGWIJS_RECORD=1 swift test --filter ThemeContractTests` rewrites the generated part.
    @Test func docsDescribeTheContract() throws {
        let text = try String(contentsOf: Self.docs, encoding: .utf8)
        let updated = try #require(ThemeReference.replacingGeneratedPart(of: text), "docs/themes.md has no \(ThemeReference.begin) … \(ThemeReference.end)")
        if ProcessInfo.processInfo.environment["WEGWIJS_RECORD"] == "1" {
            try Data(updated.utf8).write(to: Self.docs)
        }
        #expect(try String(contentsOf: Self.docs, encoding: .utf8) == updated,
                "docs/themes.md is not what ThemeContract says: run WEGWIJS_RECORD=1 swift test --filter ThemeContractTests")
    }

    static func renderer(for fixture: FixtureSite) throws -> SiteRenderer {
        try renderer(site: fixture.folder, themes: fixture.themes)
    }

    static func renderer(site folder: URL, themes: URL) throws -> SiteRenderer {
        let loaded = try SiteLoader.load(BuildOptions(site: folder, themes: themes)).get()
        let config = loaded.config
        let content = ContentReader().read(loaded.sources, config: config, scanStarted: 0)
        let site = SiteAssembler.assemble(config: config, pages: content.pages).0
        let theme = try #require(Theme.load(loaded.sources, config: config, themesFolderName: loaded.themesLabel,
                                            keptStrings: nil, stringsKey: "").0)
        let widget = RulesWidgetFiles(wasmBase64: "AA==", script: "export {}", scriptHash: "sha256-none")
        return SiteRenderer(site: site, theme: theme, renderLocales: config.locales, rulesWidget: .success(widget))
    }
}

/// Each dotted name found in values templates got, with the kinds of value it held.
private struct ProvidedNames {
    enum Kind: String { case text, flag, list, object }
    var shapes: [String: Set<Kind>] = [:]

    mutating func add(_ values: TemplateObject) {
        add(.object(values), at: "")
    }

    private mutating func add(_ value: TemplateValue, at path: String) {
        switch value {
        case .string: shapes[path, default: []].insert(.text)
        case .bool: shapes[path, default: []].insert(.flag)
        case .list(let items):
            shapes[path, default: []].insert(.list)
            for item in items { addFields(of: item, at: path + "[]") }
        case .object:
            if !path.isEmpty { shapes[path, default: []].insert(.object) }
            // The UI strings and assets are the theme's own names, not the contract's.
            guard !["t", "assets"].contains(path) else { return }
            addFields(of: value, at: path)
        }
    }

    private mutating func addFields(of value: TemplateValue, at path: String) {
        guard case .object(let object) = value else { return add(value, at: path) }
        for name in object.names { add(object[name]!, at: path.isEmpty ? name : "\(path).\(name)") }
    }
}

private extension ProvidedNames.Kind {
    func fits(_ shape: ThemeVariable.Shape) -> Bool {
        switch (self, shape) {
        case (.text, .text), (.text, .html), (.flag, .flag), (.list, .list), (.object, .object), (.object, .strings), (.object, .assets):
            return true
        default:
            return false
        }
    }
}

/// The reference part of docs/themes.md, written from ThemeContract.
enum ThemeReference {
    static let begin = "<!-- generated from ThemeContract: WEGWIJS_RECORD=1 swift test --filter ThemeContractTests -->"
    static let end = "<!-- end of the generated part -->"

    static func replacingGeneratedPart(of text: String) -> String? {
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[..<start.upperBound]) + "\n" + markdown + String(text[stop.lowerBound...])
    }

    static var markdown: String {
        var lines = ["### Templates", "", "| template | what it renders |", "|---|---|"]
        lines += ThemeContract.pageTemplates.map { "| `\($0.name)` | \($0.meaning) |" }
        lines += ["", "### Values", "", "| value | kind | what it is |", "|---|---|---|"]
        lines += ThemeContract.variables.map { "| `\($0.path)` | \(kind($0.shape)) | \($0.meaning) |" }
        lines += ["", "### UI strings the generator shows", "", "| key | where |", "|---|---|"]
        lines += ThemeContract.strings.map { "| `\($0.key)` | \($0.meaning) |" }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func kind(_ shape: ThemeVariable.Shape) -> String {
        switch shape {
        case .text: return "text"
        case .html: return "HTML"
        case .flag: return "flag"
        case .list: return "list"
        case .object: return "names"
        case .strings: return "UI strings"
        case .assets: return "asset URLs"
        }
    }
}
