import Foundation
import Glibc
import SiteCore

/// What the last build made, kept in the output folder (the `.wegwijs-build` marker) so the next
/// build parses only changed files and renders only pages whose inputs changed.
struct BuildManifest: Sendable {
    static let formatVersion = 1

    var formatVersion: Int
    /// Hash of what every page depends on: the generator, configuration, theme, widget files and build options.
    var inputsHash: String
    /// Per content file (site path), what parsing it gave.
    var sources: [String: SourceSummary]
    /// Per page written (output path), the key of its inputs and the warnings rendering it gave.
    var pages: [String: PageRecord]

    struct PageRecord: Sendable, Equatable {
        var key: String
        var diagnostics: [Diagnostic]
    }

    /// The manifest of the build in `output`, or nil when there is none this version can use.
    static func read(from output: URL) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(Publisher.markerName).path) else { return nil }
        var reader = ManifestReader([UInt8](data))
        guard let manifest = try? BuildManifest(from: &reader), reader.isAtEnd else { return nil }
        return manifest
    }

    var file: OutputFile {
        var writer = ManifestWriter()
        write(to: &writer)
        return OutputFile(path: Publisher.markerName, bytes: writer.bytes)
    }
}

/// The keys that decide whether a page must be rendered again.
enum BuildKeys {
    /// Everything each page depends on besides content: a change here renders every page again.
    static func inputs(config: SourceFile, sources: SiteSources, widget: RulesWidgetFiles?, options: BuildOptions) -> String {
        var parts = ["wegwijs-\(BuildManifest.formatVersion)", generator, StableHash.hex(config.bytes),
                     options.locales.joined(separator: ","), options.pseudo ? "pseudo" : ""]
        for file in sources.themeTemplates + sources.themeStrings + sources.themeAssets + sources.themeScripts {
            parts += [file.path, StableHash.hex(file.bytes)]
        }
        if let widget { parts += [StableHash.hex(widget.script.utf8), StableHash.hex(widget.wasmBase64.utf8)] }
        return StableHash.hex(parts)
    }

    /// The running wegwijs binary, by size and modification time: a new build of the
    /// generator may render differently, so its pages are not reused.
    static let generator: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
        return "\(status.st_size)-\(status.st_mtim.tv_sec)-\(status.st_mtim.tv_nsec)"
    }()

    /// What pages show of each other: paths, titles, descriptions, order, slugs and heading ids
    /// (menus, section lists, language switchers and link checks read them).
    static func structure(of pages: [SourcePage], unreadable: Set<String>) -> String {
        var parts: [String] = unreadable.sorted()
        for page in pages.sorted(by: { $0.path < $1.path }) {
            let frontMatter = page.frontMatter
            parts += [page.path.sitePath, frontMatter.title, frontMatter.description ?? "", String(frontMatter.weight),
                      frontMatter.slug ?? "", frontMatter.translationKey ?? "",
                      page.outline.headings.map(\.id).joined(separator: " ")]
        }
        return StableHash.hex(parts)
    }

    /// The key of one page: its own file, where and how it is shown, and the two hashes above.
    static func page(_ page: SitePage, inputs: String, structure: String) -> String {
        StableHash.hex([inputs, structure, page.url, page.locale.code, page.source.fileHash, page.isFallback ? "fallback" : ""])
    }
}
