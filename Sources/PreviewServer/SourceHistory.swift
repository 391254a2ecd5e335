import Foundation
import SiteBuilder

/// Finds the version of a source page a translation was made from, in git history:
/// the newest commit of the file whose body hash is the one the translation recorded.
enum SourceHistory {
    /// How long one git command may take before it is given up.
    static let timeout: TimeInterval = 5
    /// How far back to look.
    static let commitLimit = 200

    /// `file` is relative to `site` (`content/en/tracks/b1.md`); nil when git, the repository or the version is not there.
    static func version(of file: String, in site: URL, bodyHash: String) -> PageSections? {
        guard let log = git(["log", "--format=%H", "-n", "\(commitLimit)", "--", file], in: site) else { return nil }
        for commit in log.split(separator: "\n") {
            guard let text = git(["show", "\(commit):./\(file)"], in: site), let page = PageSections(fileText: text) else { continue }
            if page.bodyHash == bodyHash { return page }
        }
        return nil
    }

    /// The output of `git args` run in `folder`, or nil when it fails or takes longer than `timeout`.
    static func git(_ arguments: [String], in folder: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
