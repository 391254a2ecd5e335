import Foundation
import Testing
@testable import SiteCore

/// The samples CLDR lists under each rule in `common/supplemental/plurals.xml`, copied as written.
/// A rule set passes only if every sample lands in the category it is listed under.
private let cldrSamples: [String: KeyValuePairs<PluralCategory, String>] = [
    // ast de en et fi fy gl ia io ji lij nl sc scn sv sw ur yi
    "en": [
        .one: "@integer 1",
        .other: "@integer 0, 2~16, 100, 1000, 10000, 100000, 1000000, … @decimal 0.0~1.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, …",
    ],
    // am as bn doi fa gu hi kn pcm zu
    "fa": [
        .one: "@integer 0, 1 @decimal 0.0~1.0, 0.00~0.04",
        .other: "@integer 2~17, 100, 1000, 10000, 100000, 1000000, … @decimal 1.1~2.6, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, …",
    ],
    // ak bho guw ln mg nso pa ti wa
    "ti": [
        .one: "@integer 0, 1 @decimal 0.0, 1.0, 0.00, 1.00, 0.000, 1.000, 0.0000, 1.0000",
        .other: "@integer 2~17, 100, 1000, 10000, 100000, 1000000, … @decimal 0.1~0.9, 1.1~1.7, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, …",
    ],
    // af an asa az … ps … so sq …
    "so": [
        .one: "@integer 1 @decimal 1.0, 1.00, 1.000, 1.0000",
        .other: "@integer 0, 2~16, 100, 1000, 10000, 100000, 1000000, … @decimal 0.0~0.9, 1.1~1.6, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, …",
    ],
    "es": [
        .one: "@integer 1 @decimal 1.0, 1.00, 1.000, 1.0000",
        .many: "@integer 1000000, 1c6, 2c6, 3c6, 4c6, 5c6, 6c6, … @decimal 1.0000001c6, 1.1c6, 2.0000001c6, 2.1c6, 3.0000001c6, 3.1c6, …",
        .other: "@integer 0, 2~16, 100, 1000, 10000, 100000, 1c3, 2c3, 3c3, 4c3, 5c3, 6c3, … @decimal 0.0~0.9, 1.1~1.6, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, 1.0001c3, 1.1c3, 2.0001c3, 2.1c3, 3.0001c3, 3.1c3, …",
    ],
    // ar ars
    "ar": [
        .zero: "@integer 0 @decimal 0.0, 0.00, 0.000, 0.0000",
        .one: "@integer 1 @decimal 1.0, 1.00, 1.000, 1.0000",
        .two: "@integer 2 @decimal 2.0, 2.00, 2.000, 2.0000",
        .few: "@integer 3~10, 103~110, 1003, … @decimal 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 103.0, 1003.0, …",
        .many: "@integer 11~26, 111, 1011, … @decimal 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 111.0, 1011.0, …",
        .other: "@integer 100~102, 200~202, 300~302, 400~402, 500~502, 600, 1000, 10000, 100000, 1000000, … @decimal 0.1~0.9, 1.1~1.7, 10.1, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, …",
    ],
]

/// Each site locale (and some tags for them) with the CLDR entry whose samples it must match.
private let localesAndTheirCLDREntry: [(locale: String, entry: String)] = [
    ("en", "en"), ("nl", "en"), ("ar", "ar"), ("fa", "fa"), ("prs", "fa"), ("fa-AF", "fa"),
    ("ps", "so"), ("ti", "ti"), ("so", "so"), ("es", "es"), ("es-419", "es"), ("AR", "ar"), ("nl_BE", "en"),
]

/// Expands a CLDR sample list: "2~4" is 2, 3, 4; "0.8~1.0" is 0.8, 0.9, 1.0; "…" and the
/// "@integer"/"@decimal" markers are dropped. Ranges step by the last visible digit.
private func expandSamples(_ list: String) -> [String] {
    list.split(whereSeparator: { $0 == "," || $0 == " " })
        .filter { !$0.hasPrefix("@") && $0 != "…" }
        .flatMap { item -> [String] in
            let ends = item.split(separator: "~").map(String.init)
            // Anything else (a single sample, or a range this cannot read) goes to the rules as is.
            guard ends.count == 2, let low = Int(ends[0].filter { $0 != "." }),
                  let high = Int(ends[1].filter { $0 != "." }), low <= high else { return [String(item)] }
            let fractionDigits = ends[0].split(separator: ".").dropFirst().first?.count ?? 0
            let scale = (0..<fractionDigits).reduce(1) { value, _ in value * 10 }
            return (low...high).map { value in
                guard fractionDigits > 0 else { return String(value) }
                let fraction = String(value % scale)
                return "\(value / scale)." + String(repeating: "0", count: fractionDigits - fraction.count) + fraction
            }
        }
}

@Test func sampleListsExpandAsCLDRMeansThem() {
    #expect(expandSamples("@integer 2~4, 100, … @decimal 0.8~1.1, 0.00~0.02") ==
        ["2", "3", "4", "100", "0.8", "0.9", "1.0", "1.1", "0.00", "0.01", "0.02"])
}

@Test(arguments: localesAndTheirCLDREntry)
func everyCLDRSampleGetsItsCategory(locale: String, entry: String) throws {
    let rules = PluralRules(locale: locale)
    #expect(rules.isKnown)
    var checked = 0
    for (category, list) in try #require(cldrSamples[entry]) {
        for sample in expandSamples(list) {
            #expect(try rules.category(for: sample) == category, "\(locale): \(sample)")
            if let integer = Int(sample) {
                #expect(rules.category(for: integer) == category, "\(locale): \(integer) as Int")
            }
            checked += 1
        }
    }
    #expect(checked > 20)
}

@Test(arguments: localesAndTheirCLDREntry)
func categoriesAreThoseCLDRListsSamplesFor(locale: String, entry: String) throws {
    let listed = try #require(cldrSamples[entry]).map(\.key)
    #expect(PluralRules(locale: locale).categories == listed)
}

@Test func unknownLanguagesGetEnglishRules() throws {
    for locale in ["xx", "pt-BR", "", "-"] {
        let rules = PluralRules(locale: locale)
        #expect(!rules.isKnown, "\(locale)")
        #expect(rules.categories == [.one, .other])
        #expect(rules.category(for: 1) == .one)
        #expect(rules.category(for: 0) == .other)
        #expect(try rules.category(for: "1.0") == .other)
    }
}

@Test func negativeNumbersTakeTheCategoryOfTheirAbsoluteValue() throws {
    let arabic = PluralRules(locale: "ar")
    #expect(arabic.category(for: -2) == .two)
    #expect(try arabic.category(for: "-3.0") == .few)
    #expect(arabic.category(for: Int.min) == .few) // 9223372036854775808 % 100 = 8
    #expect(PluralRules(locale: "es").category(for: -2_000_000) == .many)
}

@Test func operandsFollowUTS35() throws {
    // The examples of UTS #35, "Plural Operand Meanings", plus exponent shifts.
    let cases: [(String, PluralOperands)] = [
        ("1", PluralOperands(i: 1, v: 0, f: 0, t: 0, e: 0)),
        ("1.0", PluralOperands(i: 1, v: 1, f: 0, t: 0, e: 0)),
        ("1.00", PluralOperands(i: 1, v: 2, f: 0, t: 0, e: 0)),
        ("1.3", PluralOperands(i: 1, v: 1, f: 3, t: 3, e: 0)),
        ("1.30", PluralOperands(i: 1, v: 2, f: 30, t: 3, e: 0)),
        ("1.03", PluralOperands(i: 1, v: 2, f: 3, t: 3, e: 0)),
        ("1.230", PluralOperands(i: 1, v: 3, f: 230, t: 23, e: 0)),
        ("-007.50", PluralOperands(i: 7, v: 2, f: 50, t: 5, e: 0)),
        ("1.2c3", PluralOperands(i: 1200, v: 0, f: 0, t: 0, e: 3)),
        ("1.25c1", PluralOperands(i: 12, v: 1, f: 5, t: 5, e: 1)),
        ("1.0000001c6", PluralOperands(i: 1_000_000, v: 1, f: 1, t: 1, e: 6)),
    ]
    for (text, expected) in cases {
        #expect(try PluralOperands(text) == expected, "\(text)")
    }
}

@Test func badNumbersAreRejectedWithTheirText() {
    let rules = PluralRules(locale: "en")
    for text in ["", "-", "abc", "1.", ".5", "1.2.3", "1,5", " 1", "1c", "c3", "1e-3", "١", "1\u{301}"] {
        #expect(throws: PluralNumberError.notANumber(text), "\(text)") { try rules.category(for: text) }
    }
    for text in ["1234567890123456789", "0.1234567890123456789", "1c19", "1.5c123"] {
        #expect(throws: PluralNumberError.tooManyDigits(text), "\(text)") { try rules.category(for: text) }
    }
    #expect(PluralNumberError.notANumber("x").description.contains("'x' is not a number"))
}

// MARK: - The default theme's UI strings

/// The nine site locales; `en` is the reference every other locale must match.
private let themeLocales = ["en", "nl", "ar", "fa", "prs", "ps", "ti", "so", "es"]

private let themeStringsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes/default/i18n")

/// The key paths of a block-style YAML file like the theme's (`key:` lines nested by
/// indentation, as docs/themes.md shows). A map whose keys are all plural categories is one
/// key, listed with its categories in file order.
private func keyPaths(ofYAML text: String) -> (keys: Set<String>, pluralMaps: [String: [String]]) {
    var open: [(indent: Int, key: String)] = []
    var leaves: [[String]] = []
    for line in text.split(separator: "\n") {
        let content = line.drop(while: { $0 == " " })
        guard !content.isEmpty, !content.hasPrefix("#"), let colon = content.firstIndex(of: ":") else { continue }
        let indent = line.count - content.count
        while let last = open.last, last.indent >= indent { open.removeLast() }
        let key = String(content[..<colon])
        if content[content.index(after: colon)...].allSatisfy({ $0 == " " }) {
            open.append((indent, key))
        } else {
            leaves.append(open.map(\.key) + [key])
        }
    }
    var keys: Set<String> = [], pluralMaps: [String: [String]] = [:]
    for path in leaves {
        if let category = path.last, PluralCategory(rawValue: category) != nil, path.count > 1 {
            pluralMaps[path.dropLast().joined(separator: "."), default: []].append(category)
        } else {
            keys.insert(path.joined(separator: "."))
        }
    }
    return (keys.union(pluralMaps.keys), pluralMaps)
}

private func themeStrings(_ locale: String) throws -> (keys: Set<String>, pluralMaps: [String: [String]]) {
    let file = themeStringsFolder.appendingPathComponent("\(locale).yaml")
    return keyPaths(ofYAML: try String(contentsOf: file, encoding: .utf8))
}

@Test func keyPathsAreReadFromNestingAndPluralMapsAreOneKey() {
    let parsed = keyPaths(ofYAML: "# comment\na:\n  b: \"x: y\"\n  c:\n    one: \"1\"\n    other: \"n\"\nd: \"z\"\n")
    #expect(parsed.keys == ["a.b", "a.c", "d"])
    #expect(parsed.pluralMaps == ["a.c": ["one", "other"]])
}

@Test(arguments: themeLocales.dropFirst())
func themeLocaleHasExactlyTheKeysOfEnglish(locale: String) throws {
    let english = try themeStrings("en").keys
    let strings = try themeStrings(locale).keys
    #expect(english.count > 20)
    #expect(english.subtracting(strings).isEmpty, "missing in \(locale)")
    #expect(strings.subtracting(english).isEmpty, "only in \(locale)")
}

@Test(arguments: themeLocales)
func themePluralMapsHaveExactlyTheLocalesCategories(locale: String) throws {
    let pluralMaps = try themeStrings(locale).pluralMaps
    #expect(!pluralMaps.isEmpty)
    let expected = PluralRules(locale: locale).categories.map(\.rawValue)
    for (key, categories) in pluralMaps {
        #expect(categories.sorted() == expected.sorted(), "\(locale): \(key)")
    }
}
