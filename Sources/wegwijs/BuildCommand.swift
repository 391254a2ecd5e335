import ArgumentParser
import CMalloc
import Foundation
import SiteBuilder
import SiteCore

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, with site.yaml and content/.")
    var site: String = "."

    @Option(name: .long, help: "Where themes live (default: <site>/themes).")
    var themes: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Only these locales (codes from site.yaml).")
    var locale: [String] = []

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    // Both belong to the generator, not to a site: found from the folder wegwijs runs in
    // (the repository, where `make wasm` puts the module), whichever site it builds.
    @Option(name: .long, help: "The rules widget's WebAssembly module, made by 'make wasm'.")
    var rulesWasm = ".build-wasm/RulesWidget.wasm"

    @Option(name: .long, help: "The rules widget's JavaScript glue.")
    var rulesGlue = "Sources/RulesWidget/js/rules.mjs"

    func buildOptions(output: String?, write: Bool, pseudo: Bool = false) -> BuildOptions {
        let siteURL = URL(fileURLWithPath: site).standardizedFileURL
        func fileURL(_ path: String?) -> URL? { path.map { URL(fileURLWithPath: $0).standardizedFileURL } }
        var options = BuildOptions(site: siteURL, output: fileURL(output), themes: fileURL(themes),
                                   locales: locale.isEmpty || !pseudo ? locale : locale + BuildOptions.pseudoLocaleCodes,
                                   strict: strict, writeOutput: write,
                                   rulesWasm: fileURL(rulesWasm), rulesGlue: fileURL(rulesGlue))
        options.pseudo = pseudo
        return options
    }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
        Problems are printed as path:line:column: error: message. The build writes beside the \
        output folder and replaces it only when everything succeeded, so a failed build leaves \
        the previous site as it was. Exits 1 on any error (or warning, with --strict).
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "The output folder (default: <site>/public).")
    var output: String?

    @Flag(name: .long, help: "Print only problems, no summary.")
    var quiet = false

    @Flag(name: .long, help: "Add the pseudo-locales en-XA (accented, longer) and ar-XB (right to left), made from the default locale.")
    var pseudo = false

    @Flag(name: .long, help: "Print the wall and CPU time of each stage (load, parse, assemble, render, publish).")
    var timings = false

    func run() throws {
        growsHeapsInLargeSteps()
        var buildOptions = options.buildOptions(output: output, write: true, pseudo: pseudo)
        buildOptions.leavesMemoryToExit = true
        let report = SiteBuild.run(buildOptions)
        ReportPrinter.print(report, quiet: quiet, verb: "built")
        if timings { ReportPrinter.printTimings(report) }
        if !report.succeeded { throw ExitCode.failure }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without writing anything: front matter, links, directives, templates."
    )

    @OptionGroup var options: SiteOptions

    func run() throws {
        growsHeapsInLargeSteps()
        var buildOptions = options.buildOptions(output: nil, write: false)
        buildOptions.leavesMemoryToExit = true
        buildOptions.findsHardCodedText = true
        let report = SiteBuild.run(buildOptions)
        ReportPrinter.print(report, quiet: false, verb: "checked")
        if !report.succeeded { throw ExitCode.failure }
    }
}

/// A build allocates much in little time on every core, and glibc grows each thread's heap a
/// little at a time, a system call and a change of the page tables per step. Growing by 64 MiB
/// at once costs only address space: pages are not touched until they are used.
private func growsHeapsInLargeSteps() {
    mallopt(M_TOP_PAD, 64 << 20)
}

/// Prints diagnostics to stderr and the one-line summary to stdout.
enum ReportPrinter {
    static func print(_ report: BuildReport, quiet: Bool, verb: String) {
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        guard !quiet else { return }
        let perLocale = report.pages.map { entry in
            entry.fallbacks > 0 ? "\(entry.locale) \(entry.total) (\(entry.fallbacks) fallback)" : "\(entry.locale) \(entry.total)"
        }.joined(separator: ", ")
        let errors = report.diagnostics.errorCount, warnings = report.diagnostics.warningCount
        let time = String(format: "%.2f s", report.seconds)
        if report.succeeded {
            let unchanged = report.pageCount - report.renderedPageCount
            let reuse = unchanged > 0 ? " (\(unchanged) unchanged since the last build)" : ""
            Swift.print("\(verb) \(report.pageCount) pages [\(perLocale)]\(reuse), \(warnings) warning\(warnings == 1 ? "" : "s"), in \(time)")
        } else {
            let stages = report.failedStages.isEmpty ? "" : " in " + report.failedStages.map(\.rawValue).joined(separator: ", ")
            Swift.print("failed\(stages): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), in \(time); nothing was written")
        }
    }

    /// One line per stage that ran: its wall and CPU time, and what it found.
    static func printTimings(_ report: BuildReport) {
        for timing in report.timings {
            let name = timing.stage.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            let times = String(format: "%8.1f ms wall %8.1f ms CPU", timing.wall * 1000, timing.cpu * 1000)
            Swift.print("\(name)\(times)  \(timing.errors) error\(timing.errors == 1 ? "" : "s"), \(timing.warnings) warning\(timing.warnings == 1 ? "" : "s")")
        }
    }
}
