import Foundation
@testable import PreviewServer
import SiteBuilder
import SiteCore

/// A small site written into a temporary folder, served by a preview server on a free port.
final class TestSite: @unchecked Sendable {
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../SiteBuilderTests/Fixtures/themes").standardizedFileURL
    /// In site.yaml, to notice a response that leaks it.
    static let secret = "secret-marker-5f2c"

    let root: URL
    var site: URL { root.appendingPathComponent("site") }
    var previewFolder: URL { root.appendingPathComponent("preview") }
    private var task: Task<Void, Error>?
    private(set) var port = 0

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-preview-test-\(UUID().uuidString)")
        try write("site.yaml", """
            # \(Self.secret)
            baseURL: https://example.org/
            defaultLocale: en
            theme: minimal
            locales:
              - code: en
                name: English
              - code: nl
                name: Nederlands
            """)
        try write("content/en/_index.md", "---\ntitle: Welcome\n---\n\nFirst version.\n")
        try write("content/en/about.md", "---\ntitle: About\n---\n\n## Who we are\n\nA guide.\n")
        try write("content/nl/_index.md", """
            ---
            title: Welkom
            translation:
              source: en/_index.md
              sourceHash: \(SourceHash.of(body: "\nFirst version.\n"))
              method: human
              reviewed: false
            ---

            Eerste versie.

            """)
    }

    func write(_ path: String, _ text: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A connection to the server's reload events.
    func openEvents() throws -> RawHTTP.Connection {
        let events = try RawHTTP.Connection(port: port, timeout: 10)
        try events.send("GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        return events
    }

    /// Builds and serves; returns once the server listens.
    func start() async throws {
        let server = PreviewServer(options: BuildOptions(site: site, themes: Self.theme), folder: previewFolder, port: 0) { _ in }
        let ports = AsyncStream<Int>.makeStream()
        task = Task { try await server.run { ports.continuation.yield($0) } }
        for await port in ports.stream {
            self.port = port
            break
        }
    }

    func stop() async {
        task?.cancel()
        _ = try? await task?.value
        try? FileManager.default.removeItem(at: root)
    }
}
