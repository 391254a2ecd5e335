/// The words of a text, folded, with where each stands in the text's bytes (for excerpts).
struct Words {
    /// The folded letters of all words, one after the other.
    private(set) var letters: [UInt32] = []
    /// Per word: its letters in `letters`, and its bytes in the text.
    private(set) var spans: [(letters: Range<Int32>, bytes: Range<Int32>)] = []

    var count: Int { spans.count }

    func letters(of word: Int) -> ArraySlice<UInt32> {
        let range = spans[word].letters
        return letters[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    init(_ text: UnsafeBufferPointer<UInt8>) {
        var start: Int32 = 0, firstByte = 0, lastByteEnd = 0
        var index = 0
        while index < text.count {
            let (scalar, length) = UTF8Bytes.decode(text, at: index)
            switch Folding.fold(scalar) {
            case .separator:
                close(from: start, bytes: firstByte..<lastByteEnd)
                start = Int32(letters.count)
            case .dropped:
                break
            case .letter(let letter):
                if Int32(letters.count) == start { firstByte = index }
                letters.append(letter)
                lastByteEnd = index + length
            case .letters(let first, let second):
                if Int32(letters.count) == start { firstByte = index }
                letters.append(first)
                letters.append(second)
                lastByteEnd = index + length
            }
            index += length
        }
        close(from: start, bytes: firstByte..<lastByteEnd)
    }

    private mutating func close(from start: Int32, bytes: Range<Int>) {
        guard Int32(letters.count) > start else { return }
        spans.append((start..<Int32(letters.count), Int32(bytes.lowerBound)..<Int32(bytes.upperBound)))
    }
}

extension Words {
    init(_ text: [UInt8]) {
        self = text.withUnsafeBufferPointer { Words($0) }
    }
}
