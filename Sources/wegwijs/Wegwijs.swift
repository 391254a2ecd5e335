import ArgumentParser

@main
struct Wegwijs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wegwijs",
        abstract: "Builds a multilingual information site from Markdown.",
        discussion: """
        A site is a folder with site.yaml, content/<locale>/…/*.md and themes/<name>/.
        Run 'wegwijs help <command>' for the options of a command.
        """,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, StatusCommand.self, NewCommand.self, RulesCommand.self, MarkdownCommand.self]
    )
}
