import ArgumentParser
import Foundation
import SiteBuilder

/// `wegwijs status`: the translation work left, per locale.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show which pages are translated, unreviewed, outdated or missing, per locale.",
        discussion: """
        A translation is outdated when its sourceHash no longer matches its source's text, \
        unreviewed when its front matter says reviewed: false, and invalid when it has no \
        translation metadata. Orphaned translations are files whose source page is gone.

        Exit status: 0 when every selected locale is complete and up to date (unreviewed \
        pages allowed); 1 when a page is missing, outdated or invalid; 2 when the site \
        cannot be read or a --locale is not a translated locale.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "The site folder, with site.yaml and content/.")
    var site: String = "."

    @Option(name: .long, parsing: .upToNextOption, help: "Only these locales (default: every locale but the source language).")
    var locale: [String] = []

    @Option(name: .long, help: "text (a table per locale) or json (for scripts).")
    var format: Format = .text

    func run() throws {
        let report: TranslationReport
        do {
            report = try TranslationStatus.report(site: URL(fileURLWithPath: site).standardizedFileURL, locales: locale)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(TranslationReport.ExitStatus.unreadableSite)
        }
        switch format {
        case .text:
            for finding in report.findings { FileHandle.standardError.write(Data("\(finding)\n".utf8)) }
            print(report.text, terminator: "")
        case .json:
            print(report.json, terminator: "")
        }
        if report.exitStatus != TranslationReport.ExitStatus.complete { throw ExitCode(report.exitStatus) }
    }
}
