import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders (recursively) and single files with inotify, and calls `onChange` once per
/// burst of changes: after the first event it waits until `quiet` passes without another one.
final class FileWatcher: @unchecked Sendable {
    private let descriptor: Int32
    /// Watched folder per watch descriptor, to add watches for folders created later.
    private var folders: [Int32: URL] = [:]
    /// Names that count in a folder watched only for some of its files (`site.yaml` in the site folder).
    private var onlyNames: [Int32: Set<String>] = [:]
    private let stopped = Locked(false)

    /// Fails when inotify is unavailable (not Linux, or the watch limit is reached).
    init() throws(WatchError) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError("inotify_init1 failed: \(String(cString: strerror(errno)))") }
    }

    deinit { close(descriptor) }

    /// Watches `folder` and every folder below it, now and later.
    func watchTree(_ folder: URL) {
        guard let wd = addWatch(folder) else { return }
        folders[wd] = folder
        let children = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey])) ?? []
        for child in children where (try? child.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            watchTree(child)
        }
    }

    /// Watches one file through its folder, so that editors that save by renaming are noticed too.
    func watchFile(_ file: URL) {
        guard let wd = addWatch(file.deletingLastPathComponent()) else { return }
        onlyNames[wd, default: []].insert(file.lastPathComponent)
    }

    /// Reads events on the calling thread until `stop()`; `onChange` runs on this thread too,
    /// with the paths of the files that changed, or nil when that is not known (a folder came
    /// or went, a single watched file changed, or events were lost).
    func run(quiet milliseconds: Int32 = 50, onChange: (Set<String>?) -> Void) {
        while !stopped.value {
            guard wait(milliseconds: 200) else { continue }
            var changed: Set<String>? = []
            guard readEvents(into: &changed) else { continue }
            while wait(milliseconds: milliseconds) { _ = readEvents(into: &changed) }
            onChange(changed)
        }
    }

    func stop() { stopped.value = true }

    private func addWatch(_ url: URL) -> Int32? {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)
        let wd = inotify_add_watch(descriptor, url.path, mask)
        return wd >= 0 ? wd : nil
    }

    private func wait(milliseconds: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, milliseconds) > 0
    }

    /// Reads what is pending; true when an event concerns a watched file, whose path goes into
    /// `changed`. New folders get watches.
    private func readEvents(into changed: inout Set<String>?) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return false }
        var relevant = false
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = buffer[(offset + headerSize)..<(offset + headerSize + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += headerSize + length
            // Editors' swap and backup files (`.b1.md.swp`, `b1.md~`) are not content.
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            if let names = onlyNames[wd] {
                if names.contains(name) {
                    relevant = true
                    changed = nil
                }
                continue
            }
            relevant = true
            let isFolder = mask & UInt32(IN_ISDIR) != 0
            guard let parent = folders[wd], !name.isEmpty else {
                changed = nil
                continue
            }
            if isFolder, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(parent.appendingPathComponent(name)) }
            // A folder that came or went names no one file.
            if isFolder { changed = nil } else { changed?.insert(parent.appendingPathComponent(name).path) }
        }
        return relevant
    }
}

struct WatchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A value behind a lock, for state shared between the watcher thread and request handlers.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    func update<Result>(_ change: (inout Value) -> Result) -> Result { lock.withLock { change(&stored) } }
}
