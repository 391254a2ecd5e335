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
    /// The site folder's path, which content paths are relative to.
    var siteFolder: String
    /// Content files as found, not yet read: a build reads only those whose stamp differs from
    /// the last build's (see `ContentReader`).
    var content: [FolderScan.File]
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

    /// The current bytes of a content file, by its site path.
    func read(_ file: FolderScan.File) -> SourceFile? {
        FileSystem.contents(of: siteFolder + "/" + file.path).map { SourceFile(path: file.path, bytes: $0) }
    }
}

enum SourceLoader {
    /// `themesLabel` is how theme paths appear in messages (`themes` for the site's own folder).
    static func load(site: URL, themesFolder: URL, themesLabel: String, theme: String?) -> SiteSources {
        let siteFolder = site.path
        let content = FolderScan(siteFolder + "/content", prefix: "content")
        var sources = SiteSources(siteFolder: siteFolder, content: content.files.filter { $0.path.hasSuffix(".md") },
                                  contentFolders: content.topFolders, themeTemplates: [],
                                  themeStrings: [], themeAssets: [], themeScripts: [], themeFound: false,
                                  symbolicLinks: content.links)
        guard let theme else { return sources }
        let themeRoot = themesFolder.path + "/" + theme
        sources.themeFound = FileSystem.isFolder(themeRoot)
        let themeLabel = "\(themesLabel)/\(theme)"
        func load(_ sub: String, _ keep: (String) -> Bool) -> [SourceFile] {
            let scan = FolderScan(themeRoot + "/" + sub, prefix: "\(themeLabel)/\(sub)")
            sources.symbolicLinks += scan.links
            return scan.files.filter { keep($0.path) }.compactMap { file in
                FileSystem.contents(of: themeRoot + "/" + file.path.dropFirst(themeLabel.count + 1))
                    .map { SourceFile(path: file.path, bytes: $0) }
            }
        }
        sources.themeTemplates = load("templates") { $0.hasSuffix(".mustache") }
        sources.themeStrings = load("i18n") { $0.hasSuffix(".yaml") }
        sources.themeAssets = load("assets") { _ in true }
        sources.themeScripts = load("scripts") { $0.hasSuffix(".js") }
        return sources
    }

    static func read(_ url: URL, as path: String) -> SourceFile? {
        FileSystem.contents(of: url.path).map { SourceFile(path: path, bytes: $0) }
    }
}
