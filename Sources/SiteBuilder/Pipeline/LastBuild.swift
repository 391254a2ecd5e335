import Foundation
import SiteCore

/// What a long-running process (the preview) keeps of its last good build, so that an edit of
/// a page's text is rendered by an edit plan (`SiteBuild.update`), without reading and
/// assembling the whole site again. A build keeps one when `BuildOptions.keepsLastBuild` is set.
public final class LastBuild: @unchecked Sendable {
    let options: BuildOptions
    /// Replaced by each update that succeeds.
    private(set) var kept: KeptBuild

    init(options: BuildOptions, kept: KeptBuild) {
        self.options = options
        self.kept = kept
    }

    /// The folder the build wrote, which an update writes again.
    public var output: URL { options.output }

    /// Takes in what an update read and wrote.
    func take(_ kept: KeptBuild) { self.kept = kept }
}
