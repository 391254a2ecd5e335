/// A locale's index, read from the bytes `SearchIndexBuilder` wrote. Text stays in those bytes
/// and is handed out as slices, so reading an index makes no strings.
public struct SearchIndex {
    static let magic = UTF8Bytes.of("WGSI")
    static let version = 1

    public let language: SearchLanguage
    let bytes: [UInt8]
    /// Per section: its six fields (url, anchor, page title, heading, path, text) and whether it is a fallback.
    private let sectionFields: [Range<Int>]
    private let fallbacks: [Bool]
    /// Terms in byte order, and where each one's postings start in `bytes`.
    let terms: [[UInt8]]
    let postingStarts: [Int]
    let postingCounts: [Int]
    let aliases: [(alias: [UInt8], term: [UInt8])]

    public var sectionCount: Int { fallbacks.count }

    public init(bytes: [UInt8]) throws(SearchIndexError) {
        var reader = ByteReader(bytes)
        guard bytes.count >= 4, bytes[0..<4].elementsEqual(SearchIndex.magic) else { throw .notAnIndex }
        _ = try reader.skip(4)
        let version = try reader.number()
        guard version == SearchIndex.version else { throw .otherVersion(version) }
        language = SearchLanguage(rawValue: try reader.byte()) ?? .other
        (sectionFields, fallbacks) = try SearchIndex.readSections(&reader)
        (terms, postingStarts, postingCounts) = try SearchIndex.readTerms(&reader, sectionCount: fallbacks.count)
        aliases = try SearchIndex.readAliases(&reader)
        guard reader.isAtEnd else { throw .notAnIndex }
        self.bytes = bytes
    }

    private static func readSections(_ reader: inout ByteReader) throws(SearchIndexError) -> ([Range<Int>], [Bool]) {
        let count = try reader.number()
        guard count <= reader.bytes.count else { throw .truncated }
        var fields: [Range<Int>] = [], fallbacks: [Bool] = []
        fields.reserveCapacity(count * 6)
        for _ in 0..<count {
            for _ in 0..<6 { fields.append(try reader.range()) }
            fallbacks.append(try reader.byte() == 1)
        }
        return (fields, fallbacks)
    }

    private static func readTerms(_ reader: inout ByteReader, sectionCount: Int) throws(SearchIndexError) -> ([[UInt8]], [Int], [Int]) {
        let count = try reader.number()
        guard count <= reader.bytes.count else { throw .truncated }
        var terms: [[UInt8]] = [], starts: [Int] = [], counts: [Int] = []
        var previous: [UInt8] = []
        for _ in 0..<count {
            let shared = try reader.number()
            guard shared <= previous.count else { throw .notAnIndex }
            let rest = try reader.range()
            let term = Array(previous[0..<shared]) + reader.bytes[rest]
            let postings = try reader.number()
            starts.append(reader.position)
            counts.append(postings)
            var section = 0
            for _ in 0..<postings {
                section += try reader.number()
                guard section < sectionCount else { throw .notAnIndex }
                _ = try reader.byte()
            }
            terms.append(term)
            previous = term
        }
        return (terms, starts, counts)
    }

    private static func readAliases(_ reader: inout ByteReader) throws(SearchIndexError) -> [(alias: [UInt8], term: [UInt8])] {
        let count = try reader.number()
        guard count <= reader.bytes.count else { throw .truncated }
        var aliases: [(alias: [UInt8], term: [UInt8])] = []
        for _ in 0..<count {
            let alias = try reader.range(), term = try reader.range()
            aliases.append((Array(reader.bytes[alias]), Array(reader.bytes[term])))
        }
        return aliases
    }

    public func url(of section: Int) -> ArraySlice<UInt8> { field(0, of: section) }
    public func anchor(of section: Int) -> ArraySlice<UInt8> { field(1, of: section) }
    public func pageTitle(of section: Int) -> ArraySlice<UInt8> { field(2, of: section) }
    public func heading(of section: Int) -> ArraySlice<UInt8> { field(3, of: section) }
    public func path(of section: Int) -> ArraySlice<UInt8> { field(4, of: section) }
    public func text(of section: Int) -> ArraySlice<UInt8> { field(5, of: section) }
    public func isFallback(_ section: Int) -> Bool { fallbacks[section] }

    /// Field `number` of a section, in the order above (0 url … 5 text).
    public func field(_ number: Int, of section: Int) -> ArraySlice<UInt8> { bytes[sectionFields[section * 6 + number]] }

    /// The index of `term` in `terms`, or where it would be.
    func position(of term: [UInt8]) -> Int {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].lexicographicallyPrecedes(term) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Each section the term at `position` stands in, with its posting byte (`Field`).
    func forEachPosting(of position: Int, _ body: (Int, UInt8) -> Void) {
        var reader = ByteReader(bytes)
        _ = try? reader.skip(postingStarts[position])
        var section = 0
        for _ in 0..<postingCounts[position] {
            guard let step = try? reader.number(), let field = try? reader.byte() else { return }
            section += step
            body(section, field)
        }
    }
}
