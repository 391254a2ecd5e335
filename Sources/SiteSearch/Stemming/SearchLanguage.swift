/// The languages whose words the search reduces to a stem. Any other language is folded
/// (case, accents, script variants) but not stemmed.
public enum SearchLanguage: UInt8, Sendable, CaseIterable {
    case other, english, dutch, spanish, somali, arabic, persian, pashto, tigrinya

    /// From a BCP 47 tag (`fa-AF` is Dari, stemmed as Persian).
    public init(tag: [UInt8]) {
        var primary = tag.prefix { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") }
        for index in primary.indices where primary[index] >= UInt8(ascii: "A") && primary[index] <= UInt8(ascii: "Z") {
            primary[index] += 0x20
        }
        self = SearchLanguage.byCode.first { $0.code.elementsEqual(primary) }?.language ?? .other
    }

    private static let byCode: [(code: [UInt8], language: SearchLanguage)] = [
        (UTF8Bytes.of("en"), .english), (UTF8Bytes.of("nl"), .dutch), (UTF8Bytes.of("es"), .spanish),
        (UTF8Bytes.of("so"), .somali), (UTF8Bytes.of("ar"), .arabic), (UTF8Bytes.of("fa"), .persian),
        (UTF8Bytes.of("prs"), .persian), (UTF8Bytes.of("ps"), .pashto), (UTF8Bytes.of("ti"), .tigrinya),
    ]
}
