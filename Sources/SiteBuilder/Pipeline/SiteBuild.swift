import Foundation
import SiteCore

/// The pipeline: load → parse → assemble → render → publish, each stage a function of the
/// value the one before it made. The cache is asked once, for a plan, which the stages carry out.
public enum SiteBuild {
    public static func run(_ options: BuildOptions) -> BuildReport {
        var clock = StageClock()
        let cache = BuildCache(reading: options)
        do throws(BuildStop) {
            let loaded = try clock.time(.load, found: \LoadedSite.diagnostics) { () throws(BuildStop) in try load(options) }
            let (report, kept) = try build(loaded, plan: cache.plan(for: loaded), clock: &clock)
            return report.keeping(kept.map { LastBuild(options: options, kept: $0) })
        } catch {
            return BuildReport(stopped: error, strict: options.strict, clock: clock)
        }
    }

    /// Renders again only the pages that show the content files at `changed` (site paths), into
    /// the output of `last`: the same stages as a build, with a plan that keeps everything else.
    /// Nil when that plan does not hold (a new or deleted file, a new title, a change to the
    /// theme or `site.yaml`, a file that no longer parses): then the site must be built as usual.
    /// On success `last` takes in the update; a failed update writes nothing.
    public static func update(_ last: LastBuild, changed: Set<String>) -> BuildReport? {
        guard let plan = BuildCache(kept: last.kept).plan(changed: changed) else { return nil }
        var clock = StageClock()
        do throws(BuildStop) {
            let (report, kept) = try build(last.kept.parsed.loaded, plan: plan, clock: &clock)
            if let kept { last.take(kept) }
            return report
        } catch .planDoesNotHold {
            return nil
        } catch {
            return BuildReport(stopped: error, strict: last.options.strict, clock: clock)
        }
    }

    /// parse → assemble → render → publish; with what the preview keeps for its next edit when it asks for that.
    private static func build(_ loaded: LoadedSite, plan: BuildPlan, clock: inout StageClock) throws(BuildStop) -> (BuildReport, KeptBuild?) {
        let parsed = try clock.time(.parse, found: \ParsedSite.content.diagnostics) { () throws(BuildStop) in try parse(loaded, plan: plan) }
        let assembled = try clock.time(.assemble, found: \AssembledSite.stageDiagnostics) { () throws(BuildStop) in try assemble(parsed, plan: plan) }
        let rendered = try clock.time(.render, found: \RenderedBuild.diagnostics) { () throws(BuildStop) in try render(assembled, plan: plan) }
        if loaded.options.leavesMemoryToExit { ExitReclaims.keep(rendered, plan) }
        var report = BuildReport(rendered, strict: loaded.options.strict)
        guard report.succeeded, loaded.options.writeOutput else { return (report.finished(clock), nil) }
        let (problems, written) = clock.time(.publish, found: { $0.problems }) { publish(rendered, plan: plan) }
        report.diagnostics += problems
        let kept = report.succeeded && keepsBuild(loaded.options) ? rendered.renderer.map {
            KeptBuild(parsed: parsed, assembled: assembled, renderer: $0, manifest: written)
        } : nil
        return (report.finished(clock), kept)
    }
}
