/// A strict JSON reader (RFC 8259), enough for answers typed by an editor.
extension WireValue {
    public init(json text: String) throws(WireError) {
        var reader = JSONReader(bytes: Array(text.utf8))
        self = try reader.value()
        reader.skipWhitespace()
        guard reader.atEnd else { throw reader.failure("unexpected text after the JSON value") }
    }
}

private struct JSONReader {
    let bytes: [UInt8]
    var position = 0

    var atEnd: Bool { position == bytes.count }

    func failure(_ problem: String) -> WireError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(position, bytes.count)] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return WireError("line \(line), column \(column): \(problem)")
    }

    mutating func skipWhitespace() {
        while !atEnd, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    mutating func value() throws(WireError) -> WireValue {
        skipWhitespace()
        guard !atEnd else { throw failure("the JSON ends too early") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(number())
        default: throw failure("expected a JSON value")
        }
    }

    private mutating func object() throws(WireError) -> WireValue {
        position += 1
        var members: [WireMember] = []
        skipWhitespace()
        if try consume("}") { return .object(members) }
        repeat {
            skipWhitespace()
            guard !atEnd else { throw failure("the JSON ends too early") }
            guard bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
            let key = try string()
            skipWhitespace()
            guard try consume(":") else { throw failure("expected ':' after the key") }
            members.append(WireMember(key, try value()))
            skipWhitespace()
        } while try consume(",")
        guard try consume("}") else { throw failure("expected ',' or '}'") }
        return .object(members)
    }

    private mutating func array() throws(WireError) -> WireValue {
        position += 1
        var elements: [WireValue] = []
        skipWhitespace()
        if try consume("]") { return .array(elements) }
        repeat {
            elements.append(try value())
            skipWhitespace()
        } while try consume(",")
        guard try consume("]") else { throw failure("expected ',' or ']'") }
        return .array(elements)
    }

    private mutating func string() throws(WireError) -> String {
        position += 1
        var utf8: [UInt8] = []
        while !atEnd {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"): try escape(into: &utf8)
            case 0..<0x20: throw failure("a control character inside a string")
            default: utf8.append(byte)
            }
        }
        throw failure("a string is not closed")
    }

    private mutating func escape(into utf8: inout [UInt8]) throws(WireError) {
        guard !atEnd else { throw failure("a string is not closed") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "u"):
            // Rare in answers; surrogate pairs are not joined.
            guard position + 4 <= bytes.count,
                  let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(code)
            else { throw failure("a bad \\u escape") }
            position += 4
            utf8 += Array(String(Character(scalar)).utf8)
        default: throw failure("an unknown escape")
        }
    }

    private mutating func number() -> String {
        let start = position
        let numberBytes = Array("+-.eE0123456789".utf8)
        while !atEnd, numberBytes.contains(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func literal(_ word: StaticString) throws(WireError) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard position + count <= bytes.count, bytes[position..<position + count].elementsEqual(expected) else {
            throw failure("expected \(word)")
        }
        position += count
    }

    private mutating func consume(_ character: Unicode.Scalar) throws(WireError) -> Bool {
        guard !atEnd, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }
}
