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
                out += "<h\(level) id=\"\(HTMLText.escape(id))\">"
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
            }
        }
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
                    out += "<a href=\"\(HTMLText.escape(target.href))\" class=\"\(Self.externalLinkClass)\" rel=\"noopener\"\(title)>"
                    render(content, into: &out)
                    out += "<span class=\"visually-hidden\"> \(HTMLText.escape(externalLinkNote))</span></a>"
                } else {
                    out += "<a href=\"\(HTMLText.escape(target.href))\"\(title)>"
                    render(content, into: &out)
                    out += "</a>"
                }
            case .image(let source, let title, let alt):
                guard URLSafety.isSafe(source, forImage: true) else { out += HTMLText.escape(alt); continue }
                let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLText.escape(title))\""
                out += "<img src=\"\(HTMLText.escape(source))\" alt=\"\(HTMLText.escape(alt))\"\(titleAttribute)>"
            }
        }
    }
}

/// Which link destinations may reach a page: the same rule as cmark's safe mode.
enum URLSafety {
    static func isSafe(_ url: String, forImage: Bool = false) -> Bool {
        // Every unsafe form has a scheme, and only the first characters can spell one.
        guard url.utf8.contains(UInt8(ascii: ":")) else { return true }
        var visible = String.UnicodeScalarView()
        for scalar in url.unicodeScalars {
            let hidden = scalar.isASCII
                ? scalar.value <= 0x20 || scalar.value == 0x7F
                : scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            if hidden { continue }
            visible.append(scalar)
            if visible.count == 20 { break }
        }
        let lowered = String(visible).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) { return false }
        if lowered.hasPrefix("data:") {
            return forImage && ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
        }
        return true
    }

    /// `https://…`, `mailto:…`: a destination with a scheme, not a path in this site.
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
            && scheme.first!.isLetter
    }
}
