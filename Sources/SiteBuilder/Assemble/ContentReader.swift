import Dispatch
import SiteCore

/// What the build cache keeps of a content file: its stamp when it was read, and what parsing it gave.
/// A class, so that passing thousands of them around copies a reference, not every field.
final class SourceRecord: Equatable, Sendable {
    let stamp: FileStamp
    let summary: SourceSummary
    /// Its bytes in the manifest it was read from, which a new manifest takes as they are.
    let encoded: ArraySlice<UInt8>?

    init(stamp: FileStamp, summary: SourceSummary, encoded: ArraySlice<UInt8>? = nil) {
        self.stamp = stamp
        self.summary = summary
        self.encoded = encoded
    }

    static func == (a: SourceRecord, b: SourceRecord) -> Bool { a.stamp == b.stamp && a.summary == b.summary }
}

/// Turns content files into pages, reading and parsing only what changed since the last build.
/// A file whose stamp is the one recorded (and was settled when recorded) is not read at all;
/// one whose bytes hash as recorded is not parsed again.
struct ContentReader {
    /// The last build's records by site path; empty when there is none, or none may be trusted.
    var previous: [String: SourceRecord] = [:]
    /// When the last build's scan began: only stamps settled by then are trusted.
    var previousScan = Int.min

    struct Result {
        /// The pages of files that parsed, drafts left out.
        var pages: [SourcePage] = []
        /// Every file that parsed, drafts too, for the next build.
        var records: [String: SourceRecord] = [:]
        /// Paths under their locale folder (`tracks/b1.md`) of files that could not be parsed.
        var unreadable: Set<String> = []
        var diagnostics: [Diagnostic] = []
        /// Files read in this build; the others were trusted by their stamps.
        var readCount = 0
        /// A file was read only because its stamp was too recent to trust, and it would be
        /// trusted if recorded now: the manifest is worth writing again.
        var settledSinceRecorded = false
        /// A file is new, gone, or not as recorded: `records` are not the last build's.
        var recordsChanged = false
    }

    /// What one file gave: a page and its record (or nil with the reasons), and whether it had to be read.
    private struct Outcome {
        var page: SourcePage?
        var record: SourceRecord?
        var diagnostics: [Diagnostic]
        var wasRead: Bool
        var settledSinceRecorded = false
    }

    /// Reads the content of `sources` (a scan that began at `scanStarted`); reports folders
    /// and files that are outside any locale.
    func read(_ sources: SiteSources, config: SiteConfig, scanStarted: Int) -> Result {
        var result = Result()
        let codes = Set(config.locales.map(\.code))
        for folder in sources.contentFolders where !codes.contains(folder) {
            result.diagnostics.append(.error("content folder '\(folder)' is not a locale in \(ConfigParser.fileName) (\(config.locales.map(\.code).joined(separator: ", ")))",
                                             at: SourceLocation(path: "content/\(folder)")))
        }
        let files = sources.content.compactMap { file -> (FolderScan.File, String, String)? in
            let parts = file.path.split(separator: "/", maxSplits: 2)
            guard parts.count == 3, codes.contains(String(parts[1])) else {
                if parts.count == 2 {
                    result.diagnostics.append(.error("content file outside a locale folder; move it to content/<locale>/", at: SourceLocation(path: file.path)))
                }
                return nil
            }
            return (file, String(parts[1]), String(parts[2]))
        }
        let slots = ResultSlots<Outcome?>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (file, locale, relative) = files[index]
            slots.set(index, outcome(of: file, locale: locale, relative: relative, sources: sources, scanStarted: scanStarted))
        }
        for (index, outcome) in slots.values.enumerated() {
            // Nil: the file went away since the scan, as if it had not been there.
            guard let outcome else { continue }
            let (file, _, relative) = files[index]
            result.diagnostics += outcome.diagnostics
            if outcome.wasRead { result.readCount += 1 }
            if outcome.settledSinceRecorded { result.settledSinceRecorded = true }
            guard let page = outcome.page, let record = outcome.record else {
                result.unreadable.insert(relative)
                continue
            }
            result.records[file.path] = record
            if outcome.wasRead && previous[file.path] != record { result.recordsChanged = true }
            if !page.frontMatter.draft { result.pages.append(page) }
        }
        if result.records.count != previous.count { result.recordsChanged = true }
        return result
    }

    private func outcome(of file: FolderScan.File, locale: String, relative: String,
                         sources: SiteSources, scanStarted: Int) -> Outcome? {
        let record = previous[file.path]
        if let record, record.stamp == file.stamp, record.stamp.isSettled(atScan: previousScan) {
            let page = SourcePage.cached(record.summary, locale: locale, relative: relative)
            return Outcome(page: page, record: record, diagnostics: page.warnings, wasRead: false)
        }
        guard let source = sources.read(file) else { return nil }
        if let record, record.summary.fileHash == StableHash.hex(source.bytes),
           let page = SourcePage.restore(source, locale: locale, relative: relative, from: record.summary) {
            return Outcome(page: page, record: SourceRecord(stamp: file.stamp, summary: record.summary), diagnostics: page.warnings,
                           wasRead: true, settledSinceRecorded: record.stamp == file.stamp && file.stamp.isSettled(atScan: scanStarted))
        }
        let (page, diagnostics) = SourcePage.parse(source, locale: locale, relative: relative)
        return Outcome(page: page, record: page.map { SourceRecord(stamp: file.stamp, summary: $0.summary) },
                       diagnostics: diagnostics, wasRead: true)
    }

    /// `pages` with the bodies of those in `needed` read from their files, for rendering.
    /// A file that no longer has the bytes its page was made from changed during the build:
    /// that is an error, so that nothing half old, half new is published.
    static func readingBodies(of needed: Set<ObjectIdentifier>, in pages: [SourcePage],
                              sources: SiteSources) -> ([SourcePage], [Diagnostic]) {
        let slots = ResultSlots<(SourcePage, Diagnostic?)>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            guard needed.contains(ObjectIdentifier(page)) else { return slots.set(index, (page, nil)) }
            let sitePath = page.path.sitePath
            if let file = FileSystem.contents(of: sources.siteFolder + "/" + sitePath),
               StableHash.hex(file) == page.fileHash,
               let read = SourcePage.restore(SourceFile(path: sitePath, bytes: file), locale: page.path.locale,
                                             relative: page.path.relative, from: page.summary) {
                slots.set(index, (read, nil))
            } else {
                slots.set(index, (page, .error("the file changed while the site was being built; build again",
                                               at: SourceLocation(path: sitePath, line: 1))))
            }
        }
        let results = slots.values
        return (results.map(\.0), results.compactMap(\.1))
    }
}
