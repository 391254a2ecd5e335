import Foundation
import SiteBuilder
import SiteCore

/// A whole site in one string, as Hugo's integration tests write theirs (txtar): each
/// `-- path --` line begins a file, which runs to the next such line. The site is written to a
/// temporary folder and built there, so a test holds its input and what it expects side by side.
///
/// The theme is the repository's own (`themes/`). Files under `themes/NAME/` in the text are
/// laid over a copy of `themes/default` named NAME: a test gives only the theme files it is about.
struct SiteText {
    static let repositoryThemes = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    /// Path and text of each file, in the order given.
    let files: [(path: String, text: String)]

    init(_ text: String) {
        var files: [(path: String, text: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                files.append((String(line.dropFirst(3).dropLast(3)), ""))
            } else if !files.isEmpty {
                files[files.count - 1].text += line + "\n"
            }
        }
        self.files = files
    }

    /// Writes the site, with `bytes` for files that are no text and `links` for symbolic links
    /// (path: destination), and builds it into `public/` (over `previous` files already there, if any).
    func build(strict: Bool = false, bytes: [String: [UInt8]] = [:], links: [String: String] = [:],
               previous: [String: String] = [:]) throws -> BuiltSite {
        let temporary = try TemporaryFolder()
        let site = temporary.url.appendingPathComponent("site"), output = temporary.url.appendingPathComponent("public")
        var themes = Self.repositoryThemes
        for (path, text) in files { try Self.write(Data(text.utf8), to: site.appendingPathComponent(path)) }
        for (path, bytes) in bytes { try Self.write(Data(bytes), to: site.appendingPathComponent(path)) }
        for (path, destination) in links {
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        let themeNames = Set(files.compactMap { $0.path.hasPrefix("themes/") ? $0.path.split(separator: "/").dropFirst().first : nil })
        if !themeNames.isEmpty {
            themes = site.appendingPathComponent("themes")
            for name in themeNames {
                try Self.layUnder(themes.appendingPathComponent(String(name)), Self.repositoryThemes.appendingPathComponent("default"))
            }
        }
        for (path, text) in previous { try Self.write(Data(text.utf8), to: output.appendingPathComponent(path)) }
        let before = temporary.snapshot()
        let report = SiteBuild.run(BuildOptions(site: site, output: output, themes: themes, strict: strict))
        return BuiltSite(temporary: temporary, report: report, before: before, given: Set(files.map(\.path)))
    }

    private static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Copies the files of `base` into `folder` where the folder has none of that path.
    private static func layUnder(_ folder: URL, _ base: URL) throws {
        let manager = FileManager.default
        for path in (manager.enumerator(atPath: base.path)?.allObjects as? [String]) ?? [] {
            let source = base.appendingPathComponent(path), target = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue,
                  !manager.fileExists(atPath: target.path) else { continue }
            try write(try Data(contentsOf: source), to: target)
        }
    }
}

/// A site of `SiteText` once built: its report and its output.
struct BuiltSite {
    let temporary: TemporaryFolder
    let report: BuildReport
    /// The temporary folder (site and output) before the build, file by file.
    let before: [String: Data]
    /// The paths of the files the text gave.
    let given: Set<String>

    /// The diagnostics as printed, one a line, with the repository's themes folder written as `<themes>`.
    /// Left out: that the shared theme has UI strings for locales the site does not have (most
    /// sites here have two of its nine).
    var diagnostics: String {
        report.diagnostics.filter { !$0.message.hasSuffix("which is not a locale of the site") || !isSharedThemeFile($0.location) }
            .map { $0.description.replacing(SiteText.repositoryThemes.path, with: "<themes>") }.joined(separator: "\n")
    }

    private func isSharedThemeFile(_ location: SourceLocation?) -> Bool {
        guard let path = location?.path else { return false }
        return path.hasPrefix(SiteText.repositoryThemes.path) || (path.hasPrefix("themes/") && !given.contains(path))
    }

    /// An output file's text, nil when there is none.
    func file(_ path: String) -> String? { temporary.read("public/" + path) }

    func remove() { temporary.remove() }
}
