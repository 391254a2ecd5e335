import SiteCore

/// What a build did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Pages per locale code, and how many of them stand in from a fallback locale.
    public var pages: [(locale: String, total: Int, fallbacks: Int)]
    /// Pages rendered in this build; the others were unchanged since the last one.
    public var renderedPageCount = 0
    /// Content files read in this build; the others had the size, times and inode the last build saw.
    public var readSourceCount = 0
    /// With `BuildOptions.keepsLastBuild`, when the build wrote its output.
    public var lastBuild: LastBuild?
    public var seconds: Double = 0
    public var strict: Bool
    /// Each stage that ran, in order, with its wall and CPU time and what it found.
    public var timings: [StageTiming] = []

    /// Errors fail a build; warnings too under `--strict`.
    public var succeeded: Bool {
        !diagnostics.hasErrors && !(strict && diagnostics.warningCount > 0)
    }

    public var pageCount: Int { pages.reduce(0) { $0 + $1.total } }

    /// The stages whose findings fail the build.
    public var failedStages: [BuildStage] {
        timings.filter { $0.errors > 0 || (strict && $0.warnings > 0) }.map(\.stage)
    }

    /// What the stages up to rendering found and made.
    init(_ rendered: RenderedBuild, strict: Bool) {
        let assembled = rendered.assembled
        diagnostics = assembled.parsed.diagnostics + assembled.stageDiagnostics + rendered.diagnostics
        pages = assembled.loaded.renderLocales.map { locale in
            let pages = assembled.site.pagesByLocale[locale.code] ?? []
            return (locale.code, pages.count, pages.count { $0.isFallback })
        }
        renderedPageCount = rendered.rendered.pages.count
        readSourceCount = assembled.parsed.content.readCount
        self.strict = strict
    }

    /// A build that stopped: what it found until then, the stopping stage's share counted in its timing.
    init(stopped: BuildStop, strict: Bool, clock: StageClock) {
        guard case .failed(let stage, let found) = stopped else { preconditionFailure("an edit plan that does not hold is not a report") }
        (diagnostics, pages, self.strict) = (found, [], strict)
        timings = clock.timings
        if let index = timings.firstIndex(where: { $0.stage == stage }) {
            let before = timings[..<index]
            timings[index].errors = found.errorCount - before.reduce(0) { $0 + $1.errors }
            timings[index].warnings = found.warningCount - before.reduce(0) { $0 + $1.warnings }
        }
        self = finished(clock)
    }

    /// With the diagnostics in display order and the time taken.
    func finished(_ clock: StageClock) -> BuildReport {
        var report = self
        report.diagnostics = diagnostics.sortedForDisplay
        report.seconds = clock.seconds
        report.timings = timings.isEmpty ? clock.timings : timings
        return report
    }

    func keeping(_ last: LastBuild?) -> BuildReport {
        var report = self
        report.lastBuild = last
        return report
    }
}
