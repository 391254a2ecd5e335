import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiteCore

/// The stages of a build, in the order they run.
public enum BuildStage: String, CaseIterable, Sendable {
    case load, parse, assemble, render, publish
}

/// How long one stage took, and what it found.
public struct StageTiming: Sendable {
    public var stage: BuildStage
    /// Seconds on the clock, and of CPU time on all cores (work that runs on another core
    /// while the stage runs counts in it too).
    public var wall: Double
    public var cpu: Double
    public var errors = 0
    public var warnings = 0
}

/// Why a build stopped before it published: what it found until then. `planDoesNotHold`:
/// an edit plan cannot be carried out (the edited page changed its place or title, or no
/// longer parses), and the site must be built as usual.
enum BuildStop: Error {
    case failed(at: BuildStage, [Diagnostic])
    case planDoesNotHold
}

/// Times the stages of one build.
struct StageClock {
    private(set) var timings: [StageTiming] = []
    let started = DispatchTime.now()

    /// Runs `work` as `stage`, and notes how long it took and what of its value `found` says it found.
    mutating func time<Value, Failure: Error>(_ stage: BuildStage, found: (Value) -> [Diagnostic],
                                              _ work: () throws(Failure) -> Value) throws(Failure) -> Value {
        let (wall, cpu) = (DispatchTime.now().uptimeNanoseconds, Self.cpuNanoseconds())
        var timing = StageTiming(stage: stage, wall: 0, cpu: 0)
        defer {
            timing.wall = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
            timing.cpu = Double(Self.cpuNanoseconds() - cpu) / 1e9
            timings.append(timing)
        }
        let value = try work()
        let diagnostics = found(value)
        (timing.errors, timing.warnings) = (diagnostics.errorCount, diagnostics.warningCount)
        return value
    }

    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    /// The CPU time of the whole process so far.
    private static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
