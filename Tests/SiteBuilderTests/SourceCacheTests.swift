import Foundation
@testable import SiteBuilder
import SiteCore
import Testing

/// The rules by which a build trusts what the last one recorded of a content file.
@Suite struct FileStampTests {
    let written = 1_750_000_000 * 1_000_000_000

    @Test func aFileWrittenShortlyBeforeAScanIsNotSettled() {
        let stamp = FileStamp(size: 10, modified: written, changed: written, inode: 1)
        #expect(!stamp.isSettled(atScan: written))
        #expect(!stamp.isSettled(atScan: written + 1_000_000_000))
        #expect(stamp.isSettled(atScan: written + 3_000_000_000))
    }

    @Test func theLaterOfItsTwoTimesCounts() {
        // `touch -d` set the modification time back; the change time says when that was.
        let stamp = FileStamp(size: 10, modified: written - 60_000_000_000, changed: written, inode: 1)
        #expect(!stamp.isSettled(atScan: written + 1_000_000_000))
    }
}

@Suite struct ContentReaderTests {
    let temporary: TemporaryFolder
    let config: SiteConfig
    let path = "content/en/page.md"

    init() throws {
        temporary = try TemporaryFolder()
        let folder = temporary.url.appendingPathComponent("content/en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("---\ntitle: On disk\n---\n\nText.\n".utf8).write(to: folder.appendingPathComponent("page.md"))
        config = try #require(ConfigParser.parse("baseURL: https://example.org/\ndefaultLocale: en\ntheme: none\nlocales:\n  - code: en\n    name: English\n").0)
    }

    var sources: SiteSources {
        SourceLoader.load(site: temporary.url, themesFolder: temporary.url, themesLabel: "", theme: nil)
    }

    /// A record of the file with the stamp it has now, but a summary it does not match.
    func record(stamp: FileStamp) -> SourceRecord {
        SourceRecord(path: path, stamp: stamp, summary: SourceSummary(
            fileHash: "0000000000000000", frontMatter: FrontMatter(title: "Recorded"),
            outline: PageOutline(headings: [], links: [], directives: []), bodyHash: "", bodyFirstLine: 4, warnings: []))
    }

    func read(stamp: FileStamp, scannedAt scan: Int) -> ContentReader.Result {
        ContentReader(previous: [record(stamp: stamp)], previousScan: scan)
            .read(sources, config: config, scanStarted: FileStamp.now())
    }

    @Test func trustsAStampThatWasSettledWhenRecorded() throws {
        let stamp = try #require(sources.content.first).stamp
        let result = read(stamp: stamp, scannedAt: stamp.changed + 10_000_000_000)
        #expect(result.readCount == 0)
        #expect(result.pages.map(\.frontMatter.title) == ["Recorded"])
    }

    @Test func readsAFileWhoseStampWasRecordedTooSoonAfterItsWrite() throws {
        let stamp = try #require(sources.content.first).stamp
        let result = read(stamp: stamp, scannedAt: stamp.changed)
        #expect(result.readCount == 1)
        #expect(result.pages.map(\.frontMatter.title) == ["On disk"])
    }

    @Test func readsAFileWhoseStampDiffers() throws {
        var stamp = try #require(sources.content.first).stamp
        stamp.inode += 1
        let result = read(stamp: stamp, scannedAt: stamp.changed + 10_000_000_000)
        #expect(result.readCount == 1)
        #expect(result.pages.map(\.frontMatter.title) == ["On disk"])
    }

    @Test func aBodyThatNoLongerMatchesItsRecordIsAnError() throws {
        let stamp = try #require(sources.content.first).stamp
        let page = try #require(read(stamp: stamp, scannedAt: stamp.changed + 10_000_000_000).pages.first)
        let (_, problems) = ContentReader.readingBodies(of: [ObjectIdentifier(page)], in: [page], sources: sources)
        #expect(problems.map(\.description) == ["content/en/page.md:1: error: the file changed while the site was being built; build again"])
    }
}
