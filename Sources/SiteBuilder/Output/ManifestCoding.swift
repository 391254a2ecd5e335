import Dispatch
import SiteCore

/// The manifest's file format: plain length-prefixed binary, which reads thousands of page
/// summaries in a few milliseconds (JSON decoding would dominate a rebuild with nothing to do).
protocol ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed)
    func write(to writer: inout ManifestWriter)
}

struct ManifestWriter {
    private(set) var bytes: [UInt8] = []

    /// `capacity`: about how many bytes will be written, so the buffer is not grown step by step.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// LEB128 of the zig-zag form, so small numbers of either sign take one byte.
    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        repeat {
            let low = UInt8(rest & 0x7F)
            rest >>= 7
            bytes.append(rest == 0 ? low : low | 0x80)
        } while rest != 0
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Bytes encoded before (by another writer, or read from a manifest).
    mutating func raw<Encoded: Collection<UInt8>>(_ encoded: Encoded) { bytes.append(contentsOf: encoded) }

    mutating func optional<Value>(_ value: Value?, _ write: (inout ManifestWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func list<Value: ManifestCodable>(_ values: [Value]) {
        int(values.count)
        for value in values { value.write(to: &self) }
    }

    /// A long list in chunks that each say how long they are, so that a reader can decode them
    /// on all cores (`ManifestReader.chunkedList`).
    mutating func chunkedList<Value: ManifestCodable>(_ values: [Value], chunkSize: Int = 256) {
        int((values.count + chunkSize - 1) / chunkSize)
        for start in stride(from: 0, to: values.count, by: chunkSize) {
            var chunk = ManifestWriter()
            let end = min(start + chunkSize, values.count)
            for value in values[start..<end] { value.write(to: &chunk) }
            int(chunk.bytes.count)
            int(end - start)
            raw(chunk.bytes)
        }
    }

    /// Sorted by key, so the same manifest is always the same bytes.
    mutating func map<Value: ManifestCodable>(_ values: [String: Value]) {
        int(values.count)
        for key in values.keys.sorted() {
            string(key)
            values[key]!.write(to: &self)
        }
    }
}

struct ManifestReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position == bytes.count }

    /// Where the next read begins, for `bytes(from:)`.
    var offset: Int { position }

    /// The bytes read since `start`.
    func bytes(from start: Int) -> ArraySlice<UInt8> { bytes[start..<position] }

    mutating func int() throws(Malformed) -> Int {
        var result: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        let value = Int64(bitPattern: result)
        return Int((value >> 1) ^ -(value & 1))
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        defer { position += count }
        // Through a buffer pointer: decoding from an array slice takes a slower, generic path.
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
    }

    mutating func bool() throws(Malformed) -> Bool {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position] != 0
    }

    mutating func optional<Value>(_ read: (inout ManifestReader) throws(Malformed) -> Value) throws(Malformed) -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func strings() throws(Malformed) -> [String] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func list<Value: ManifestCodable>(of type: Value.Type) throws(Malformed) -> [Value] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }

    /// A list of links, passed over by its length and kept as bytes to decode when asked for (`LinkList`).
    mutating func linkList() throws(Malformed) -> LinkList {
        let count = try int(), length = try int()
        guard count >= 0, length >= 0, count <= length, length <= bytes.count - position else { throw Malformed() }
        defer { position += length }
        return LinkList(encoded: bytes, range: position..<position + length, count: count)
    }

    /// What `ManifestWriter.chunkedList` wrote, its chunks decoded on all cores, and beside them
    /// `next`: what follows the list, read by a reader of its own whose end becomes this one's.
    mutating func chunkedList<Value: ManifestCodable & Sendable, Next: Sendable>(
        of type: Value.Type, then next: @escaping @Sendable (inout ManifestReader) throws(Malformed) -> Next
    ) throws(Malformed) -> ([Value], Next) {
        let chunkCount = try int()
        guard chunkCount >= 0, chunkCount <= bytes.count - position else { throw Malformed() }
        var chunks: [(start: Int, end: Int, count: Int)] = []
        for _ in 0..<chunkCount {
            let length = try int(), count = try int()
            guard length >= 0, length <= bytes.count - position, count >= 0, count <= length else { throw Malformed() }
            chunks.append((position, position + length, count))
            position += length
        }
        let decoded = ResultSlots<[Value]?>(count: chunks.count)
        let following = ResultSlots<(Next, end: Int)?>(count: 1)
        DispatchQueue.concurrentPerform(iterations: chunks.count + 1) { [bytes, chunks, position] index in
            guard index < chunks.count else {
                var reader = ManifestReader(bytes, at: position)
                return following.set(0, (try? next(&reader)).map { ($0, reader.position) })
            }
            let chunk = chunks[index]
            var reader = ManifestReader(bytes, at: chunk.start)
            var values: [Value] = []
            values.reserveCapacity(chunk.count)
            for _ in 0..<chunk.count {
                guard let value = try? Value(from: &reader) else { return decoded.set(index, nil) }
                values.append(value)
            }
            decoded.set(index, reader.position == chunk.end ? values : nil)
        }
        var values: [Value] = []
        for chunk in decoded.values {
            guard let chunk else { throw Malformed() }
            values += chunk
        }
        guard let (value, end) = following.values[0] else { throw Malformed() }
        position = end
        return (values, value)
    }

    mutating func map<Value: ManifestCodable>(of type: Value.Type) throws(Malformed) -> [String: Value] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [String: Value] = Dictionary(minimumCapacity: count)
        for _ in 0..<count { values[try string()] = try Value(from: &self) }
        return values
    }
}

extension BuildManifest {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        formatVersion = try reader.int()
        guard formatVersion == Self.formatVersion else { throw ManifestReader.Malformed() }
        inputsHash = try reader.string()
        structureHash = try reader.string()
        scanStarted = 0
        (sources, pages) = try reader.chunkedList(of: SourceRecord.self) { reader throws(ManifestReader.Malformed) in
            try reader.map(of: PageRecord.self)
        }
        siteFiles = try reader.strings()
        translationCheckHash = try reader.string()
        translationFindings = try reader.map(of: DiagnosticList.self).mapValues(\.diagnostics)
        uiStrings = try reader.optional { reader throws(ManifestReader.Malformed) in try LoadedUIStrings(from: &reader) }
    }

    /// `encodedSources` is `sources` as `BuildManifest.encode(sources:)` gives them.
    func write(to writer: inout ManifestWriter, encodedSources: [UInt8]) {
        writer.int(formatVersion)
        writer.string(inputsHash)
        writer.string(structureHash)
        writer.raw(encodedSources)
        writer.map(pages)
        writer.strings(siteFiles)
        writer.string(translationCheckHash)
        writer.map(translationFindings.mapValues(DiagnosticList.init))
        writer.optional(uiStrings) { $1.write(to: &$0) }
    }
}

extension LoadedUIStrings: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        key = try reader.string()
        strings = UIStrings(byLocale: try reader.map(of: UIStringTable.self).mapValues(\.strings))
        diagnostics = try reader.list(of: Diagnostic.self)
    }

    func write(to writer: inout ManifestWriter) {
        writer.string(key)
        writer.map(strings.byLocale.mapValues(UIStringTable.init))
        writer.list(diagnostics)
    }
}

/// One locale's UI strings as a value of a manifest map.
private struct UIStringTable: ManifestCodable {
    var strings: [String: UIString]

    init(_ strings: [String: UIString]) { self.strings = strings }

    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        strings = try reader.map(of: UIString.self)
    }

    func write(to writer: inout ManifestWriter) { writer.map(strings) }
}

extension UIString: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        if try reader.bool() {
            var forms: [PluralCategory: String] = [:]
            let sourceCount = try reader.int()
        guard sourceCount >= 0 else { throw ManifestReader.Malformed() }
        for _ in 0..<sourceCount {
                guard let category = PluralCategory(rawValue: try reader.string()) else { throw ManifestReader.Malformed() }
                forms[category] = try reader.string()
            }
            self = .plural(forms)
        } else {
            self = .text(try reader.string())
        }
    }

    func write(to writer: inout ManifestWriter) {
        switch self {
        case .text(let text):
            writer.bool(false)
            writer.string(text)
        case .plural(let forms):
            writer.bool(true)
            writer.int(forms.count)
            for (category, text) in forms.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                writer.string(category.rawValue)
                writer.string(text)
            }
        }
    }
}

extension BuildManifest.Amendment: ManifestCodable {
    /// Begins every amendment, so that bytes of anything else after the manifest are not taken for one.
    private static let mark = 0x41

    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        guard try reader.int() == Self.mark else { throw ManifestReader.Malformed() }
        sources = try reader.list(of: SourceRecord.self)
        pages = try reader.map(of: BuildManifest.PageRecord.self)
        translationFindings = try reader.map(of: DiagnosticList.self).mapValues(\.diagnostics)
    }

    func write(to writer: inout ManifestWriter) {
        writer.int(Self.mark)
        writer.list(sources)
        writer.map(pages)
        writer.map(translationFindings.mapValues(DiagnosticList.init))
    }
}

/// Diagnostics as one value of a manifest map.
private struct DiagnosticList: ManifestCodable {
    var diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        diagnostics = try reader.list(of: Diagnostic.self)
    }

    func write(to writer: inout ManifestWriter) { writer.list(diagnostics) }
}

extension SourceRecord: ManifestCodable {
    convenience init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        let start = reader.offset
        let path = try reader.string()
        let stamp = FileStamp(size: try reader.int(), modified: try reader.int(), changed: try reader.int(),
                              inode: UInt64(bitPattern: Int64(try reader.int())))
        let summary = try SourceSummary(from: &reader)
        self.init(path: path, stamp: stamp, summary: summary, encoded: reader.bytes(from: start))
    }

    func write(to writer: inout ManifestWriter) {
        if let encoded { return writer.raw(encoded) }
        writer.string(path)
        writer.int(stamp.size)
        writer.int(stamp.modified)
        writer.int(stamp.changed)
        writer.int(Int(Int64(bitPattern: stamp.inode)))
        summary.write(to: &writer)
    }
}

extension BuildManifest.PageRecord: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        key = try reader.string()
        diagnostics = try reader.list(of: Diagnostic.self)
    }

    func write(to writer: inout ManifestWriter) {
        writer.string(key)
        writer.list(diagnostics)
    }
}

extension SourceSummary: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        fileHash = try reader.string()
        frontMatter = try FrontMatter(from: &reader)
        outline = PageOutline(headings: try reader.list(of: MarkdownHeading.self), links: try reader.linkList(),
                              directives: try reader.list(of: MarkdownDirective.self))
        bodyHash = try reader.string()
        bodyFirstLine = try reader.int()
        warnings = try reader.list(of: Diagnostic.self)
    }

    func write(to writer: inout ManifestWriter) {
        writer.string(fileHash)
        frontMatter.write(to: &writer)
        writer.list(outline.headings)
        // Their count and length first, so that a reader can pass over them (`ManifestReader.linkList`).
        let (bytes, count) = outline.linkList.encoded ?? {
            var links = ManifestWriter()
            for link in outline.links { link.write(to: &links) }
            return (links.bytes[...], outline.links.count)
        }()
        writer.int(count)
        writer.int(bytes.count)
        writer.raw(bytes)
        writer.list(outline.directives)
        writer.string(bodyHash)
        writer.int(bodyFirstLine)
        writer.list(warnings)
    }
}

extension FrontMatter: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        let title = try reader.string()
        let description = try reader.optional { reader throws(ManifestReader.Malformed) in try reader.string() }
        let weight = try reader.int()
        let slug = try reader.optional { reader throws(ManifestReader.Malformed) in try reader.string() }
        let translationKey = try reader.optional { reader throws(ManifestReader.Malformed) in try reader.string() }
        let draft = try reader.bool()
        let translation = try reader.optional { reader throws(ManifestReader.Malformed) in
            let source = try reader.string(), hash = try reader.string()
            guard let method = TranslationInfo.Method(rawValue: try reader.string()) else { throw ManifestReader.Malformed() }
            return TranslationInfo(source: source, sourceHash: hash, method: method, reviewed: try reader.bool())
        }
        var provenance = Provenance()
        let sourceCount = try reader.int()
        guard sourceCount >= 0 else { throw ManifestReader.Malformed() }
        for _ in 0..<sourceCount {
            provenance.sources.append(.init(title: try reader.string(), url: try reader.string()))
        }
        provenance.checked = try reader.optional { reader throws(ManifestReader.Malformed) in
            guard let day = CalendarDay(iso: try reader.string()) else { throw ManifestReader.Malformed() }
            return day
        }
        provenance.checkedLine = try reader.int()
        self.init(title: title, description: description, weight: weight, slug: slug, translationKey: translationKey,
                  draft: draft, translation: translation, provenance: provenance)
    }

    func write(to writer: inout ManifestWriter) {
        writer.string(title)
        writer.optional(description) { $0.string($1) }
        writer.int(weight)
        writer.optional(slug) { $0.string($1) }
        writer.optional(translationKey) { $0.string($1) }
        writer.bool(draft)
        writer.optional(translation) { writer, info in
            writer.string(info.source)
            writer.string(info.sourceHash)
            writer.string(info.method.rawValue)
            writer.bool(info.reviewed)
        }
        writer.int(provenance.sources.count)
        for source in provenance.sources {
            writer.string(source.title)
            writer.string(source.url)
        }
        writer.optional(provenance.checked) { $0.string($1.iso) }
        writer.int(provenance.checkedLine)
    }
}

extension MarkdownHeading: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        self.init(level: try reader.int(), id: try reader.string(), text: try reader.string(), line: try reader.int())
    }

    func write(to writer: inout ManifestWriter) {
        writer.int(level)
        writer.string(id)
        writer.string(text)
        writer.int(line)
    }
}

extension MarkdownLink: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        self.init(destination: try reader.string(), title: try reader.string(), line: try reader.int(), column: try reader.int())
    }

    func write(to writer: inout ManifestWriter) {
        writer.string(destination)
        writer.string(title)
        writer.int(line)
        writer.int(column)
    }
}

extension MarkdownDirective: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        self.init(name: try reader.string(), body: "", line: try reader.int())
    }

    func write(to writer: inout ManifestWriter) {
        writer.string(name)
        writer.int(line)
    }
}

extension Diagnostic: ManifestCodable {
    init(from reader: inout ManifestReader) throws(ManifestReader.Malformed) {
        let severity: Severity = try reader.bool() ? .error : .warning
        let message = try reader.string()
        let location = try reader.optional { reader throws(ManifestReader.Malformed) in
            SourceLocation(path: try reader.string(), line: try reader.int(), column: try reader.int())
        }
        self.init(severity, message, at: location)
    }

    func write(to writer: inout ManifestWriter) {
        writer.bool(severity == .error)
        writer.string(message)
        writer.optional(location) { writer, location in
            writer.string(location.path)
            writer.int(location.line)
            writer.int(location.column)
        }
    }
}
