import Foundation
import Hummingbird
import SiteBuilder
import SiteCore

/// `wegwijs serve`: builds the site, serves the build on 127.0.0.1, rebuilds when
/// `content/`, `themes/` or `site.yaml` change, and reloads the open pages.
public struct PreviewServer: Sendable {
    public static let defaultPort = 1313

    let builds: PreviewBuilds
    let port: Int
    let log: @Sendable (String) -> Void

    /// `folder` is where the builds go (the preview's own, outside the site).
    public init(options: BuildOptions, folder: URL, port: Int = defaultPort, log: @escaping @Sendable (String) -> Void) {
        builds = PreviewBuilds(options: options, folder: folder, log: log)
        self.port = port
        self.log = log
    }

    /// A folder for the builds of `site`, under the system's temporary folder.
    public static func defaultFolder(for site: URL) -> URL {
        let name = "wegwijs-preview-" + SHA256.hex(Array(site.standardizedFileURL.path.utf8), length: 12)
        return FileManager.default.temporaryDirectory.appendingPathComponent(name)
    }

    /// Builds, then serves and watches until the task is cancelled. `onListening` gets the port
    /// (useful with port 0, which picks a free one).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let watcher = try FileWatcher()
        let site = builds.options.site
        watcher.watchTree(site.appendingPathComponent("content"))
        watcher.watchTree(builds.options.themes)
        watcher.watchFile(site.appendingPathComponent("site.yaml"))
        builds.rebuild()
        let builds = builds
        let thread = Thread { watcher.run { changed in builds.rebuild(changed: changed) } }
        thread.start()
        defer { watcher.stop() }

        let responder = PreviewResponder(builds: builds, status: StatusPages(site: site))
        let app = Application(
            responder: CallbackResponder { (request: Request, _: BasicRequestContext) in try await responder.respond(to: request) },
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) }
        )
        // No graceful shutdown on Ctrl-C: it would wait for the pages' event streams, which never end.
        try await app.runService(gracefulShutdownSignals: [])
    }
}
