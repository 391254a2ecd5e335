import Foundation
import SiteBuilder
import SiteCore

/// The builds the preview serves. Each build goes into the one of two folders that is not online,
/// and the server switches to it only when it succeeded, so a broken edit leaves the last good
/// build online and a request never sees a half-written folder.
final class PreviewBuilds: Sendable {
    /// What is online.
    struct State: Sendable {
        /// The last good build; nil until one succeeds.
        var online: OutputFiles?
        /// Counts good builds; pages carry it to notice that a newer one is online.
        var generation = 0
        /// The problems of the last build when it failed; nil when it succeeded.
        var failure: [Diagnostic]?
    }

    let options: BuildOptions
    let events = ReloadEvents()
    private let folder: URL
    private let state = Locked(State())
    /// One build at a time.
    private let building = NSLock()
    private let log: @Sendable (String) -> Void

    /// `folder` holds the two build folders; it is the preview's own, outside the site.
    init(options: BuildOptions, folder: URL, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.folder = folder
        self.log = log
    }

    var current: State { state.value }

    /// Builds the site, puts the build online when it succeeded, and tells open pages either way.
    @discardableResult
    func rebuild() -> BuildReport {
        building.withLock {
            let slot = folder.appendingPathComponent(current.generation % 2 == 0 ? "b" : "a")
            var slotOptions = options
            slotOptions.output = slot
            let report = SiteBuild.run(slotOptions)
            for diagnostic in report.diagnostics { log(diagnostic.description) }
            let time = String(format: "%.0f ms", report.seconds * 1000)
            if report.succeeded, let files = OutputFiles(root: slot) {
                let generation = state.update { state in
                    state = State(online: files, generation: state.generation + 1, failure: nil)
                    return state.generation
                }
                log("built \(report.pageCount) pages in \(time)")
                events.send(.build(generation))
            } else {
                let problems = report.succeeded ? [.error("the build folder \(slot.path) cannot be read")] : report.diagnostics
                state.update { $0.failure = problems }
                log("build failed in \(time); still serving the last good build")
                events.send(.failed(problems))
            }
            return report
        }
    }

    /// What a page that just opened the event stream must know.
    var catchUpEvents: [ReloadEvent] {
        let now = current
        return [.build(now.generation)] + (now.failure.map { [.failed($0)] } ?? [])
    }
}
