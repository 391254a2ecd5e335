import SiteCore

/// A made-up locale generated from the default locale's pages and UI strings, so that text
/// which is not translatable, too tight a layout, or a right-to-left breakage shows at a glance.
struct PseudoLocale: Sendable {
    enum Style: Sendable { case accented, mirrored }

    var code: String
    var style: Style

    /// `en-XA`: `[Ţĥé éẋáɱš·····]`, about 40% longer. `ar-XB`: each word reversed in a right-to-left page.
    static let all = [PseudoLocale(code: "en-XA", style: .accented), PseudoLocale(code: "ar-XB", style: .mirrored)]

    var direction: TextDirection { style == .accented ? .ltr : .rtl }

    /// A whole string (a title, a UI string): transformed and, for `en-XA`, lengthened and bracketed.
    func transform(_ text: String) -> String {
        switch style {
        case .accented: "[" + PseudoText.accented(text) + PseudoText.padding(for: text) + "]"
        case .mirrored: PseudoText.mirrored(text)
        }
    }

    /// One text piece of a longer run (Markdown splits a paragraph at links and emphasis).
    func transformPiece(_ text: String) -> String {
        style == .accented ? PseudoText.accented(text) : PseudoText.mirrored(text)
    }
}

/// The character-level transforms. `{name}` placeholders are kept as they are.
enum PseudoText {
    private static let accents: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÁƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented))
    }()

    /// Right-to-left override … pop directional formatting, between right-to-left marks.
    private static let (rlm, rlo, pdf) = ("\u{200F}", "\u{202E}", "\u{202C}")

    static func accented(_ text: String) -> String {
        outsidePlaceholders(text) { String($0.map { accents[$0] ?? $0 }) }
    }

    /// Each word shown backwards; in a `dir=rtl` page the words also run right to left.
    static func mirrored(_ text: String) -> String {
        outsidePlaceholders(text) { piece in
            var out = ""
            var word = ""
            func flush() {
                if !word.isEmpty { out += rlm + rlo + word + pdf + rlm }
                word = ""
            }
            for character in piece {
                if character.isWhitespace { flush(); out.append(character) } else { word.append(character) }
            }
            flush()
            return out
        }
    }

    /// About 40% of the text's length in filler, so text that does not fit shows.
    static func padding(for text: String) -> String {
        let length = text.count
        return length == 0 ? "" : String(repeating: "·", count: (length * 2 + 4) / 5)
    }

    /// Applies `transform` to the text between `{name}` placeholders.
    static func outsidePlaceholders(_ text: String, _ transform: (Substring) -> String) -> String {
        var out = ""
        var rest = text[...]
        while let match = rest.firstMatch(of: /\{[A-Za-z0-9_.]+\}/) {
            out += transform(rest[..<match.range.lowerBound]) + match.output
            rest = rest[match.range.upperBound...]
        }
        return out + transform(rest)
    }
}
