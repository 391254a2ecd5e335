import SiteCore

/// Splits a content file into its YAML front matter and its Markdown body.
enum FrontMatterParser {
    struct Result {
        var frontMatter: FrontMatter
        var body: String
        /// Line of the file on which the body starts (1-based), to report Markdown positions.
        var bodyFirstLine: Int
    }

    private static let knownKeys: Set<String> = ["title", "description", "weight", "slug", "translationKey", "draft", "translation",
                                                        "sources", "checked"]
    private static let translationKeys: Set<String> = ["source", "sourceHash", "method", "reviewed"]

    static func parse(_ text: String, path: String) -> (Result?, [Diagnostic]) {
        guard let (yaml, body, bodyLine) = split(text) else {
            let message = text.hasPrefix("---")
                ? "front matter is not closed: add a line '---' after it"
                : "a content file must start with front matter between two '---' lines"
            return (nil, [.error(message, at: SourceLocation(path: path, line: 1, column: 1))])
        }
        let (parsed, syntaxErrors) = YAMLFields.parse(yaml, path: path, lineOffset: 1)
        guard var fields = parsed else { return (nil, syntaxErrors) }
        fields.warnAboutUnknownKeys(known: knownKeys, in: "front matter")

        let title = fields.string("title", required: true)
        let description = fields.string("description")
        let weight = fields.int("weight") ?? 0
        let slug = fields.string("slug")
        if let slug, let problem = URLRules.problem(withSlug: slug) {
            fields.error(problem, at: fields.mapping["slug"])
        }
        let translationKey = fields.string("translationKey")
        let draft = fields.bool("draft") ?? false
        var translation: TranslationInfo?
        if var nested = fields.mapping("translation") {
            translation = parseTranslation(&nested)
            fields.absorb(nested)
        }
        let provenance = parseProvenance(&fields)
        guard let title, !fields.diagnostics.hasErrors else { return (nil, fields.diagnostics) }
        let frontMatter = FrontMatter(title: title, description: description, weight: weight, slug: slug,
                                      translationKey: translationKey, draft: draft, translation: translation,
                                      provenance: provenance)
        return (Result(frontMatter: frontMatter, body: body, bodyFirstLine: bodyLine), fields.diagnostics)
    }

    private static func parseTranslation(_ fields: inout YAMLFields) -> TranslationInfo? {
        fields.warnAboutUnknownKeys(known: translationKeys, in: "translation")
        let source = fields.string("source", required: true)
        let hash = fields.string("sourceHash", required: true)
        let methodText = fields.string("method", required: true)
        let reviewed = fields.bool("reviewed")
        if reviewed == nil && fields.mapping["reviewed"] == nil { fields.error("missing required key 'reviewed'", at: nil) }
        let method = methodText.flatMap(TranslationInfo.Method.init(rawValue:))
        if methodText != nil && method == nil { fields.error("'method' must be human or machine", at: fields.mapping["method"]) }
        guard let source, let hash, let method, let reviewed else { return nil }
        return TranslationInfo(source: source, sourceHash: hash, method: method, reviewed: reviewed)
    }

    /// `sources:` (a list of `title` and `url`, each an https address) and `checked:` (`YYYY-MM-DD`).
    private static func parseProvenance(_ fields: inout YAMLFields) -> Provenance {
        var provenance = Provenance()
        if let node = fields.mapping["checked"] {
            let text = fields.string("checked")
            provenance.checkedLine = fields.location(of: node).line
            provenance.checked = text.flatMap(CalendarDay.init(iso:))
            if text != nil && provenance.checked == nil {
                fields.error("'checked' must be a date written YYYY-MM-DD, like 2026-12-08", at: node)
            }
        }
        guard let node = fields.mapping["sources"] else { return provenance }
        guard let items = node.sequence else {
            fields.error("'sources' must be a list of entries with 'title' and 'url'", at: node)
            return provenance
        }
        for item in items {
            guard case .mapping(let entry) = item else {
                fields.error("each entry of 'sources' must have 'title' and 'url'", at: item)
                continue
            }
            var source = YAMLFields(path: fields.path, lineOffset: fields.lineOffset, mapping: entry, mappingMark: item.mark)
            source.warnAboutUnknownKeys(known: ["title", "url"], in: "a source")
            let title = source.string("title", required: true), url = source.string("url", required: true)
            if let url, !isWebAddress(url) {
                source.error("a source's 'url' must be a full https:// address", at: entry["url"])
            }
            fields.absorb(source)
            if let title, let url { provenance.sources.append(.init(title: title, url: url)) }
        }
        return provenance
    }

    private static func isWebAddress(_ url: String) -> Bool {
        guard url.hasPrefix("https://"), let host = url.dropFirst(8).split(separator: "/").first else { return false }
        return host.contains(".") && !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// (front matter YAML, body, first line of the body), or nil when the file has no front matter.
    /// Works on UTF-8 bytes: splitting the whole file into `Character`s is the slow part otherwise.
    static func split(_ text: String) -> (String, String, Int)? {
        let bytes = Array(text.utf8)
        var lineStart = 0, lineNumber = 0
        var yamlStart: Int?
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            lineNumber += 1
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let isFence = contentEnd - lineStart == 3 && bytes[lineStart..<contentEnd].allSatisfy { $0 == UInt8(ascii: "-") }
            if lineNumber == 1 {
                guard isFence else { return nil }
                yamlStart = min(lineEnd + 1, bytes.count)
            } else if isFence, let yamlStart {
                let yaml = String(decoding: bytes[yamlStart..<max(yamlStart, lineStart - 1)], as: UTF8.self)
                let body = String(decoding: bytes[min(lineEnd + 1, bytes.count)...], as: UTF8.self)
                return (yaml, body, lineNumber + 1)
            }
            lineStart = lineEnd + 1
        }
        return nil
    }
}

