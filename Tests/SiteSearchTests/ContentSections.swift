import Foundation
import SiteSearch

/// Sections of this repository's content files, cut at `## ` headings, without a site build:
/// real text in every locale for the tests, not a model of how the site renders it.
enum ContentSections {
    static func locales(in root: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content").path).sorted()
    }

    static func read(locale: String, in root: URL) throws -> [SearchSection] {
        let folder = root.appendingPathComponent("content/\(locale)")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted() ?? []
        return try files.flatMap { file in
            try sections(of: String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), path: file, locale: locale)
        }
    }

    private static func sections(of text: String, path: String, locale: String) throws -> [SearchSection] {
        let parts = text.components(separatedBy: "\n---\n")
        let title = parts[0].split(separator: "\n").first { $0.hasPrefix("title:") }
            .map { $0.dropFirst(6).trimmingCharacters(in: CharacterSet(charactersIn: " \"")) } ?? path
        let body = parts.dropFirst().joined(separator: "\n---\n")
        let url = "/\(locale)/\(path.replacingOccurrences(of: ".md", with: "/"))"
        return body.components(separatedBy: "\n## ").enumerated().map { number, chunk in
            let heading = number == 0 ? "" : String(chunk.prefix { $0 != "\n" })
            return SearchSection(
                url: Array(url.utf8), anchor: Array((number == 0 ? "" : "s\(number)").utf8), pageTitle: Array(title.utf8),
                heading: Array(heading.utf8), path: Array(path.utf8), text: Array(chunk.utf8), isFallback: locale == "so" && number == 1)
        }
    }

    /// Queries a reader could type: each heading, each word of a title, the first letters of a
    /// word (typing), and two words from a section's text.
    static func queries(from sections: [SearchSection]) -> [String] {
        var queries: [String] = []
        for section in sections {
            let heading = String(decoding: section.heading, as: UTF8.self)
            let words = String(decoding: section.text, as: UTF8.self).split { $0 == " " || $0 == "\n" }.map(String.init)
            if !heading.isEmpty { queries.append(heading) }
            queries += String(decoding: section.pageTitle, as: UTF8.self).split(separator: " ").map(String.init)
            if let long = words.first(where: { $0.count > 5 }) { queries.append(String(long.prefix(3))) }
            if words.count > 8 { queries.append(words[3] + " " + words[7]) }
        }
        return Array(Set(queries)).sorted()
    }
}
