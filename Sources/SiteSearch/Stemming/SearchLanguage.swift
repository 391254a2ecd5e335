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
        (Array("en".utf8), .english), (Array("nl".utf8), .dutch), (Array("es".utf8), .spanish),
        (Array("so".utf8), .somali), (Array("ar".utf8), .arabic), (Array("fa".utf8), .persian),
        (Array("prs".utf8), .persian), (Array("ps".utf8), .pashto), (Array("ti".utf8), .tigrinya),
    ]
}
