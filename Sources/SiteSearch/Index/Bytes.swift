/// The index file's building blocks: LEB128 numbers and length-prefixed byte strings.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
        var rest = UInt(value)
        repeat {
            let low = UInt8(rest & 0x7F)
            rest >>= 7
            bytes.append(rest == 0 ? low : low | 0x80)
        } while rest != 0
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func bytes<Bytes: Collection<UInt8>>(_ value: Bytes) {
        number(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func raw<Bytes: Collection<UInt8>>(_ value: Bytes) { bytes.append(contentsOf: value) }
}

/// Why an index file could not be read: it is cut short, of another version, or not an index.
public enum SearchIndexError: Error, Equatable {
    case notAnIndex, otherVersion(Int), truncated
}

struct ByteReader {
    let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func number() throws(SearchIndexError) -> Int {
        var value = 0, shift = 0
        while true {
            guard position < bytes.count, shift < 63 else { throw .truncated }
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func byte() throws(SearchIndexError) -> UInt8 {
        guard position < bytes.count else { throw .truncated }
        defer { position += 1 }
        return bytes[position]
    }

    /// The range of a length-prefixed byte string in `bytes`.
    mutating func range() throws(SearchIndexError) -> Range<Int> {
        let count = try number()
        return try skip(count)
    }

    mutating func skip(_ count: Int) throws(SearchIndexError) -> Range<Int> {
        guard count >= 0, count <= bytes.count - position else { throw .truncated }
        defer { position += count }
        return position..<position + count
    }
}
