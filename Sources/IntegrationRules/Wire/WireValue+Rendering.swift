extension WireValue {
    /// JSON text with keys sorted; `pretty` indents by two spaces, otherwise one
    /// line without spaces, as JavaScript's `JSON.stringify` writes it.
    public func json(pretty: Bool = true) -> String {
        var text = ""
        write(to: &text, indent: pretty ? "" : nil)
        return text
    }

    /// `indent` is the current indentation, or nil for a single line.
    private func write(to text: inout String, indent: String?) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .number(let value): text += value
        case .string(let value): WireValue.writeString(value, to: &text)
        case .array(let elements):
            writeList(elements.map { (nil, $0) }, open: "[", close: "]", to: &text, indent: indent)
        case .object(let members):
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writeList(sorted.map { ($0.key, $0.value) }, open: "{", close: "}", to: &text, indent: indent)
        }
    }

    private func writeList(
        _ items: [(key: String?, value: WireValue)], open: String, close: String,
        to text: inout String, indent: String?
    ) {
        text += open
        guard !items.isEmpty else { text += close; return }
        let inner = indent.map { $0 + "  " }
        for (index, item) in items.enumerated() {
            if index > 0 { text += "," }
            if let inner { text += "\n" + inner }
            if let key = item.key {
                WireValue.writeString(key, to: &text)
                text += indent == nil ? ":" : ": "
            }
            item.value.write(to: &text, indent: inner)
        }
        if let indent { text += "\n" + indent }
        text += close
    }

    private static func writeString(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.utf8.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
