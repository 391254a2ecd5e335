import ArgumentParser
import Foundation
import SiteBuilder

/// `wegwijs markdown`: Markdown from standard input as the pages' renderer writes it, without
/// a site. For authors trying a construct, and for the CommonMark conformance test.
struct MarkdownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Print the HTML of Markdown read from standard input.",
        discussion: """
            The renderer of the site's pages, without the site: links are kept as written \
            (unsafe ones are left out), headings get no id, raw HTML is left out.
            """
    )

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        FileHandle.standardOutput.write(Data(StandaloneMarkdown.html(String(decoding: input, as: UTF8.self)).utf8))
    }
}
