@testable import SiteSearch
import Testing

/// Folding: the spellings readers type for one word become one word.
@Suite struct FoldingTests {
    private func folded(_ text: String) -> [String] {
        let words = Words(Array(text.utf8))
        return (0..<words.count).map { String(decoding: QueryTerms.key(words.letters(of: $0)), as: UTF8.self) }
    }

    @Test func arabicAndPersianLettersMeet() {
        #expect(folded("مدرك تحصيلي") == folded("مدرک تحصیلی"))
        #expect(folded("ویدئو") == folded("ویدیو"))
        #expect(folded("مدرسة") == folded("مدرسه"))
        #expect(folded("أحمد إلى آمنة") == folded("احمد الى امنه"))
    }

    @Test func diacriticsTatweelAndTheNonJoinerAreLeftOut() {
        #expect(folded("مُدَرِّس") == folded("مدرس"))
        #expect(folded("عـــربي") == folded("عربي"))
        #expect(folded("می‌شود") == folded("میشود"))
        #expect(folded("می‌شود").count == 1)
    }

    @Test func digitsOfEveryFormAreASCII() {
        #expect(folded("قانون ۲۰۱۳") == ["قانون", "2013"])
        #expect(folded("٢٠٢١") == ["2021"])
    }

    @Test func latinCaseAccentsAndDutchIJ() {
        #expect(folded("Één Examen") == ["een", "examen"])
        #expect(folded("ĳs") == ["ijs"])
        #expect(folded("Straße") == ["strasse"])
        #expect(folded("DUO's B1-route") == ["duos", "b1", "route"])
        #expect(folded("ba'an") == ["baan"])
    }

    @Test func ethiopicFamiliesWrittenAlikeMeet() {
        #expect(folded("ሠራሕ") == folded("ሰራሕ"))
        #expect(folded("ፀሓይ") == folded("ጸሓይ"))
        #expect(folded("አብ") == folded("ኣብ"))
        // ሀ and ሐ are different sounds in Tigrinya.
        #expect(folded("ሀ") != folded("ሐ"))
        #expect(folded("ቋንቋ፡ ትግርኛ።") == ["ቋንቋ", "ትግርኛ"])
    }

    @Test func malformedBytesNeverStopTheWords() {
        let words = Words([0x61, 0xFF, 0x62, 0xE2, 0x82])
        #expect(words.count == 1)
        #expect(Array(words.letters(of: 0)) == [0x61, 0xFFFD, 0x62, 0xFFFD, 0xFFFD])
    }

    @Test func byteRangesPointAtTheWordsInTheText() {
        let text = Array("  مرحبا، world ".utf8)
        let words = Words(text)
        #expect(words.count == 2)
        let ranges = words.spans.map { String(decoding: text[Int($0.bytes.lowerBound)..<Int($0.bytes.upperBound)], as: UTF8.self) }
        #expect(ranges == ["مرحبا", "world"])
    }
}
