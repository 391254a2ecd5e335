@testable import SiteSearch
import Testing

/// Stemmers: forms of one word meet, different words stay apart.
@Suite struct StemmerTests {
    private func stem(_ word: String, _ language: SearchLanguage) -> String {
        let words = Words(Array(word.utf8))
        return String(decoding: QueryTerms.key(Stemmer(language: language).stem(Array(words.letters(of: 0)))), as: UTF8.self)
    }

    private func meet(_ forms: [String], _ language: SearchLanguage) -> Bool {
        Set(forms.map { stem($0, language) }).count == 1
    }

    @Test func english() {
        #expect(meet(["exam", "exams"], .english))
        #expect(meet(["booking", "booked", "book", "books"], .english))
        #expect(meet(["study", "studies"], .english))
        #expect(meet(["course", "courses"], .english))
        #expect(meet(["planned", "plan"], .english))
        #expect(stem("class", .english) == "class")
        #expect(!meet(["exam", "example"], .english))
    }

    @Test func dutch() {
        #expect(meet(["inburgering", "inburgeren"], .dutch))
        #expect(meet(["examen", "examens"], .dutch))
        #expect(meet(["lessen", "les"], .dutch))
        #expect(meet(["mogelijkheden", "mogelijkheid"], .dutch))
        #expect(meet(["gemeente", "gemeenten"], .dutch))
    }

    @Test func spanish() {
        #expect(meet(["examen", "exámenes"], .spanish))
        #expect(meet(["curso", "cursos"], .spanish))
        #expect(meet(["municipio", "municipios"], .spanish))
    }

    @Test func arabic() {
        #expect(meet(["امتحان", "الامتحان", "والامتحان", "امتحانات"], .arabic))
        #expect(meet(["البلدية", "بلديه", "للبلدية"], .arabic))
        #expect(meet(["رسالة", "الرسالة", "والرسالة"], .arabic))
        #expect(!meet(["امتحان", "مدرسة"], .arabic))
    }

    @Test func persianAndDari() {
        #expect(meet(["امتحان", "امتحان‌ها", "امتحانهای"], .persian))
        #expect(meet(["می‌شود", "شود"], .persian))
        #expect(meet(["کلاس", "کلاس‌ها"], .persian))
        #expect(SearchLanguage(tag: Array("fa-AF".utf8)) == .persian)
        #expect(SearchLanguage(tag: Array("prs".utf8)) == .persian)
    }

    @Test func pashto() {
        #expect(meet(["ازموینه", "ازموینې"], .pashto))
        #expect(meet(["کتاب", "کتابونه"], .pashto))
    }

    @Test func somali() {
        #expect(meet(["imtixaan", "imtixaanka", "imtixaankii"], .somali))
        #expect(meet(["dowlad", "dowladda"], .somali))
        #expect(meet(["warqad", "warqadda", "warqaddii"], .somali))
    }

    @Test func tigrinya() {
        #expect(meet(["ፈተና", "ፈተናታት", "ብፈተና", "ኣብፈተና"], .tigrinya))
        #expect(meet(["ምምሕዳር", "ናብምምሕዳር"], .tigrinya))
    }

    @Test func unknownLanguagesAreFoldedButNotStemmed() {
        #expect(SearchLanguage(tag: Array("ja".utf8)) == .other)
        #expect(stem("Exams", .other) == "exams")
    }
}
