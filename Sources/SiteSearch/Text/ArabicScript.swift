/// Folding for Arabic, Persian, Dari and Pashto, written in one script with letters that
/// readers interchange: keyboards for Arabic give ي and ك, Persian ones ی and ک; hamza seats
/// and alef forms are often left out; digits come in three forms.
enum ArabicScript {
    static let alef: UInt32 = 0x627, yeh: UInt32 = 0x64A, keheh: UInt32 = 0x6A9, heh: UInt32 = 0x647, waw: UInt32 = 0x648

    static func fold(_ scalar: UInt32) -> Folded {
        switch scalar {
        // Harakat, the superscript alef and Quranic marks: optional vowel signs.
        case 0x64B...0x65F, 0x670, 0x6D6...0x6ED: return .dropped
        case 0x640: return .dropped  // tatweel only stretches a word
        case 0x621: return .dropped  // a hamza on its own is often left out in writing
        case 0x622, 0x623, 0x625, 0x671, 0x672, 0x673: return .letter(alef)
        case 0x649, 0x6CC, 0x6D0, 0x6CD, 0x6CE, 0x626, 0x64A: return .letter(yeh)
        case 0x643, 0x6AA: return .letter(keheh)
        case 0x629, 0x6C0, 0x6C1, 0x6D5: return .letter(heh)
        case 0x624: return .letter(waw)
        case 0x660...0x669: return .letter(scalar - 0x660 + 0x30)
        case 0x6F0...0x6F9: return .letter(scalar - 0x6F0 + 0x30)
        case 0x600...0x61F, 0x66A...0x66D, 0x6D4, 0x6DD, 0x6DE, 0x6E9: return .separator
        default: return .letter(scalar)
        }
    }
}
