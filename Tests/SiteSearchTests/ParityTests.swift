import Foundation
import NodeProcess
@testable import SiteSearch
import Testing

/// The WebAssembly build, called through the page's glue under node, ranks and excerpts like
/// the native module, on indexes of this site's own pages in every locale. Needs `make wasm`.
@Suite struct SearchParityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var wasm: URL {
        if let path = ProcessInfo.processInfo.environment["SEARCH_WASM"] { return URL(fileURLWithPath: path, relativeTo: root) }
        return root.appendingPathComponent(".build-wasm/SearchWidget.wasm")
    }

    @Test func wasmAndNativeFindTheSame() throws {
        guard FileManager.default.fileExists(atPath: Self.wasm.path) else {
            Issue.record("no WebAssembly module at \(Self.wasm.path): run `make wasm` first")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("search-parity-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = "", queries = 0, hits = 0
        for locale in try ContentSections.locales(in: Self.root) {
            let sections = try ContentSections.read(locale: locale, in: Self.root)
            var builder = SearchIndexBuilder(language: SearchLanguage(tag: Array(locale.utf8)))
            sections.forEach { builder.add($0) }
            let file = folder.appendingPathComponent("\(locale).index")
            try Data(builder.encoded()).write(to: file)
            let index = try SearchIndex(bytes: builder.encoded())
            for query in ContentSections.queries(from: sections) {
                let results = index.search(Array(query.utf8), limit: 5)
                lines += "\(file.path)\t\(query)\t\(describe(results, in: index, query: query))\n"
                queries += 1
                hits += results.count
            }
        }
        let node = try NodeProcess(script: Self.root.appendingPathComponent("Tests/Parity/search-parity.mjs"), arguments: [Self.wasm.path])
        _ = node.send(lines)
        let (status, output) = try node.finish()
        let summary = "queries \(queries) hits \(hits) mismatches 0"
        print("search parity: \(summary)")
        #expect(queries > 500 && hits > queries)
        #expect(status == 0 && output.hasSuffix(summary + "\n"), "node reported: \(output)")
    }

    /// As search-parity.mjs describes the glue's results.
    private func describe(_ results: [SearchHit], in index: SearchIndex, query: String) -> String {
        results.map { hit in
            let excerpt = index.excerpt(of: hit.section, for: Array(query.utf8))
            let text = Array(index.text(of: hit.section))
            let shown = (excerpt.cutBefore ? "…" : "") + String(decoding: text[excerpt.range], as: UTF8.self) + (excerpt.cutAfter ? "…" : "")
            let url = String(decoding: index.url(of: hit.section), as: UTF8.self)
            let anchor = String(decoding: index.anchor(of: hit.section), as: UTF8.self)
            let oneLine = shown.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            return "\(url)#\(anchor) \(hit.score)/\(hit.matchedWords) \(index.isFallback(hit.section) ? "F" : "-") \(oneLine)"
        }.joined(separator: " | ")
    }
}
