/// Folding for Ethiopic script (Tigrinya). Each syllable is a consonant family of eight code
/// points, one per vowel order. Families that Tigrinya pronounces alike are written
/// interchangeably (ሠ/ሰ, ፀ/ጸ, and the Ge'ez ኀ for ሐ); folding a family keeps the vowel order.
/// ሀ/ሐ and አ/ዐ stay apart: Tigrinya tells those sounds apart.
enum Ethiopic {
    static func fold(_ scalar: UInt32) -> Folded {
        switch scalar {
        case 0x1360...0x1368: return .separator  // word space, full stop, commas
        case 0x1220...0x1227: return .letter(scalar - 0x1220 + 0x1230)  // ሠ → ሰ
        case 0x1340...0x1347: return .letter(scalar - 0x1340 + 0x1338)  // ፀ → ጸ
        case 0x1280...0x1287: return .letter(scalar - 0x1280 + 0x1210)  // ኀ → ሐ
        case 0x12A0, 0x12D0: return .letter(scalar + 3)                 // Amharic spelling's አ for Tigrinya's ኣ; ዐ → ዓ likewise
        default: return .letter(scalar)
        }
    }
}
