/// The CLDR plural categories. A language uses some of them; `other` always.
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// A decimal string that cannot be read as a number.
public enum PluralNumberError: Error, Equatable, CustomStringConvertible {
    case notANumber(String)
    case tooManyDigits(String)

    public var description: String {
        switch self {
        case .notANumber(let text):
            return "'\(text)' is not a number (expected digits, an optional '.' fraction and an optional 'c' exponent, like 1.5 or 1.2c6)"
        case .tooManyDigits(let text):
            return "'\(text)' has more than \(PluralOperands.maxDigits) digits before or after the decimal point"
        }
    }
}

/// Which CLDR plural category a number takes in a language, after CLDR's `plurals.xml`.
public struct PluralRules: Sendable {
    /// The locale code or BCP 47 tag the rules were asked for.
    public let locale: String
    /// False when the language has no rules here; English rules stand in.
    public let isKnown: Bool
    private let ruleSet: RuleSet

    /// `locale` is a code such as `ar` or a tag such as `fa-AF`; only the language subtag counts.
    public init(locale: String) {
        self.locale = locale
        let language = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first?.lowercased() ?? ""
        let known = RuleSet.byLanguage[language]
        self.isKnown = known != nil
        self.ruleSet = known ?? .english
    }

    /// The categories the language uses, in CLDR order; a plural map must have exactly these.
    public var categories: [PluralCategory] { ruleSet.categories }

    public func category(for number: Int) -> PluralCategory {
        ruleSet.category(PluralOperands(integer: number))
    }

    /// The category of a number as written, so "1" and "1.0" may differ (in English they do).
    /// Accepts CLDR's compact exponent too: "1.2c6" is 1.2 million written as such.
    public func category(for decimal: String) throws(PluralNumberError) -> PluralCategory {
        ruleSet.category(try PluralOperands(decimal))
    }
}

/// The operands CLDR rules test (UTS #35, "Plural Operand Meanings"), kept as integers:
/// the rules here compare `n` only with whole numbers, and `n` is whole exactly when `f == 0`.
struct PluralOperands: Equatable {
    static let maxDigits = 18

    /// Integer digits of the absolute value.
    var i: UInt64
    /// Number of visible fraction digits, trailing zeros included.
    var v: Int
    /// Visible fraction digits as a number, with and without trailing zeros.
    var f: UInt64
    var t: UInt64
    /// Compact decimal exponent ("c6" in "1.2c6"); 0 for plain numbers.
    var e: Int

    init(integer: Int) {
        self.init(i: UInt64(integer.magnitude), v: 0, f: 0, t: 0, e: 0)
    }

    init(i: UInt64, v: Int, f: UInt64, t: UInt64, e: Int) {
        (self.i, self.v, self.f, self.t, self.e) = (i, v, f, t, e)
    }

    /// Reads `[-]digits[.digits][c|e digits]`.
    init(_ text: String) throws(PluralNumberError) {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        var exponent = 0
        if let mark = rest.firstIndex(where: { $0 == "c" || $0 == "e" }) {
            let exponentDigits = rest[rest.index(after: mark)...]
            guard Self.isDigits(exponentDigits) else { throw .notANumber(text) }
            guard exponentDigits.count <= 2 else { throw .tooManyDigits(text) }
            exponent = Int(exponentDigits) ?? 0
            rest = rest[..<mark]
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, Self.isDigits(parts[0]), parts.count == 1 || Self.isDigits(parts[1]) else {
            throw .notANumber(text)
        }
        // The exponent moves the decimal point right: "1.25c1" is 12.5.
        var integerDigits = String(parts[0])
        var fractionDigits = parts.count == 2 ? String(parts[1]) : ""
        let moved = min(exponent, fractionDigits.count)
        integerDigits += fractionDigits.prefix(moved) + String(repeating: "0", count: exponent - moved)
        fractionDigits.removeFirst(moved)

        let significant = integerDigits.drop(while: { $0 == "0" })
        guard significant.count <= Self.maxDigits, fractionDigits.count <= Self.maxDigits else {
            throw .tooManyDigits(text)
        }
        let trimmedFraction = fractionDigits.reversed().drop(while: { $0 == "0" }).reversed()
        self.init(
            i: UInt64(significant) ?? 0,
            v: fractionDigits.count,
            f: UInt64(fractionDigits) ?? 0,
            t: UInt64(String(trimmedFraction)) ?? 0,
            e: exponent
        )
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// CLDR `n = value`.
    func nEquals(_ value: UInt64) -> Bool { f == 0 && i == value }
    /// CLDR `n % 100 = range`: false for fractions, as a range lists whole numbers only.
    func nModulo100(in range: ClosedRange<UInt64>) -> Bool { f == 0 && range.contains(i % 100) }
}

/// One case per distinct rule in `plurals.xml` that the site's languages use.
private enum RuleSet: Sendable {
    case english  // en, nl
    case persian  // fa; Dari (prs) has no entry of its own and follows Persian
    case tigrinya // ti
    case somali   // so, ps
    case spanish  // es
    case arabic   // ar

    static let byLanguage: [String: RuleSet] = [
        "en": .english, "nl": .english,
        "fa": .persian, "prs": .persian,
        "ti": .tigrinya,
        "so": .somali, "ps": .somali,
        "es": .spanish,
        "ar": .arabic,
    ]

    var categories: [PluralCategory] {
        switch self {
        case .english, .persian, .tigrinya, .somali: return [.one, .other]
        case .spanish: return [.one, .many, .other]
        case .arabic: return PluralCategory.allCases
        }
    }

    /// Each condition is the CLDR rule, quoted above it.
    func category(_ o: PluralOperands) -> PluralCategory {
        switch self {
        case .english:
            // one: i = 1 and v = 0
            return o.i == 1 && o.v == 0 ? .one : .other
        case .persian:
            // one: i = 0 or n = 1
            return o.i == 0 || o.nEquals(1) ? .one : .other
        case .tigrinya:
            // one: n = 0..1
            return o.nEquals(0) || o.nEquals(1) ? .one : .other
        case .somali:
            // one: n = 1
            return o.nEquals(1) ? .one : .other
        case .spanish:
            // one: n = 1
            // many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
            if o.nEquals(1) { return .one }
            if o.e == 0 && o.i != 0 && o.i % 1_000_000 == 0 && o.v == 0 || o.e > 5 { return .many }
            return .other
        case .arabic:
            // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99
            if o.nEquals(0) { return .zero }
            if o.nEquals(1) { return .one }
            if o.nEquals(2) { return .two }
            if o.nModulo100(in: 3...10) { return .few }
            if o.nModulo100(in: 11...99) { return .many }
            return .other
        }
    }
}
