/// GFM pipe tables, found in paragraphs that libcmark (plain CommonMark) leaves as text: a
/// header row, a delimiter row (`| --- | :-: |`) with as many cells, then body rows. The
/// cells' text is split here; their inline Markdown is parsed by the caller. See the GFM
/// spec's "Tables (extension)", whose examples run in make test.
struct PipeTable: Equatable {
    /// `:--` is read as the start of the reading direction and `--:` as its end, so that a
    /// right-to-left translation that keeps the source's delimiter row mirrors with it.
    enum Alignment: Hashable, Sendable { case none, start, center, end }

    var alignments: [Alignment]
    var header: [String]
    /// Body rows with as many cells as the header: missing ones empty, extra ones dropped.
    var rows: [[String]]

    /// The table in `lines` (a paragraph's source lines, container prefixes removed), or nil.
    init?(lines: [Substring]) {
        guard lines.count >= 2 else { return nil }
        let header = PipeTable.cells(of: lines[0])
        guard let alignments = PipeTable.alignments(of: lines[1]), alignments.count == header.count else { return nil }
        self.alignments = alignments
        self.header = header
        rows = lines.dropFirst(2).map { line in
            let cells = PipeTable.cells(of: line)
            return (0..<header.count).map { $0 < cells.count ? cells[$0] : "" }
        }
    }

    /// The cells of a row: split at pipes not escaped with a backslash, the outer pipes
    /// optional, each cell trimmed, `\|` read as `|`.
    static func cells(of line: Substring) -> [String] {
        let row = line.trimmingWhitespace
        var cells: [String] = [], current = ""
        var escaped = false
        for character in row {
            if character == "|" && !escaped {
                cells.append(current)
                current = ""
            } else {
                if escaped && character != "|" { current.append("\\") }
                if character != "\\" || escaped { current.append(character) }
            }
            escaped = character == "\\" && !escaped
        }
        if escaped { current.append("\\") }
        cells.append(current)
        if row.first == "|" { cells.removeFirst() }
        if cells.count > 1, let last = cells.last, last.allSatisfy(\.isWhitespace), row.last == "|" {
            cells.removeLast()
        }
        return cells.map { String($0.trimmingWhitespace) }
    }

    private static func alignments(of line: Substring) -> [Alignment]? {
        var found: [Alignment] = []
        for cell in cells(of: line) {
            let leading = cell.hasPrefix(":"), trailing = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            found.append(leading && trailing ? .center : leading ? .start : trailing ? .end : .none)
        }
        return found
    }
}
