import SiteCore

/// Splits a content file into its YAML front matter and its Markdown body.
enum FrontMatterParser {
    struct Result {
        var frontMatter: FrontMatter
        var body: String
        /// Line of the file on which the body starts (1-based), to report Markdown positions.
        var bodyFirstLine: Int
    }

    private static let knownKeys: Set<String> = ["title", "description", "weight", "slug", "translationKey", "draft", "translation"]
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
        guard let title, !fields.diagnostics.hasErrors else { return (nil, fields.diagnostics) }
        let frontMatter = FrontMatter(title: title, description: description, weight: weight, slug: slug,
                                      translationKey: translationKey, draft: draft, translation: translation)
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

    /// (front matter YAML, body, first line of the body), or nil when the file has no front matter.
    static func split(_ text: String) -> (String, String, Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), first.trimmingSuffix("\r") == "---" else { return nil }
        var yaml: [Substring] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if line.trimmingSuffix("\r") == "---" {
                let bodyStart = text.utf8.index(text.utf8.startIndex, offsetBy: bodyOffset(text, lines: lineNumber), limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
                return (yaml.joined(separator: "\n"), String(text[bodyStart...]), lineNumber + 1)
            }
            yaml.append(line)
        }
        return nil
    }

    /// UTF-8 offset just after the first `lines` lines.
    private static func bodyOffset(_ text: String, lines: Int) -> Int {
        var remaining = lines, offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") {
                remaining -= 1
                if remaining == 0 { return offset }
            }
        }
        return offset
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: Character) -> Substring { last == suffix ? dropLast() : self }
}
