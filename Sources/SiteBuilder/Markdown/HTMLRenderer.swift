import SiteCore

/// Where a link in Markdown goes once the site is assembled.
struct LinkTarget: Hashable, Sendable {
    var href: String
    var isExternal: Bool
}

/// `MarkdownDocument` → HTML. Everything from the page is escaped; links go through `resolveLink`
/// and directives through `renderDirective`, both given by the caller who knows the site.
struct HTMLRenderer {
    /// Added to external links so the theme can show "opens an external website".
    static let externalLinkClass = "external"

    var resolveLink: (MarkdownLink) -> LinkTarget?
    var renderDirective: (MarkdownDirective) -> String
    /// Visually hidden text after each external link, in the page's language.
    var externalLinkNote: String
    /// Headings carry their `id` for anchors; `wegwijs markdown` leaves them out.
    var headingIDs = true

    func render(_ document: MarkdownDocument) -> String {
        var out = ""
        out.reserveCapacity(4096)
        render(document.blocks, tight: false, into: &out)
        return out
    }

    private func render(_ blocks: [MarkdownBlock], tight: Bool, into out: inout String) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                if tight {
                    render(inlines, into: &out)
                } else {
                    out += "<p>"
                    render(inlines, into: &out)
                    out += "</p>\n"
                }
            case .heading(let level, let id, let content, _):
                out += headingIDs ? "<h\(level) id=\"\(HTMLText.escape(id))\">" : "<h\(level)>"
                render(content, into: &out)
                out += "</h\(level)>\n"
            case .blockQuote(let inner):
                out += "<blockquote>\n"
                render(inner, tight: false, into: &out)
                out += "</blockquote>\n"
            case .list(let ordered, let start, let isTight, let items):
                out += ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "<ul>\n"
                for item in items {
                    out += "<li>"
                    render(item, tight: isTight, into: &out)
                    out += "</li>\n"
                }
                out += ordered ? "</ol>\n" : "</ul>\n"
            case .codeBlock(let language, let code):
                let langClass = language.isEmpty ? "" : " class=\"language-\(HTMLText.escape(language))\""
                out += "<pre><code\(langClass)>\(HTMLText.escape(code))</code></pre>\n"
            case .directive(let directive):
                out += renderDirective(directive)
            case .thematicBreak:
                out += "<hr>\n"
            case .table(let table):
                render(table, into: &out)
            }
        }
    }

    /// As GFM writes tables, with alignment as a class (`align-start`, `align-center`,
    /// `align-end`) that the theme styles: the `align` attribute is obsolete in HTML, and the
    /// Content-Security-Policy allows no inline style.
    private func render(_ table: MarkdownTable, into out: inout String) {
        func row(_ cells: [[MarkdownInline]], tag: String) {
            out += "<tr>\n"
            for (cell, alignment) in zip(cells, table.alignments) {
                out += alignment == .none ? "<\(tag)>" : "<\(tag) class=\"align-\(alignment)\">"
                render(cell, into: &out)
                out += "</\(tag)>\n"
            }
            out += "</tr>\n"
        }
        out += "<table>\n<thead>\n"
        row(table.header, tag: "th")
        out += "</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            table.rows.forEach { row($0, tag: "td") }
            out += "</tbody>\n"
        }
        out += "</table>\n"
    }

    private func render(_ inlines: [MarkdownInline], into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text): HTMLText.append(text, to: &out)
            case .code(let code): out += "<code>\(HTMLText.escape(code))</code>"
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br>\n"
            case .emphasis(let content):
                out += "<em>"; render(content, into: &out); out += "</em>"
            case .strong(let content):
                out += "<strong>"; render(content, into: &out); out += "</strong>"
            case .link(let link, let content):
                guard let target = resolveLink(link) else {
                    render(content, into: &out)
                    continue
                }
                let title = link.title.isEmpty ? "" : " title=\"\(HTMLText.escape(link.title))\""
                if target.isExternal {
                    out += "<a href=\"\(HTMLText.escape(HrefEncoding.encode(target.href)))\" class=\"\(Self.externalLinkClass)\" rel=\"noopener\"\(title)>"
                    render(content, into: &out)
                    out += "<span class=\"visually-hidden\"> \(HTMLText.escape(externalLinkNote))</span></a>"
                } else {
                    out += "<a href=\"\(HTMLText.escape(HrefEncoding.encode(target.href)))\"\(title)>"
                    render(content, into: &out)
                    out += "</a>"
                }
            case .image(let source, let title, let alt):
                guard URLSafety.isSafe(source, forImage: true) else { out += HTMLText.escape(alt); continue }
                let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLText.escape(title))\""
                out += "<img src=\"\(HTMLText.escape(HrefEncoding.encode(source)))\" alt=\"\(HTMLText.escape(alt))\"\(titleAttribute)>"
            }
        }
    }
}

/// Which link destinations may reach a page: the same rule as cmark's safe mode.
enum URLSafety {
    static func isSafe(_ url: String, forImage: Bool = false) -> Bool {
        // Every unsafe form has a scheme, and only the first characters can spell one.
        guard url.utf8.contains(UInt8(ascii: ":")) else { return true }
        // Lower-cased ASCII of the first visible characters. Browsers read schemes in ASCII
        // only, so the first other visible character ends what could be one.
        var visible: [UInt8] = []
        for scalar in url.unicodeScalars where visible.count < 20 {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte <= 0x20 || byte == 0x7F { continue }
                visible.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            } else if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                continue
            } else {
                break
            }
        }
        for scheme in Self.forbiddenSchemes where visible.starts(with: scheme) { return false }
        if visible.starts(with: Self.data) {
            return forImage && Self.imageData.contains { visible.starts(with: $0) }
        }
        return true
    }

    private static let forbiddenSchemes = ["javascript:", "vbscript:", "file:"].map { Array($0.utf8) }
    private static let data = Array("data:".utf8)
    private static let imageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].map { Array($0.utf8) }

    /// `https://…`, `mailto:…`: a destination with a scheme, not a path in this site.
    static func hasScheme(_ url: String) -> Bool {
        for (index, byte) in url.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return index > 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if index == 0 { return false }
            default: return false
            }
        }
        return false
    }
}
