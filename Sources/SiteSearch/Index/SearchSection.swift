/// One heading section of a page, or the part of a page before its first heading: what a
/// search result links to. Text is UTF-8.
public struct SearchSection: Sendable {
    public var url: [UInt8]
    /// The heading's id, empty for the part before the first heading.
    public var anchor: [UInt8]
    public var pageTitle: [UInt8]
    public var heading: [UInt8]
    /// The content file under its locale folder (`tracks/b1.md`).
    public var path: [UInt8]
    /// The section's text, without markup.
    public var text: [UInt8]
    /// The page stands in from a fallback locale, in that locale's language.
    public var isFallback: Bool

    public init(url: [UInt8], anchor: [UInt8], pageTitle: [UInt8], heading: [UInt8], path: [UInt8],
                text: [UInt8], isFallback: Bool) {
        self.url = url
        self.anchor = anchor
        self.pageTitle = pageTitle
        self.heading = heading
        self.path = path
        self.text = text
        self.isFallback = isFallback
    }
}

/// Where a word stands in a section, as bits of a posting's byte; the count of its
/// occurrences takes the five low bits.
enum Field {
    static let body: UInt8 = 1 << 5, heading: UInt8 = 1 << 6, title: UInt8 = 1 << 7
    static let countMask: UInt8 = 0x1F

    /// How much a hit counts: in a title far more than in a heading, in a heading more than in
    /// the text, where a few occurrences count a little more than one.
    static func weight(of posting: UInt8) -> Int {
        if posting & title != 0 { return 8 }
        if posting & heading != 0 { return 4 }
        return min(Int(posting & countMask), 4)
    }
}
