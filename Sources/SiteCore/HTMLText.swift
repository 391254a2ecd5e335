/// Escaping for HTML text and attribute values: everything from content, front matter and
/// diagnostics goes through it before it reaches a page.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text` to `output` with `& < > " '` escaped, without an intermediate string.
    public static func append(_ text: String, to output: inout String) {
        var copy = text
        let escapedAny = copy.withUTF8 { bytes in
            var segmentStart = 0
            for (index, byte) in bytes.enumerated() {
                let replacement: String
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]), as: UTF8.self)
                output += replacement
                segmentStart = index + 1
            }
            guard segmentStart > 0 else { return false }
            output += String(decoding: UnsafeBufferPointer(rebasing: bytes[segmentStart...]), as: UTF8.self)
            return true
        }
        if !escapedAny { output += text }
    }
}
