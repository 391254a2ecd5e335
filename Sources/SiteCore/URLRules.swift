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
    public static func relative(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/")
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count, fromParts[common] == toParts[common] { common += 1 }
        let up = Array(repeating: "..", count: fromParts.count - common)
        let down = toParts[common...].map(String.init)
        let joined = (up + down).joined(separator: "/")
        if joined.isEmpty { return "./" }
        return percentEncodedPath(to.hasSuffix("/") ? joined + "/" : joined)
    }
}
