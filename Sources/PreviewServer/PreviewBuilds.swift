import Foundation
import SiteBuilder
import SiteCore

/// The builds the preview serves. Each build goes into the one of two folders that is not online,
/// and the server switches to it only when it succeeded, so a broken edit leaves the last good
/// build online and a request never sees a half-written folder. An edit of pages' text alone
/// is rendered into the online folder instead (`SiteBuild.update`), each page replaced whole.
final class PreviewBuilds: @unchecked Sendable {
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
    /// One build at a time; it guards the three properties after it.
    private let building = NSLock()
    /// The folder ("a" or "b") of the online build.
    private var onlineSlot: String?
    /// What the online build keeps for `SiteBuild.update`.
    private var last: LastBuild?
    /// Site paths of the files changed since the online build, or nil when that is not known.
    private var unbuilt: Set<String>? = []
    private let log: @Sendable (String) -> Void

    /// `folder` holds the two build folders; it is the preview's own, outside the site.
    init(options: BuildOptions, folder: URL, log: @escaping @Sendable (String) -> Void) {
        var options = options
        options.keepsLastBuild = true
        self.options = options
        self.folder = folder
        self.log = log
    }

    var current: State { state.value }

    /// Builds the site (only the pages of `changed` files, given as absolute paths, when that
    /// is enough), puts the build online when it succeeded, and tells open pages either way.
    @discardableResult
    func rebuild(changed: Set<String>? = nil) -> BuildReport {
        building.withLock {
            unbuilt = unbuilt.flatMap { unbuilt in sitePaths(of: changed).map { unbuilt.union($0) } }
            if let last, let slot = onlineSlot, let unbuilt, let report = SiteBuild.update(last, changed: unbuilt) {
                return finish(report, folder: last.output, slot: slot, keeping: last)
            }
            let slot = onlineSlot == "b" ? "a" : "b"
            var slotOptions = options
            slotOptions.output = folder.appendingPathComponent(slot)
            let report = SiteBuild.run(slotOptions)
            return finish(report, folder: slotOptions.output, slot: slot, keeping: report.lastBuild)
        }
    }

    /// Puts `folder` online when the build into it succeeded, and tells open pages either way.
    /// A failed build leaves its changes to be built with the next one.
    private func finish(_ report: BuildReport, folder: URL, slot: String, keeping kept: LastBuild?) -> BuildReport {
        for diagnostic in report.diagnostics { log(diagnostic.description) }
        let time = String(format: "%.0f ms", report.seconds * 1000)
        if report.succeeded, let files = OutputFiles(root: folder) {
            (onlineSlot, last, unbuilt) = (slot, kept, [])
            let generation = state.update { state in
                state = State(online: files, generation: state.generation + 1, failure: nil)
                return state.generation
            }
            log("built \(report.pageCount) pages (\(report.renderedPageCount) rendered) in \(time)")
            events.send(.build(generation))
        } else {
            let problems = report.succeeded ? [.error("the build folder \(folder.path) cannot be read")] : report.diagnostics
            state.update { $0.failure = problems }
            log("build failed in \(time); still serving the last good build")
            events.send(.failed(problems))
        }
        return report
    }

    /// What a page that just opened the event stream must know.
    var catchUpEvents: [ReloadEvent] {
        let now = current
        return [.build(now.generation)] + (now.failure.map { [.failed($0)] } ?? [])
    }

    /// `files` as site paths (`content/en/b1.md`), or nil when one of them is not a content page.
    private func sitePaths(of files: Set<String>?) -> Set<String>? {
        let contentFolder = options.site.path + "/content/"
        var paths: Set<String> = []
        for file in files ?? [] {
            guard file.hasPrefix(contentFolder), file.hasSuffix(".md") else { return nil }
            paths.insert(String(file.dropFirst(options.site.path.count + 1)))
        }
        return files == nil ? nil : paths
    }
}
