import ArgumentParser
import Foundation
import PreviewServer
import SiteBuilder

/// `wegwijs serve`: the live preview for authors and translators.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1; rebuild and reload open pages on every change.",
        discussion: """
        Watches content/, the themes and site.yaml. A change that breaks the build keeps the last \
        good build online and shows the problems over the open pages and here. The translation \
        status of every locale is at /_status/.
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "The port on 127.0.0.1.")
    var port: Int = PreviewServer.defaultPort

    @Flag(name: .long, help: "Add the pseudo-locales en-XA and ar-XB, made from the default locale.")
    var pseudo = false

    func run() async throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        let buildOptions = options.buildOptions(output: nil, write: true, pseudo: pseudo)
        let server = PreviewServer(options: buildOptions, folder: PreviewServer.defaultFolder(for: buildOptions.site),
                                   port: port) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        do {
            try await server.run { port in
                let line = "Preview at http://127.0.0.1:\(port)/ (translation status at /_status/); Ctrl-C stops.\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("wegwijs serve: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
