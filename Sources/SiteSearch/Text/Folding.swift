/// What a character becomes before words are compared: readers type the same word in many ways
/// (Arabic ي against Persian ی, ۲۰۱۳ against 2013, "é" against "e", ሠ against ሰ), and a search that
/// tells them apart finds nothing. Folding is the same for the index and for a query.
enum Folded: Equatable {
    /// Part of no word: a space or punctuation ends the word before it.
    case separator
    /// Left out, without ending the word: diacritics, tatweel, the zero-width non-joiner.
    case dropped
    case letter(UInt32)
    /// One character that stands for two (`ĳ` is Dutch "ij", `ß` is "ss").
    case letters(UInt32, UInt32)
}

enum Folding {
    static func fold(_ scalar: UInt32) -> Folded {
        switch scalar {
        case 0..<0x80: return ascii(scalar)
        // The soft hyphen, and the typographic apostrophe inside words as in ASCII's.
        case 0xAD, 0x2019: return .dropped
        case 0x80..<0x180: return latin(scalar)
        case 0x300..<0x370: return .dropped
        case 0x400..<0x460: return cyrillic(scalar)
        case 0x600..<0x700: return ArabicScript.fold(scalar)
        case 0x1200..<0x1380: return Ethiopic.fold(scalar)
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF: return .dropped
        case 0x2000..<0x2C00, 0x2E00..<0x2E80, 0x3000..<0x3040, 0xFE10..<0xFE70, 0xFF00..<0xFF10: return .separator
        default: return .letter(scalar)
        }
    }

    private static func ascii(_ scalar: UInt32) -> Folded {
        switch UInt8(scalar) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .letter(scalar)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter(scalar + 0x20)
        // Somali writes the glottal stop with an apostrophe inside words (ba'an); English has "DUO's".
        case UInt8(ascii: "'"): return .dropped
        default: return .separator
        }
    }

    /// Latin-1 and Latin Extended-A: each letter's base letter, from the table below.
    private static func latin(_ scalar: UInt32) -> Folded {
        switch scalar {
        case 0xC6, 0xE6: return pair("ae")
        case 0xDF: return pair("ss")
        case 0x132, 0x133: return pair("ij")
        case 0x152, 0x153: return pair("oe")
        case 0xC0..<0x180:
            let base = latinBases[Int(scalar - 0xC0)]
            return base == UInt8(ascii: " ") ? .separator : .letter(UInt32(base))
        default: return .separator
        }
    }

    /// Base letters of U+00C0 to U+017F, one per character; a space marks a sign that is no letter (× ÷).
    private static let latinBases = UTF8Bytes.of("aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty")
        + UTF8Bytes.of("aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll")
        + UTF8Bytes.of("lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs")

    private static func cyrillic(_ scalar: UInt32) -> Folded {
        switch scalar {
        case 0x410...0x42F: return .letter(scalar + 0x20)
        case 0x400...0x40F: return .letter(scalar + 0x50)
        case 0x451: return .letter(0x435)  // ё is written е in most texts
        default: return .letter(scalar)
        }
    }

    private static func pair(_ letters: StaticString) -> Folded {
        let bytes = letters.utf8Start
        return .letters(UInt32(bytes[0]), UInt32(bytes[1]))
    }
}
