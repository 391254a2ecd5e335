/// FNV-1a, 64 bits: a fast hash that is the same in every run, for cache keys (not for security).
enum StableHash {
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = StableHasher()
        hasher.add(bytes: bytes)
        return hasher.hex
    }

    static func hex(_ parts: [String]) -> String {
        var hasher = StableHasher()
        for part in parts { hasher.add(part) }
        return hasher.hex
    }
}

/// `StableHash` fed piece by piece, so the parts of a key need not be joined into one string first.
struct StableHasher {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        // Through a buffer where there is one: iterating a string's bytes one by one is slower.
        if bytes.withContiguousStorageIfAvailable({ add(buffer: $0) }) != nil { return }
        for byte in bytes { add(byte) }
    }

    private mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
        for byte in buffer { add(byte) }
    }

    private mutating func add(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }

    /// The text and a separator after it, so ("ab", "c") and ("a", "bc") hash differently.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: $0) }
        add(0x1F)
    }

    /// The number's eight bytes.
    mutating func add(_ number: Int) {
        withUnsafeBytes(of: number.littleEndian) { add(bytes: $0) }
    }

    /// Sixteen hex digits.
    var hex: String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                let digit = UInt8(truncatingIfNeeded: hash >> (60 - 4 * index)) & 0xF
                buffer[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            }
            return 16
        }
    }
}
