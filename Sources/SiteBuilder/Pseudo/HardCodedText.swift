import Foundation
import SiteCore

/// Finds visible text written into templates instead of taken from the UI strings: text between
/// tags and outside `{{…}}` that has letters or digits. Such text shows untranslated in every locale
/// (and unaccented in `en-XA`).
public enum HardCodedText {
    /// Warnings for the templates of the site's theme; nothing when `site.yaml` cannot be read (the build says why).
    public static func check(_ options: BuildOptions) -> [Diagnostic] {
        let configName = ConfigParser.fileName
        guard let text = SourceLoader.read(options.site.appendingPathComponent(configName), as: configName)?.text,
              let config = ConfigParser.parse(text).0 else { return [] }
        let templates = options.themes.appendingPathComponent(config.theme).appendingPathComponent("templates")
        let site = options.site.standardizedFileURL.path + "/"
        let label = templates.standardizedFileURL.path.hasPrefix(site) ? String(templates.standardizedFileURL.path.dropFirst(site.count)) : templates.path
        var links: [String] = []  // the build itself reports them
        return SourceLoader.files(under: templates, prefix: label, links: &links).filter { $0.hasSuffix(".mustache") }.flatMap { path in
            let file = templates.appendingPathComponent(String(path.dropFirst(label.count + 1)))
            return (SourceLoader.read(file, as: path)?.text).map { findings(in: $0, path: path) } ?? []
        }
    }

    /// Scans one template: markup, comments, `<script>`/`<style>` bodies and Mustache tags are skipped.
    static func findings(in template: String, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var rest = template[...]
        var line = 1
        var run = "", runLine = 1
        func endRun() {
            let visible = run.replacing(/&#?[A-Za-z0-9]+;/, with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
            if visible.contains(where: { $0.isLetter || $0.isNumber }) {
                let shown = visible.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                diagnostics.append(.warning("visible text '\(shown)' is not a UI string; use {{t.…}} so that it is translated",
                                            at: SourceLocation(path: path, line: runLine)))
            }
            run = ""
        }
        /// Drops everything up to and including `end` (or all), counting lines.
        func skip(past end: String) {
            let stop = rest.firstRange(of: end)?.upperBound ?? rest.endIndex
            line += rest[..<stop].count { $0 == "\n" }
            rest = rest[stop...]
        }
        while let character = rest.first {
            if rest.hasPrefix("{{") {
                endRun()
                skip(past: rest.hasPrefix("{{{") ? "}}}" : "}}")
            } else if rest.hasPrefix("<!--") {
                endRun()
                skip(past: "-->")
            } else if character == "<" {
                endRun()
                let tag = rest.prefix { $0 != ">" && !$0.isWhitespace }.lowercased()
                skip(past: ">")
                if tag == "<script" || tag == "<style" { skip(past: "</\(tag.dropFirst())") }
            } else {
                if character == "\n" {
                    line += 1
                } else if run.allSatisfy(\.isWhitespace) {
                    runLine = line
                }
                run.append(character)
                rest = rest.dropFirst()
            }
        }
        endRun()
        return diagnostics
    }
}
