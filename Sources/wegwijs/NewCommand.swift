import ArgumentParser
import Foundation
import SiteBuilder

/// `wegwijs new`: starts the translation of a source page.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a translation of a source page.",
        discussion: """
        Writes content/<locale>/<path> with the source's title and description to translate, \
        its weight, translation metadata (source, sourceHash, method: human, reviewed: false) \
        and the source's text to replace with the translation. Exits 1 when the file exists \
        (unless --force), or the locale or source page is unknown.
        """
    )

    @Option(name: .long, help: "The site folder, with site.yaml and content/.")
    var site: String = "."

    @Option(name: .long, help: "The locale to translate into (a code from site.yaml).")
    var locale: String

    @Flag(name: .long, help: "Replace the translation if it exists.")
    var force = false

    @Argument(help: "The source page: content/en/tracks/b1.md, en/tracks/b1.md or tracks/b1.md.")
    var path: String

    func run() throws {
        do {
            let siteURL = URL(fileURLWithPath: site).standardizedFileURL
            let written = try TranslationScaffold.write(site: siteURL, locale: locale, source: path, force: force)
            print("wrote \(written)")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
