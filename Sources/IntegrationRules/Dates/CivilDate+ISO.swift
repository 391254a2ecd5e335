// The `YYYY-MM-DD` form used by the command line and the scenario files.
extension CivilDate {
    public init(iso text: String) throws(DateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .notADate
        }
        let year = try CivilDate.number(bytes[0..<4])
        let month = try CivilDate.number(bytes[5..<7])
        let day = try CivilDate.number(bytes[8..<10])
        try self.init(year: year, month: month, day: day)
    }

    public var iso: String {
        let (year, month, day) = components
        return CivilDate.digits(year, width: 4) + "-" + CivilDate.digits(month, width: 2)
            + "-" + CivilDate.digits(day, width: 2)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) throws(DateError) -> Int32 {
        var value: Int32 = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw .notADate }
            value = value * 10 + Int32(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func digits(_ value: Int32, width: Int) -> String {
        var text = String(value)
        while text.utf8.count < width { text = "0" + text }
        return text
    }
}
