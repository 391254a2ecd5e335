import SiteCore

/// Markdown to HTML with the renderer that pages use, outside a site: links as written (unsafe
/// ones left out, as in pages), no heading ids, no external-link marks, directives as code.
/// For `wegwijs markdown`, and so for the CommonMark conformance test.
public enum StandaloneMarkdown {
    public static func html(_ markdown: String) -> String {
        let document = CmarkParser.parse(markdown, firstLine: 1)
        let renderer = HTMLRenderer(
            resolveLink: { link in
                URLSafety.isSafe(link.destination) ? LinkTarget(href: link.destination, isExternal: false) : nil
            },
            renderDirective: { directive in
                "<pre><code class=\"language-\(HTMLText.escape(MarkdownDirective.infoPrefix + directive.name))\">\(HTMLText.escape(directive.body))</code></pre>\n"
            },
            externalLinkNote: "",
            headingIDs: false
        )
        return renderer.render(document)
    }
}
