import Dispatch
import SiteCore

/// What the build cache keeps of a content file: its stamp when it was read, and what parsing it gave.
/// A class, so that passing thousands of them around copies a reference, not every field.
final class SourceRecord: Equatable, Sendable {
    /// The file's site path, `content/en/tracks/b1.md`.
    let path: String
    let stamp: FileStamp
    let summary: SourceSummary
    /// Its bytes in the manifest it was read from, which a new manifest takes as they are.
    let encoded: ArraySlice<UInt8>?

    init(path: String, stamp: FileStamp, summary: SourceSummary, encoded: ArraySlice<UInt8>? = nil) {
        self.path = path
        self.stamp = stamp
        self.summary = summary
        self.encoded = encoded
    }

    static func == (a: SourceRecord, b: SourceRecord) -> Bool { a.path == b.path && a.stamp == b.stamp && a.summary == b.summary }
}

/// Turns content files into pages, reading and parsing only what changed since the last build.
/// A file whose stamp is the one recorded (and was settled when recorded) is not read at all;
/// one whose bytes hash as recorded is not parsed again.
struct ContentReader {
    /// The last build's records in the order of its scan; empty when there is none, or none may be trusted.
    var previous: [SourceRecord] = []
    /// When the last build's scan began: only stamps settled by then are trusted.
    var previousScan = Int.min

    struct Result {
        /// The pages of files that parsed, drafts left out.
        var pages: [SourcePage] = []
        /// Every file that parsed, drafts too, in the order of the scan, for the next build.
        var records: [SourceRecord] = []
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
        /// The records of files that are not as recorded.
        var changedRecords: [SourceRecord] = []
        /// The translation keys, before and after, of files that parse differently from the last
        /// build; nil when there was no last build or files came or went.
        var changedTranslationKeys: Set<String>? = []
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
            // `content/<locale>/<relative>`
            let path = file.path.utf8
            let afterContent = path.index(after: path.firstIndex(of: UInt8(ascii: "/"))!)
            guard let slash = path[afterContent...].firstIndex(of: UInt8(ascii: "/")) else {
                result.diagnostics.append(.error("content file outside a locale folder; move it to content/<locale>/", at: SourceLocation(path: file.path)))
                return nil
            }
            let locale = String(file.path[afterContent..<slash])
            guard codes.contains(locale) else { return nil }
            return (file, locale, String(file.path[path.index(after: slash)...]))
        }
        let lastRecords = matching(files.lazy.map(\.0.path))
        let slots = ResultSlots<Outcome?>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (file, locale, relative) = files[index]
            slots.set(index, outcome(of: file, locale: locale, relative: relative, last: lastRecords[index],
                                     sources: sources, scanStarted: scanStarted))
        }
        result.records.reserveCapacity(files.count)
        result.pages.reserveCapacity(files.count)
        for (index, outcome) in slots.values.enumerated() {
            // Nil: the file went away since the scan, as if it had not been there.
            guard let outcome else { continue }
            let (_, _, relative) = files[index]
            result.diagnostics += outcome.diagnostics
            if outcome.wasRead { result.readCount += 1 }
            if outcome.settledSinceRecorded { result.settledSinceRecorded = true }
            guard let page = outcome.page, let record = outcome.record else {
                result.unreadable.insert(relative)
                continue
            }
            result.records.append(record)
            if outcome.wasRead, lastRecords[index] != record {
                result.recordsChanged = true
                result.changedRecords.append(record)
                if let last = lastRecords[index] {
                    if last.summary != record.summary {
                        result.changedTranslationKeys?.insert(last.summary.frontMatter.translationKey ?? relative)
                        result.changedTranslationKeys?.insert(page.translationKey)
                    }
                } else {
                    result.changedTranslationKeys = nil
                }
            }
            if !page.frontMatter.draft { result.pages.append(page) }
        }
        if result.records.count != previous.count {
            result.recordsChanged = true
            result.changedTranslationKeys = nil
        }
        return result
    }

    /// The last build's record of each path, nil for a new file. Both scans list files in the
    /// same order, so records are matched one after the other; only after a file came or went
    /// are the rest looked up by path.
    private func matching<Paths: Collection<String>>(_ paths: Paths) -> [SourceRecord?] {
        var matched: [SourceRecord?] = []
        matched.reserveCapacity(paths.count)
        var next = previous.startIndex
        var byPath: [String: SourceRecord]?
        for path in paths {
            if byPath == nil, next < previous.endIndex, previous[next].path == path {
                matched.append(previous[next])
                next += 1
                continue
            }
            if byPath == nil { byPath = Dictionary(previous[next...].map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }) }
            matched.append(byPath?[path])
        }
        return matched
    }

    private func outcome(of file: FolderScan.File, locale: String, relative: String, last record: SourceRecord?,
                         sources: SiteSources, scanStarted: Int) -> Outcome? {
        if let record, record.stamp == file.stamp, record.stamp.isSettled(atScan: previousScan) {
            let page = SourcePage.cached(record.summary, locale: locale, relative: relative)
            return Outcome(page: page, record: record, diagnostics: page.warnings, wasRead: false)
        }
        guard let source = sources.read(file) else { return nil }
        if let record, record.summary.fileHash == StableHash.hex(source.bytes),
           let page = SourcePage.restore(source, locale: locale, relative: relative, from: record.summary) {
            return Outcome(page: page, record: SourceRecord(path: file.path, stamp: file.stamp, summary: record.summary), diagnostics: page.warnings,
                           wasRead: true, settledSinceRecorded: record.stamp == file.stamp && file.stamp.isSettled(atScan: scanStarted))
        }
        let (page, diagnostics) = SourcePage.parse(source, locale: locale, relative: relative)
        return Outcome(page: page, record: page.map { SourceRecord(path: file.path, stamp: file.stamp, summary: $0.summary) },
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
