/// Standalone lines, and the positions and text of the template's source.
extension TemplateParser {
    /// A line is standalone when it holds nothing but spaces, tabs and one tag that can stand
    /// alone, or only parent and block tags (`{{<layout}}{{$main}}`), so long as no block both
    /// opens and closes there: that block's content shows on the line.
    func markStandaloneLines(_ tags: inout [Tag]) {
        var first = 0
        while first < tags.count {
            var last = first
            while last + 1 < tags.count, !bytes[tags[last].range.upperBound..<tags[last + 1].range.lowerBound].contains(UInt8(ascii: "\n")) {
                last += 1
            }
            defer { first = last + 1 }
            let group = tags[first...last]
            let lineStart = lineStarts[position(of: group.first!.range.lowerBound).line - 1]
            var lineEnd = group.last!.range.upperBound
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let blankBetween = zip(group, group.dropFirst()).allSatisfy { bytes[$0.range.upperBound..<$1.range.lowerBound].allSatisfy(Self.isBlank) }
            guard group.allSatisfy(\.kind.canStandAlone), group.count == 1 || Self.standTogether(group, first: first),
                  blankBetween, bytes[lineStart..<group.first!.range.lowerBound].allSatisfy(Self.isBlank),
                  bytes[group.last!.range.upperBound..<lineEnd].allSatisfy({ Self.isBlank($0) || $0 == UInt8(ascii: "\r") })
            else { continue }
            for index in first...last {
                tags[index].isStandalone = true
                tags[index].indentation = Array(bytes[lineStart..<group.first!.range.lowerBound])
                tags[index].removedRange = lineStart..<min(lineEnd + 1, bytes.count)
            }
        }
    }

    private static func standTogether(_ group: ArraySlice<Tag>, first: Int) -> Bool {
        group.allSatisfy { tag in
            switch tag.kind {
            case .parent: return true
            case .block: return tag.partner.map { $0 > first + group.count - 1 } ?? true
            case .close: return tag.closes == .parent || tag.closes == .block
            default: return false
            }
        }
    }

    /// What a block's lines share of indentation: the part that moves with the block when a
    /// parent template shows it elsewhere. A block that starts mid-line counts that line's.
    func blockIndentation(_ open: Tag, closingAt closeStart: Int, removedLines: Set<Int>) -> [UInt8] {
        let openLine = lineStarts[position(of: open.range.lowerBound).line - 1]
        var shared: ArraySlice<UInt8>? = open.isStandalone ? nil : leadingBlanks(from: openLine, to: open.range.lowerBound)
        for start in lineStarts where start > openLine && start >= open.removedRange.upperBound && start < closeStart {
            guard !removedLines.contains(start) else { continue }
            var end = start
            while end < min(bytes.count, closeStart), bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let blanks = leadingBlanks(from: start, to: end)
            guard blanks.count < end - start, bytes[start + blanks.count] != UInt8(ascii: "\r") else { continue }
            shared = shared.map { $0.prefix(zip($0, blanks).prefix { $0 == $1 }.count) } ?? blanks
        }
        return Array(shared ?? leadingBlanks(from: openLine, to: open.range.lowerBound))
    }

    private func leadingBlanks(from start: Int, to end: Int) -> ArraySlice<UInt8> {
        bytes[start..<end].prefix(while: Self.isBlank)
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    func isLineStart(_ offset: Int) -> Bool { offset == 0 || bytes[offset - 1] == UInt8(ascii: "\n") }

    func isEmptyLine(_ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] == UInt8(ascii: "\n")
            || (bytes[offset] == UInt8(ascii: "\r") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n"))
    }

    func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = offset
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// 1-based line and column (in characters) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = String(decoding: bytes[lineStarts[low]..<offset], as: UTF8.self).count + 1
        return (low + 1, column)
    }

    func text(from start: Int, to end: Int) -> String {
        start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : ""
    }
}
