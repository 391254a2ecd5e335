import Foundation
import Glibc
import SiteCore

/// What the last build made, kept in the output folder (the `.wegwijs-build` marker) so the next
/// build parses only changed files and renders only pages whose inputs changed.
struct BuildManifest: Sendable {
    static let formatVersion = 6

    var formatVersion = Self.formatVersion
    /// Hash of what every page depends on: the generator, configuration, theme, widget files and build options.
    var inputsHash: String
    /// Hash of what pages show of each other (`BuildKeys.structure`): with the inputs, all the
    /// site-wide files (sitemap, 404 pages, language chooser) depend on.
    var structureHash: String
    /// When the scan of the build that wrote it began (nanoseconds since 1970): the next build
    /// trusts only stamps that were settled by then (`FileStamp.isSettled`). Kept as the marker's
    /// modification time, as git keeps its index's, so that builds of the same sources write
    /// the same bytes.
    var scanStarted: Int
    /// Per content file, in the order of the scan, its stamp and what parsing it gave.
    var sources: [SourceRecord]
    /// Per page written (output path), the key of its inputs and the warnings rendering it gave.
    var pages: [String: PageRecord]
    /// The site-wide files written, by output path.
    var siteFiles: [String]
    /// What the translation check found, by translation key, and the hash of what it depends on
    /// besides the pages (`BuildKeys.translationCheck`).
    var translationFindings: [String: [Diagnostic]] = [:]
    var translationCheckHash = ""
    /// The theme's UI strings as the build loaded them.
    var uiStrings: LoadedUIStrings?
    /// How many bytes of the marker are amendments, and how many in all.
    var amendedSize = 0
    var fileSize = 0

    struct PageRecord: Sendable, Equatable {
        var key: String
        var diagnostics: [Diagnostic]
    }

    /// The manifest of the build in `output`, or nil when there is none this version can use.
    static func read(from output: URL) -> BuildManifest? {
        guard let (bytes, stamp) = FileSystem.contentsAndStamp(of: output.path + "/" + Publisher.markerName) else { return nil }
        var reader = ManifestReader(bytes)
        guard var manifest = try? BuildManifest(from: &reader) else { return nil }
        manifest.amendedSize = bytes.count - reader.offset
        var amendments: [Amendment] = []
        while !reader.isAtEnd {
            // One cut short (the build that appended it stopped halfway) makes the whole marker unusable.
            guard let amendment = try? Amendment(from: &reader) else { return nil }
            amendments.append(amendment)
        }
        manifest.apply(amendments)
        manifest.scanStarted = stamp.modified
        manifest.fileSize = bytes.count
        return manifest
    }

    /// What changed since the marker was written, appended to it: after an edit of a page or
    /// two, a few hundred bytes instead of the whole file again.
    struct Amendment {
        /// Records that replace the ones of their paths; no file came or went.
        var sources: [SourceRecord]
        var pages: [String: PageRecord]
        /// Per translation key checked again, what was found (nothing: none).
        var translationFindings: [String: [Diagnostic]]
    }

    /// Whether appending `amendment` keeps the marker small enough to read quickly: amendments
    /// repeat records, so past a tenth of the file the whole file is written again.
    func canAmend(with amendment: [UInt8]) -> Bool {
        fileSize > 0 && (amendedSize + amendment.count) * 10 < fileSize
    }

    /// Applies `amendments` in the order they were appended.
    mutating func apply(_ amendments: [Amendment]) {
        let replacing = Dictionary(amendments.flatMap(\.sources).map { ($0.path, $0) }, uniquingKeysWith: { _, later in later })
        if !replacing.isEmpty { sources = sources.map { replacing[$0.path] ?? $0 } }
        for amendment in amendments {
            pages.merge(amendment.pages) { _, new in new }
            for (key, findings) in amendment.translationFindings { translationFindings[key] = findings.isEmpty ? nil : findings }
        }
    }

    /// `amendment` applied, with the sizes the marker has once its bytes (`encoded`) are appended.
    func amended(by amendment: Amendment, encoded: [UInt8]) -> BuildManifest {
        var manifest = self
        manifest.apply([amendment])
        manifest.amendedSize += encoded.count
        manifest.fileSize += encoded.count
        return manifest
    }

    /// The marker's bytes. `encodedSources`, when given, is `sources` as `encode(sources:)` gave
    /// them, which a build can do while it renders pages.
    func file(encodedSources: [UInt8]? = nil) -> OutputFile {
        let encodedSources = encodedSources ?? Self.encode(sources: sources)
        var writer = ManifestWriter(capacity: encodedSources.count + pages.count * 64 + 1024)
        write(to: &writer, encodedSources: encodedSources)
        return OutputFile(path: Publisher.markerName, bytes: writer.bytes)
    }

    static func encode(_ amendment: Amendment) -> [UInt8] {
        var writer = ManifestWriter()
        amendment.write(to: &writer)
        return writer.bytes
    }

    static func encode(sources: [SourceRecord]) -> [UInt8] {
        var writer = ManifestWriter(capacity: sources.reduce(16) { $0 + ($1.encoded?.count ?? 1024) + 1 })
        writer.chunkedList(sources)
        return writer.bytes
    }
}

extension BuildManifest.Amendment {
    /// What was found of the translation keys `checked` again, from `findings` (by key), with
    /// nothing for a key where nothing is found any more.
    init(sources: [SourceRecord], pages: [String: BuildManifest.PageRecord], findings: [String: [Diagnostic]], checked: Set<String>) {
        self.init(sources: sources, pages: pages,
                  translationFindings: Dictionary(uniqueKeysWithValues: checked.map { ($0, findings[$0] ?? []) }))
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

    /// What the translation check depends on besides the pages: the generator and the configuration.
    static func translationCheck(config: SourceFile) -> String {
        StableHash.hex([generator, StableHash.hex(config.bytes)])
    }

    /// The running wegwijs binary, by size and modification time: a new build of the
    /// generator may render differently, so its pages are not reused.
    static let generator: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
        return "\(status.st_size)-\(status.st_mtim.tv_sec)-\(status.st_mtim.tv_nsec)"
    }()

    /// What pages show of each other: paths, titles, descriptions, order, slugs, sources and heading ids
    /// (menus, section lists, language switchers and link checks read them). Pages are taken in
    /// the order given, which the scan of the content folder keeps the same from build to build.
    static func structure(of pages: [SourcePage], unreadable: Set<String>) -> String {
        var hasher = StableHasher()
        for path in unreadable.sorted() { hasher.add(path) }
        for page in pages {
            let frontMatter = page.frontMatter
            hasher.add(page.path.locale)
            hasher.add(page.path.relative)
            hasher.add(frontMatter.title)
            hasher.add(frontMatter.description ?? "")
            hasher.add(frontMatter.weight)
            hasher.add(frontMatter.slug ?? "")
            hasher.add(frontMatter.translationKey ?? "")
            // Translations without sources of their own show their source page's.
            hasher.add(String(frontMatter.provenance.sources.count))
            for source in frontMatter.provenance.sources { hasher.add(source.title); hasher.add(source.url) }
            hasher.add(frontMatter.provenance.checked?.iso ?? "")
            hasher.add(String(page.outline.headings.count))
            for heading in page.outline.headings { hasher.add(heading.id) }
        }
        return hasher.hex
    }

    /// What every page's key starts from: the two hashes above.
    static func common(inputs: String, structure: String) -> StableHasher {
        var hasher = StableHasher()
        hasher.add(inputs)
        hasher.add(structure)
        return hasher
    }

    /// The key of one page: `common`, its own file, and where and how it is shown.
    static func page(_ page: SitePage, common: StableHasher) -> String {
        var hasher = common
        hasher.add(page.url)
        hasher.add(page.locale.code)
        hasher.add(page.source.fileHash)
        hasher.add(page.isFallback ? "fallback" : "")
        return hasher.hex
    }
}
