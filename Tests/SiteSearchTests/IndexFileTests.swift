@testable import SiteSearch
import Testing

/// The index file: what is written is read back, and a damaged file is an error, never a crash.
@Suite struct IndexFileTests {
    private func sample() -> [UInt8] {
        var builder = SearchIndexBuilder(language: .dutch)
        for number in 0..<5 {
            builder.add(SearchSection(
                url: Array("/nl/p\(number)/".utf8), anchor: Array("kop-\(number)".utf8), pageTitle: Array("Pagina \(number)".utf8),
                heading: Array("Kop \(number)".utf8), path: Array("p\(number).md".utf8),
                text: Array("Inburgering examen \(number) gemeente".utf8), isFallback: number == 3))
        }
        builder.addAlias(Array("doe".utf8), for: Array("DUO".utf8))
        return builder.encoded()
    }

    @Test func readsBackWhatWasWritten() throws {
        let index = try SearchIndex(bytes: sample())
        #expect(index.sectionCount == 5)
        #expect(index.language == .dutch)
        #expect(String(decoding: index.url(of: 2), as: Unicode.UTF8.self) == "/nl/p2/")
        #expect(String(decoding: index.path(of: 4), as: Unicode.UTF8.self) == "p4.md")
        #expect(index.isFallback(3) && !index.isFallback(2))
        #expect(index.terms == index.terms.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(index.search(Array("examens".utf8), limit: 10).count == 5)
    }

    @Test func theSameSectionsGiveTheSameBytes() {
        #expect(sample() == sample())
    }

    @Test func everyTruncationIsAnError() {
        let bytes = sample()
        for length in 0..<bytes.count {
            #expect(throws: SearchIndexError.self) { try SearchIndex(bytes: Array(bytes[0..<length])) }
        }
    }

    @Test func anotherVersionOrAnotherFileIsNamed() {
        var bytes = sample()
        bytes[4] = 9
        #expect(throws: SearchIndexError.otherVersion(9)) { try SearchIndex(bytes: bytes) }
        #expect(throws: SearchIndexError.notAnIndex) { try SearchIndex(bytes: Array("<html>".utf8)) }
        #expect(throws: SearchIndexError.notAnIndex) { try SearchIndex(bytes: sample() + [0]) }
    }

    @Test func flippedBytesNeverCrash() {
        let bytes = sample()
        for position in bytes.indices {
            var damaged = bytes
            damaged[position] ^= 0xFF
            if let index = try? SearchIndex(bytes: damaged) {
                _ = index.search(Array("inburgering gem".utf8), limit: 5)
                for section in 0..<index.sectionCount { _ = index.excerpt(of: section, for: Array("examen".utf8)) }
            }
        }
    }
}
