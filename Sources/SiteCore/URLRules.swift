/// What may stand in a URL segment, and how site paths become URLs.
public enum URLRules {
    /// Names that would collide with files the generator writes itself.
    public static let reservedSegments: Set<String> = ["assets", "404", "index.html", "sitemap.xml", "robots.txt", "_status"]

    /// Why `slug` cannot be a URL segment, or nil when it can.
    public static func problem(withSlug slug: String) -> String? {
        if slug.isEmpty { return "slug is empty" }
        if slug.contains("/") || slug.contains("\\") { return "slug '\(slug)' contains a slash; a slug is one URL segment" }
        if slug == "." || slug == ".." || slug.contains("..") { return "slug '\(slug)' contains '..'" }
        if slug.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " }) {
            return "slug '\(slug)' contains a space or control character"
        }
        if slug.hasPrefix("_") || slug.hasPrefix(".") { return "slug '\(slug)' starts with '\(slug.first!)', which is reserved" }
        if reservedSegments.contains(slug.lowercased()) { return "slug '\(slug)' is a reserved name" }
        if slug.contains(where: { "?#%&<>\"'`{}|^[]".contains($0) }) {
            return "slug '\(slug)' contains a character that has a meaning in URLs"
        }
        return nil
    }

    /// Site-relative URL path of a page from its segments: `["en", "tracks", "b1"]` → `/en/tracks/b1/`.
    public static func path(_ segments: [String]) -> String {
        segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }

    /// Percent-encodes what a URL path cannot hold as is (non-ASCII letters of localized slugs).
    public static func percentEncodedPath(_ path: String) -> String {
        guard path.utf8.contains(where: { !isUnreserved($0) }) else { return path }
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in path.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }
}

extension URLRules {
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    /// The relative URL from one page to another, so the site works under any base path:
    /// `/en/tracks/b1/` → `/en/acts/` is `../../acts/`.
    // Works on UTF-8 bytes: every page computes dozens of these.
    public static func relative(from: String, to: String) -> String {
        var from = from, to = to
        return from.withUTF8 { fromBytes in to.withUTF8 { toBytes in relative(fromBytes, toBytes) } }
    }

    private static func relative(_ from: UnsafeBufferPointer<UInt8>, _ to: UnsafeBufferPointer<UInt8>) -> String {
        var fromSegments = Segments(from), toSegments = Segments(to)
        var fromSegment = fromSegments.next(), toSegment = toSegments.next()
        while let f = fromSegment, let t = toSegment, from[f].elementsEqual(to[t]) {
            fromSegment = fromSegments.next()
            toSegment = toSegments.next()
        }
        var ups = 0
        while fromSegment != nil {
            ups += 1
            fromSegment = fromSegments.next()
        }
        var down: [Range<Int>] = []
        while let t = toSegment {
            down.append(t)
            toSegment = toSegments.next()
        }
        if ups == 0 && down.isEmpty { return "./" }
        let trailingSlash = to.last == UInt8(ascii: "/")
        let capacity = ups * 3 + down.reduce(0) { $0 + 3 * $1.count + 1 } + 1
        return String(unsafeUninitializedCapacity: capacity) { out in
            var count = 0
            func put(_ byte: UInt8) {
                out[count] = byte
                count += 1
            }
            for index in 0..<ups {
                if index > 0 { put(UInt8(ascii: "/")) }
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "."))
            }
            let hex = Array("0123456789ABCDEF".utf8)
            for (index, segment) in down.enumerated() {
                if index > 0 || ups > 0 { put(UInt8(ascii: "/")) }
                for byte in to[segment] {
                    if isUnreserved(byte) {
                        put(byte)
                    } else {
                        put(UInt8(ascii: "%"))
                        put(hex[Int(byte >> 4)])
                        put(hex[Int(byte & 0xF)])
                    }
                }
            }
            if trailingSlash { put(UInt8(ascii: "/")) }
            return count
        }
    }

    /// The non-empty parts of a path between slashes, as ranges of its bytes.
    private struct Segments {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Range<Int>? {
            while position < bytes.count, bytes[position] == UInt8(ascii: "/") { position += 1 }
            guard position < bytes.count else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "/") { position += 1 }
            return start..<position
        }
    }
}
