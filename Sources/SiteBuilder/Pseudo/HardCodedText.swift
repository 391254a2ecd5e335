import Foundation
import SiteCore

/// Finds visible text written into templates instead of taken from the UI strings: text between
/// tags and outside `{{…}}` that has letters or digits. Such text shows untranslated in every locale
/// (and unaccented in `en-XA`).
enum HardCodedText {
    /// Warnings for the theme's templates as loaded; one that is not UTF-8 text the theme's own check reports.
    static func findings(in templates: [SourceFile]) -> [Diagnostic] {
        templates.flatMap { file in file.text.map { findings(in: $0, path: file.path) } ?? [] }
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
