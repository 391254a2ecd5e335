import Crypto

/// SHA-256 (FIPS 180-4) from swift-crypto, for content hashes: asset names, translation source
/// hashes, build caches. Here so that those hashes read the same everywhere: bytes in, lower-case hex out.
public enum SHA256 {
    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = Crypto.SHA256()
        if bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) == nil {
            hasher.update(data: Array(bytes))
        }
        return Array(hasher.finalize())
    }

    /// Lower-case hex of the digest, cut to `length` characters.
    public static func hex<Bytes: Collection>(_ bytes: Bytes, length: Int = 64) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest(bytes) { out += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: out.prefix(length), as: UTF8.self)
    }
}
