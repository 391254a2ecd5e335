import Foundation
import SiteCore

/// Writes a build beside the output folder and swaps it in only when every file is written,
/// so a failed build leaves the previous site exactly as it was.
enum Publisher {
    /// Marks a folder as ours, so a mistyped `--output` never replaces someone's files.
    static let markerName = ".wegwijs-build"

    static func publish(_ files: [OutputFile], to output: URL, site: URL) -> [Diagnostic] {
        let fileManager = FileManager.default
        if let problem = refusal(output: output, site: site) {
            return [.error(problem, at: SourceLocation(path: output.path))]
        }
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent(".\(name).new-\(stamp)")
        let retired = parent.appendingPathComponent(".\(name).old-\(stamp)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try write(files + [OutputFile(path: markerName, text: "")], into: staging)
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: retired)
                do {
                    try fileManager.moveItem(at: staging, to: output)
                } catch {
                    try? fileManager.moveItem(at: retired, to: output)
                    throw error
                }
                try? fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: staging, to: output)
            }
            return []
        } catch {
            try? fileManager.removeItem(at: staging)
            return [.error("could not write the site: \(error.localizedDescription)", at: SourceLocation(path: output.path))]
        }
    }

    /// Why `output` must not be replaced, or nil when it may.
    static func refusal(output: URL, site: URL) -> String? {
        let out = output.standardizedFileURL.path, root = site.standardizedFileURL.path
        if out == root || root.hasPrefix(out.hasSuffix("/") ? out : out + "/") {
            return "the output folder would replace the site itself; choose another --output"
        }
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: out), !entries.isEmpty else { return nil }
        if !entries.contains(markerName) {
            return "will not replace \(out): it is not empty and was not made by wegwijs (no \(markerName)); remove it or choose another --output"
        }
        return nil
    }

    private static func write(_ files: [OutputFile], into folder: URL) throws {
        var made: Set<String> = [folder.path]
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            let directory = url.deletingLastPathComponent().path
            if !made.contains(directory) {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                made.insert(directory)
            }
            let ok = file.bytes.withUnsafeBytes { FileManager.default.createFile(atPath: url.path, contents: Data($0)) }
            if !ok { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        }
    }
}
