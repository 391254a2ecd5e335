/// Anchors for headings: readable in every script, stable, and unique within a page.
enum HeadingIDs {
    /// `## Which act applies? {#which-act}` → ("Which act applies?", "which-act").
    static func explicitID(in text: String) -> (text: String, id: String)? {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{"),
              text[text.index(after: open)...].hasPrefix("#") else { return nil }
        let id = String(text[text.index(open, offsetBy: 2)..<text.index(before: text.endIndex)])
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        let rest = text[..<open]
        return (String(rest.reversed().drop(while: { $0 == " " }).reversed()), id)
    }

    /// Lower-cased letters and digits of any script, joined by `-`: "Wat is de PIP?" → "wat-is-de-pip",
    /// "الامتحانات" → "الامتحانات". Combining marks stay (Ethiopic, Arabic vowels); punctuation goes.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII ? isASCIILetterOrDigit(scalar) : isLetterDigitOrMark(scalar) {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "-" || scalar == "_" || scalar.properties.isWhitespace {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    // Most headings are ASCII; looking up Unicode properties is far slower than a range check.
    private static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isLetterDigitOrMark(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    /// Makes `id` unique among `taken` the way GitHub does: `exams`, `exams-1`, `exams-2`.
    static func unique(_ id: String, taken: inout Set<String>) -> String {
        var candidate = id
        var counter = 0
        while taken.contains(candidate) {
            counter += 1
            candidate = "\(id)-\(counter)"
        }
        taken.insert(candidate)
        return candidate
    }
}
