import Foundation
import SiteBuilder
import SiteCore

/// A fixture site under `Tests/SiteBuilderTests/Fixtures`, built into a fresh temporary folder.
struct FixtureSite {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    let name: String
    var folder: URL { Self.root.appendingPathComponent(name) }

    /// The fixture's own `themes/`, or the shared one.
    var themes: URL {
        let own = folder.appendingPathComponent("themes")
        return FileManager.default.fileExists(atPath: own.path) ? own : Self.root.appendingPathComponent("themes")
    }

    func build(into output: URL, strict: Bool = false) -> BuildReport {
        SiteBuild.run(BuildOptions(site: folder, output: output, themes: themes, strict: strict))
    }

    /// Diagnostics as printed, with the fixtures folder written as `<fixtures>` so the text does not depend on the machine.
    static func lines(_ report: BuildReport) -> String {
        report.diagnostics.map { $0.description.replacing(root.path, with: "<fixtures>") }.joined(separator: "\n") + "\n"
    }
}

/// A temporary folder, removed by the caller with `remove()`.
/// A fixture site and the fixture themes copied into a temporary folder, to edit and build into `output`.
struct EditableSite {
    let temporary: TemporaryFolder
    let site: URL
    let themes: URL
    let output: URL

    init(_ name: String) throws {
        temporary = try TemporaryFolder()
        site = temporary.url.appendingPathComponent("site")
        themes = temporary.url.appendingPathComponent("themes")
        output = temporary.url.appendingPathComponent("public")
        try FileManager.default.copyItem(at: FixtureSite(name: name).folder, to: site)
        try FileManager.default.copyItem(at: FixtureSite.root.appendingPathComponent("themes"), to: themes)
    }
}

struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Every file below the folder with its bytes, to compare before and after.
    func snapshot(_ folder: URL? = nil) -> [String: Data] {
        let base = folder ?? url
        var files: [String: Data] = [:]
        for path in (FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String]) ?? [] {
            var isFolder: ObjCBool = false
            let full = base.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path).flatMap { String(data: $0, encoding: .utf8) }
    }
}
