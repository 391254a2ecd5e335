/// How a translation came to be, as its front matter says.
public struct TranslationInfo: Hashable, Sendable {
    public enum Method: String, Sendable, Hashable { case human, machine }

    /// The source page, as a path under `content/` (`en/tracks/b1.md`).
    public var source: String
    /// `SourceHash.of(body:)` of the source when it was translated.
    public var sourceHash: String
    public var method: Method
    public var reviewed: Bool

    public init(source: String, sourceHash: String, method: Method, reviewed: Bool) {
        self.source = source
        self.sourceHash = sourceHash
        self.method = method
        self.reviewed = reviewed
    }
}

/// The front matter of a content file.
public struct FrontMatter: Hashable, Sendable {
    public var title: String
    public var description: String?
    public var weight: Int
    public var slug: String?
    public var translationKey: String?
    public var draft: Bool
    public var translation: TranslationInfo?

    public init(title: String, description: String? = nil, weight: Int = 0, slug: String? = nil,
                translationKey: String? = nil, draft: Bool = false, translation: TranslationInfo? = nil) {
        self.title = title
        self.description = description
        self.weight = weight
        self.slug = slug
        self.translationKey = translationKey
        self.draft = draft
        self.translation = translation
    }
}

/// What a content file is, from where it sits: `_index.md` at the top, `_index.md` in a folder, or any other file.
public enum PageKind: String, Sendable, Hashable {
    case home, section, page
}

/// Where a content file sits: `content/<locale>/<section>/<name>.md`.
public struct ContentPath: Hashable, Sendable, Comparable {
    public let locale: String
    /// The path under the locale folder, `tracks/b1.md`: the default translation key.
    public let relative: String

    /// The folders between the locale folder and the file (`["tracks"]`), kept because URLs and menus ask often.
    public let folders: [String]
    public let fileName: String
    public let kind: PageKind
    /// The folder whose menu lists the page, from the locale folder: `tracks` for `tracks/b1.md`,
    /// the top (``) for `tracks/_index.md` and the home page.
    public let folderPath: String

    public init(locale: String, relative: String) {
        self.locale = locale
        self.relative = relative
        let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { relative[..<$0] } ?? ""
        fileName = String(slash.map { relative[relative.utf8.index(after: $0)...] } ?? relative[...])
        folders = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        kind = fileName != "_index.md" ? .page : (folders.isEmpty ? .home : .section)
        folderPath = kind == .section ? folders.dropLast().joined(separator: "/") : String(folder)
    }

    /// Path as editors see it, from the site root.
    public var sitePath: String { "content/\(locale)/\(relative)" }

    /// The name a page has in URLs when its front matter gives no slug.
    public var defaultSlug: String {
        kind == .page ? String(fileName.dropLast(3)) : (folders.last ?? "")
    }

    public static func < (a: ContentPath, b: ContentPath) -> Bool { (a.locale, a.relative) < (b.locale, b.relative) }
}

/// The hash translations keep of their source, so an outdated translation can be found.
public enum SourceHash {
    /// First 16 hex digits of the SHA-256 of the body, line endings normalised to `\n`.
    public static func of(body: String) -> String {
        var normalised: [UInt8] = []
        normalised.reserveCapacity(body.utf8.count)
        var pendingReturn = false
        for byte in body.utf8 {
            if pendingReturn && byte != UInt8(ascii: "\n") { normalised.append(UInt8(ascii: "\r")) }
            pendingReturn = byte == UInt8(ascii: "\r")
            if !pendingReturn { normalised.append(byte) }
        }
        if pendingReturn { normalised.append(UInt8(ascii: "\r")) }
        return SHA256.hex(normalised, length: 16)
    }
}
