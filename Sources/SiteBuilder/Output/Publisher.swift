import Dispatch
import Foundation
import Glibc
import SiteCore

/// Writes a build beside the output folder and swaps it in only when every file is written,
/// so a failed build leaves the previous site exactly as it was.
enum Publisher {
    /// Marks a folder as ours, so a mistyped `--output` never replaces someone's files.
    static let markerName = ".wegwijs-build"

    /// Writes a whole new site beside `output` and swaps it in; `manifest` becomes the marker,
    /// its modification time `scanStarted` (see `BuildManifest.scanStarted`).
    static func publish(_ files: [OutputFile], manifest: OutputFile, scanStarted: Int, to output: URL, site: URL) -> [Diagnostic] {
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
            try write(files + [manifest], into: staging)
            try setModified(staging.path + "/" + manifest.path, to: scanStarted)
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

    /// Updates the previous build in place: every changed file is first written beside its
    /// target, and only when all of them are written are they renamed over the old ones, so a
    /// failure to write (a full disk) leaves the folder as it was. Each rename is atomic; only
    /// a rename failing halfway (which the system allows for next to no reason on one folder
    /// tree) could leave some pages new and some old. Then stale pages go, the manifest last.
    /// `manifest` is nil when the previous one still holds (a given one is written without
    /// comparing). `amendment`, when given instead, is appended to it once the files are in
    /// place. `scanStarted`, when given, becomes the marker's modification time (see
    /// `BuildManifest.scanStarted`).
    static func update(_ output: URL, write files: [OutputFile], remove stale: [String], manifest: OutputFile?,
                       amendment: [UInt8]? = nil, scanStarted: Int?) -> [Diagnostic] {
        let root = output.path
        let changed = files.filter { file in FileSystem.contents(of: root + "/" + file.path) != file.bytes } + (manifest.map { [$0] } ?? [])
        let pending = changed.map { file -> (temporary: String, final: String) in
            let final = root + "/" + file.path
            let slash = final.lastIndex(of: "/")!
            return (String(final[...slash]) + ".wegwijs-new." + String(final[final.index(after: slash)...]), final)
        }
        do {
            try makeFolders(for: changed.map(\.path), under: root)
            let failures = ResultSlots<PublishError?>(count: changed.count)
            DispatchQueue.concurrentPerform(iterations: changed.count) { index in
                failures.set(index, writeFile(changed[index].bytes, to: pending[index].temporary))
            }
            if let failure = failures.values.lazy.compactMap({ $0 }).first { throw failure }
            if let scanStarted, let marker = pending.first(where: { $0.final == root + "/" + markerName }) {
                try setModified(marker.temporary, to: scanStarted)
            }
            for (temporary, final) in pending where rename(temporary, final) != 0 {
                throw PublishError(path: final, code: errno)
            }
        } catch {
            for (temporary, _) in pending { unlink(temporary) }
            return [.error("could not write the site: \(error.localizedDescription)", at: SourceLocation(path: output.path))]
        }
        for path in stale {
            unlink(root + "/" + path)
            var folder = path.split(separator: "/").dropLast()
            while !folder.isEmpty, rmdir(root + "/" + folder.joined(separator: "/")) == 0 { folder = folder.dropLast() }
        }
        if let amendment, let failure = append(amendment, to: root + "/" + markerName) {
            return [.error("could not write the site: \(failure.localizedDescription)", at: SourceLocation(path: output.path))]
        }
        // A marker kept as it was may still take the later time: its records were all seen by
        // this scan. Should that fail, the earlier time only makes the next build read more.
        if let scanStarted, !changed.contains(where: { $0.path == markerName }) {
            try? setModified(root + "/" + markerName, to: scanStarted)
        }
        return []
    }

    /// Sets a file's access and modification times (nanoseconds since 1970).
    private static func setModified(_ path: String, to time: Int) throws {
        let stamp = timespec(tv_sec: time / 1_000_000_000, tv_nsec: time % 1_000_000_000)
        guard utimensat(AT_FDCWD, path, [stamp, stamp], 0) == 0 else { throw PublishError(path: path, code: errno) }
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

    /// Makes every folder once (parents first), then writes the files on all cores with plain
    /// POSIX calls: Foundation's file writing syncs and stats far more than a fresh folder needs.
    private static func write(_ files: [OutputFile], into folder: URL) throws {
        let root = folder.path
        try makeFolders(for: files.map(\.path), under: root)
        let failures = ResultSlots<PublishError?>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            failures.set(index, writeFile(files[index].bytes, to: root + "/" + files[index].path))
        }
        if let failure = failures.values.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Every folder the files need, parents first; existing ones are fine. The folders of one
    /// depth are made on all cores: making a folder is mostly the kernel finding a free inode.
    private static func makeFolders(for paths: [String], under root: String) throws {
        var folders: Set<String> = []
        for path in paths {
            var parent = path.split(separator: "/").dropLast()
            while !parent.isEmpty, folders.insert(parent.joined(separator: "/")).inserted { parent = parent.dropLast() }
        }
        let byDepth = Dictionary(grouping: folders) { $0.utf8.count { $0 == UInt8(ascii: "/") } }
        for depth in byDepth.keys.sorted() {
            let level = byDepth[depth]!
            let failures = ResultSlots<PublishError?>(count: level.count)
            DispatchQueue.concurrentPerform(iterations: level.count) { index in
                let path = root + "/" + level[index]
                failures.set(index, mkdir(path, 0o755) != 0 && errno != EEXIST ? PublishError(path: path, code: errno) : nil)
            }
            if let failure = failures.values.lazy.compactMap({ $0 }).first { throw failure }
        }
    }

    /// Appends `bytes` to the file at `path` whole, or leaves it as it was.
    private static func append(_ bytes: [UInt8], to path: String) -> PublishError? {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return PublishError(path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return PublishError(path: path, code: errno) }
        if let failure = write(bytes, to: descriptor, path: path) {
            ftruncate(descriptor, status.st_size)
            return failure
        }
        return nil
    }

    private static func writeFile(_ bytes: [UInt8], to path: String) -> PublishError? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return PublishError(path: path, code: errno) }
        defer { close(descriptor) }
        return write(bytes, to: descriptor, path: path)
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) -> PublishError? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                return PublishError(path: path, code: errno)
            }
            written += result
        }
        return nil
    }
}

/// A file or folder that could not be written, with the system's reason.
struct PublishError: Error, LocalizedError {
    var path: String
    var code: Int32
    var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
}
