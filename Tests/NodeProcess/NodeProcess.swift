import Foundation

/// `node script arguments…` with its standard input fed in pieces.
public struct NodeProcess {
    let process = Process()
    let input = Pipe()
    let output = Pipe()

    public init(script: URL, arguments: [String]) throws {
        signal(SIGPIPE, SIG_IGN)  // a node that quits early is a failed write, not a dead test
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", script.path] + arguments
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    /// False when node has stopped reading; its output says why.
    public func send(_ text: String) -> Bool {
        (try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))) != nil
    }

    public func finish() throws -> (status: Int32, output: String) {
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
