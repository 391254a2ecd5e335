import Foundation
import SiteCore

/// A file read from the site folder: the only stage that touches the disk on the way in.
struct SourceFile: Sendable {
    /// Path relative to the site root, with `/`.
    var path: String
    var bytes: [UInt8]

    /// The text, or nil when the bytes are not valid UTF-8.
    var text: String? { String(validating: bytes, as: UTF8.self) }
}

/// Everything a build reads.
struct SiteSources: Sendable {
    var content: [SourceFile]
    /// Locale folders under `content/`, to report ones no locale claims.
    var contentFolders: [String]
    var themeTemplates: [SourceFile]
    var themeStrings: [SourceFile]
    var themeAssets: [SourceFile]
    /// Scripts that pages embed inline (never published as files of their own).
    var themeScripts: [SourceFile]
    var themeFound: Bool
    /// Symbolic links found in the site's and theme's folders (site paths): never followed, so a
    /// build publishes only what lies inside them.
    var symbolicLinks: [String] = []
}

enum SourceLoader {
    /// `themesLabel` is how theme paths appear in messages (`themes` for the site's own folder).
    static func load(site: URL, themesFolder: URL, themesLabel: String, theme: String?) -> SiteSources {
        let contentRoot = site.appendingPathComponent("content")
        var links: [String] = []
        let content = files(under: contentRoot, prefix: "content", links: &links).filter { $0.hasSuffix(".md") }
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: contentRoot.path))?.filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: contentRoot.appendingPathComponent($0).path, isDirectory: &isFolder) && isFolder.boolValue
        } ?? []

        var sources = SiteSources(content: [], contentFolders: folders.sorted(), themeTemplates: [],
                                  themeStrings: [], themeAssets: [], themeScripts: [], themeFound: false)
        sources.content = content.compactMap { read(site.appendingPathComponent($0), as: $0) }
        guard let theme else {
            sources.symbolicLinks = links
            return sources
        }
        let themeRoot = themesFolder.appendingPathComponent(theme)
        var isFolder: ObjCBool = false
        sources.themeFound = FileManager.default.fileExists(atPath: themeRoot.path, isDirectory: &isFolder) && isFolder.boolValue
        let themeLabel = "\(themesLabel)/\(theme)"
        func load(_ sub: String, _ keep: (String) -> Bool) -> [SourceFile] {
            files(under: themeRoot.appendingPathComponent(sub), prefix: "\(themeLabel)/\(sub)", links: &links).filter(keep).compactMap {
                read(themeRoot.appendingPathComponent(String($0.dropFirst(themeLabel.count + 1))), as: $0)
            }
        }
        sources.themeTemplates = load("templates") { $0.hasSuffix(".mustache") }
        sources.themeStrings = load("i18n") { $0.hasSuffix(".yaml") }
        sources.themeAssets = load("assets") { _ in true }
        sources.themeScripts = load("scripts") { $0.hasSuffix(".js") }
        sources.symbolicLinks = links
        return sources
    }

    /// Relative paths of the regular files under `root`, sorted, each prefixed with `prefix/`;
    /// symbolic links go to `links` instead.
    static func files(under root: URL, prefix: String, links: inout [String]) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var status = stat()
            guard lstat(root.appendingPathComponent(path).path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG: found.append("\(prefix)/\(path)")
            case S_IFLNK: links.append("\(prefix)/\(path)")
            default: continue
            }
        }
        return found.sorted()
    }

    static func read(_ url: URL, as path: String) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}
