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
    /// The official pages the facts come from, and when they were last compared with them.
    public var provenance: Provenance

    public init(title: String, description: String? = nil, weight: Int = 0, slug: String? = nil,
                translationKey: String? = nil, draft: Bool = false, translation: TranslationInfo? = nil,
                provenance: Provenance = Provenance()) {
        self.title = title
        self.description = description
        self.weight = weight
        self.slug = slug
        self.translationKey = translationKey
        self.draft = draft
        self.translation = translation
        self.provenance = provenance
    }
}

/// Front matter `sources:` and `checked:`.
public struct Provenance: Hashable, Sendable {
    public struct Source: Hashable, Sendable {
        public var title: String
        public var url: String

        public init(title: String, url: String) {
            self.title = title
            self.url = url
        }
    }

    public var sources: [Source]
    public var checked: CalendarDay?
    /// Line of `checked:` in its file, where a stale date is reported.
    public var checkedLine: Int

    public init(sources: [Source] = [], checked: CalendarDay? = nil, checkedLine: Int = 1) {
        self.sources = sources
        self.checked = checked
        self.checkedLine = checkedLine
    }

    /// A translation that names no sources and no date shows those of its source page.
    public var isEmpty: Bool { sources.isEmpty && checked == nil }
}

/// A day of the Gregorian calendar, as front matter writes it: `2026-12-08`.
public struct CalendarDay: Hashable, Sendable, Comparable {
    public let year: Int, month: Int, day: Int

    /// Nil unless `text` is `YYYY-MM-DD` and names a real day.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The day in UTC of a moment given as seconds since 1970.
    public init(secondsSince1970 seconds: Int) {
        // Howard Hinnant's days-to-civil algorithm.
        let days = (seconds >= 0 ? seconds : seconds - 86_399) / 86_400 + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    public var iso: String {
        func padded(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The same day a year earlier (28 February for 29 February).
    public var yearEarlier: CalendarDay {
        CalendarDay(year: year - 1, month: month, day: min(day, Self.days(inMonth: month, of: year - 1)))!
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
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
    /// `index.md` in a folder, the folder's own page as in Hugo's leaf bundles: `about/index.md`
    /// is the page `/about/`, not `/about/index/`.
    public let isBundle: Bool
    /// The folders of the page's place in menus and URLs: a section's and a bundle's parent.
    public let parentFolders: [String]
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
        // `index.md` at the top is the home page, as Hugo users write it.
        let isIndex = fileName == "_index.md" || fileName == "index.md"
        kind = isIndex && folders.isEmpty ? .home : fileName == "_index.md" ? .section : .page
        isBundle = fileName == "index.md" && !folders.isEmpty
        let isInItsFolder = kind == .section || isBundle
        parentFolders = isInItsFolder ? Array(folders.dropLast()) : folders
        folderPath = isInItsFolder ? parentFolders.joined(separator: "/") : String(folder)
    }

    /// Path as editors see it, from the site root.
    public var sitePath: String { "content/\(locale)/\(relative)" }

    /// The name a page has in URLs when its front matter gives no slug.
    public var defaultSlug: String {
        kind == .page && !isBundle ? String(fileName.dropLast(3)) : (folders.last ?? "")
    }

    /// The translation key a page has when its front matter gives none: its path, where the
    /// home page is `_index.md` and a bundle `about/index.md` is `about.md`, whichever way each
    /// locale writes them.
    public var defaultTranslationKey: String {
        switch (kind, isBundle) {
        case (.home, _): "_index.md"
        case (_, true): folders.joined(separator: "/") + ".md"
        default: relative
        }
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
