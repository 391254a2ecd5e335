/// How one item of a source's sequence (headings, links, directives) lines up with its translation's.
enum AlignmentStep: Hashable {
    case same(source: Int, translation: Int)
    /// Both have an item at this place, but they differ.
    case changed(source: Int, translation: Int)
    /// The source's item has no counterpart; `before` is the translation index it would precede.
    case missing(source: Int, before: Int)
    /// The translation's item has no counterpart in the source.
    case extra(translation: Int)
}

enum Alignment {
    /// Lines up the two sequences the way a diff does, so one missing item is reported once
    /// instead of making every item after it look different.
    static func align<Element: Equatable>(source: [Element], translation: [Element]) -> [AlignmentStep] {
        let difference = translation.difference(from: source)
        var removed: Set<Int> = [], inserted: Set<Int> = []
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var steps: [AlignmentStep] = []
        var s = 0, t = 0
        while s < source.count || t < translation.count {
            var gone: [Int] = [], added: [Int] = []
            while s < source.count, removed.contains(s) { gone.append(s); s += 1 }
            while t < translation.count, inserted.contains(t) { added.append(t); t += 1 }
            if gone.isEmpty && added.isEmpty {
                guard s < source.count, t < translation.count else { break }
                steps.append(.same(source: s, translation: t))
                s += 1; t += 1
                continue
            }
            // Removals and insertions at the same place read best as changes, pair by pair.
            for (a, b) in zip(gone, added) { steps.append(.changed(source: a, translation: b)) }
            for a in gone.dropFirst(added.count) { steps.append(.missing(source: a, before: t)) }
            for b in added.dropFirst(gone.count) { steps.append(.extra(translation: b)) }
        }
        return steps
    }
}
