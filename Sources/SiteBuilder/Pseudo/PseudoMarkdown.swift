/// Pseudo-translates a Markdown document's text and nothing else: structure, links,
/// heading ids, code and directives stay exactly as in the source.
extension MarkdownDocument {
    func pseudo(_ locale: PseudoLocale) -> MarkdownDocument {
        MarkdownDocument(blocks: blocks.map { $0.pseudo(locale) })
    }
}

private extension MarkdownBlock {
    func pseudo(_ locale: PseudoLocale) -> MarkdownBlock {
        switch self {
        case .paragraph(let inlines): .paragraph(inlines.pseudoRun(locale))
        case .heading(let level, let id, let content, let line): .heading(level: level, id: id, content: content.pseudoRun(locale), line: line)
        case .blockQuote(let inner): .blockQuote(inner.map { $0.pseudo(locale) })
        case .list(let ordered, let start, let tight, let items):
            .list(ordered: ordered, start: start, tight: tight, items: items.map { $0.map { $0.pseudo(locale) } })
        case .table(let table):
            .table(MarkdownTable(alignments: table.alignments, header: table.header.map { $0.pseudoRun(locale) },
                                 rows: table.rows.map { $0.map { $0.pseudoRun(locale) } }))
        case .codeBlock, .directive, .thematicBreak: self
        }
    }
}

private extension Array where Element == MarkdownInline {
    /// The inlines of one block; for `en-XA` bracketed and padded as a whole, as a UI string would be.
    func pseudoRun(_ locale: PseudoLocale) -> [MarkdownInline] {
        let pieces = map { $0.pseudo(locale) }
        guard locale.style == .accented, !plainText.allSatisfy(\.isWhitespace) else { return pieces }
        return [.text("[")] + pieces + [.text(PseudoText.padding(for: plainText) + "]")]
    }
}

private extension MarkdownInline {
    func pseudo(_ locale: PseudoLocale) -> MarkdownInline {
        switch self {
        case .text(let text): .text(locale.transformPiece(text))
        case .emphasis(let content): .emphasis(content.map { $0.pseudo(locale) })
        case .strong(let content): .strong(content.map { $0.pseudo(locale) })
        case .link(let link, let content): .link(link, content.map { $0.pseudo(locale) })
        case .image(let source, let title, let alt): .image(source: source, title: title, alt: locale.transform(alt))
        case .code, .softBreak, .lineBreak: self
        }
    }
}
