import Foundation
import SiteCore

/// `wegwijs new`: starts a translation of a source page, with its metadata filled in
/// and the source's body to translate in place.
public enum TranslationScaffold {
    /// Writes the translation of `source` (`content/en/tracks/b1.md`, `en/tracks/b1.md` or `tracks/b1.md`)
    /// into `locale`'s folder and returns the path written, from the site folder. Never replaces a file unless `force`.
    @discardableResult
    public static func write(site folder: URL, locale: String, source: String, force: Bool = false) throws(TranslationToolError) -> String {
        let config = try TranslatedSite.readConfig(folder)
        let translated = config.locales.map(\.code).filter { $0 != config.defaultLocale }
        guard translated.contains(locale) else {
            let reason = locale == config.defaultLocale ? "it is the source language" : "it is not a locale of the site"
            throw TranslationToolError("--locale \(locale): \(reason) (translated locales: \(translated.joined(separator: ", ")))")
        }
        let relative = try sourcePage(named: source, in: folder, defaultLocale: config.defaultLocale)
        let sourcePath = "content/\(config.defaultLocale)/\(relative)"
        guard let text = SourceLoader.read(folder.appendingPathComponent(sourcePath), as: sourcePath)?.text else {
            throw TranslationToolError("file is not valid UTF-8 text", at: SourceLocation(path: sourcePath, line: 1, column: 1))
        }
        let (parsed, diagnostics) = FrontMatterParser.parse(text, path: sourcePath)
        guard let parsed else { throw TranslationToolError(diagnostics.filter { $0.severity == .error }) }

        let targetPath = "content/\(locale)/\(relative)"
        let target = folder.appendingPathComponent(targetPath)
        if !force && FileManager.default.fileExists(atPath: target.path) {
            throw TranslationToolError("\(targetPath) already exists; pass --force to replace it")
        }
        let translation = TranslationInfo(source: "\(config.defaultLocale)/\(relative)", sourceHash: SourceHash.of(body: parsed.body),
                                          method: .human, reviewed: false)
        let contents = frontMatter(parsed.frontMatter, translation: translation) + parsed.body
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: target, options: .atomic)
        } catch {
            throw TranslationToolError("cannot write \(targetPath): \(error.localizedDescription)")
        }
        return targetPath
    }

    /// The path under the source locale's folder of the page `name` refers to, which must exist.
    private static func sourcePage(named name: String, in folder: URL, defaultLocale: String) throws(TranslationToolError) -> String {
        var parts = name.split(separator: "/").map(String.init).filter { $0 != "." }
        // An absolute path inside the site folder reads like one from the site folder.
        let sitePrefix = folder.standardizedFileURL.path.split(separator: "/").map(String.init)
        if name.hasPrefix("/"), parts.starts(with: sitePrefix) { parts.removeFirst(sitePrefix.count) }
        guard parts.last?.hasSuffix(".md") == true, !parts.contains("..") else {
            throw TranslationToolError("\(name): give the source page's Markdown file, like content/\(defaultLocale)/tracks/b1.md")
        }
        var candidates: [[String]] = []
        if parts.first == "content" {
            guard parts.count > 2, parts[1] == defaultLocale else {
                throw TranslationToolError("\(name): source pages are in content/\(defaultLocale)/")
            }
            candidates = [Array(parts.dropFirst(2))]
        } else {
            // `en/tracks/b1.md` is how translation metadata and `wegwijs status` name a source.
            candidates = [parts] + (parts.first == defaultLocale && parts.count > 1 ? [Array(parts.dropFirst())] : [])
        }
        let paths = candidates.map { $0.joined(separator: "/") }
        let content = folder.appendingPathComponent("content/\(defaultLocale)")
        guard let found = paths.first(where: { FileManager.default.fileExists(atPath: content.appendingPathComponent($0).path) }) else {
            throw TranslationToolError("no source page content/\(defaultLocale)/\(paths[0])")
        }
        return found
    }

    /// The translation's front matter: the words to translate copied from the source, and the metadata.
    static func frontMatter(_ source: FrontMatter, translation: TranslationInfo) -> String {
        var lines = ["---", "title: \(quoted(source.title))"]
        if let description = source.description { lines.append("description: \(quoted(description))") }
        if source.weight != 0 { lines.append("weight: \(source.weight)") }
        if let key = source.translationKey { lines.append("translationKey: \(quoted(key))") }
        lines += [
            "translation:",
            "  source: \(quoted(translation.source))",
            "  sourceHash: \(quoted(translation.sourceHash))",
            "  method: \(translation.method.rawValue)",
            "  reviewed: \(translation.reviewed)",
            "---",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted string, safe for any text.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
