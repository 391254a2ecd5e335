/// Link and image addresses percent-encoded as CommonMark's reference renderer (cmark's
/// `houdini_escape_href`) does: a space, `\`, `[`, `"`, non-ASCII letters and the like become
/// `%XX`; letters, digits and the characters that structure a URL (`/?#&=%:@` …) stay, so an
/// address that is already encoded is left alone. Browsers read `a\b` as `a/b`; `a%5Cb` they
/// do not. `&` and `'` stay for `HTMLText.escape`, which turns them into entities.
enum HrefEncoding {
    static func encode(_ href: String) -> String {
        guard href.utf8.contains(where: { !isKept($0) }) else { return href }
        var out: [UInt8] = []
        out.reserveCapacity(href.utf8.count + 8)
        for byte in href.utf8 {
            if isKept(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return keptPunctuation.contains(byte)
        }
    }

    private static let keptPunctuation = Set("-_.+!*'(),%#@?=;:/&$~".utf8)
}
