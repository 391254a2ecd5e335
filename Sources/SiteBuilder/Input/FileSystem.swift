import Glibc

/// Reading the site with plain POSIX calls: Foundation's URL and FileManager spend more on
/// building and checking paths than the system calls themselves take, times thousands of files.
enum FileSystem {
    /// The bytes of a regular file, or nil when there is none that can be read.
    static func contents(of path: String) -> [UInt8]? {
        contentsAndStamp(of: path)?.bytes
    }

    /// The bytes of a regular file and its stamp as it was opened.
    static func contentsAndStamp(of path: String) -> (bytes: [UInt8], stamp: FileStamp)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than the size, so a file that grew meanwhile is read to its end too.
        var bytes: [UInt8] = []
        var capacity = Int(status.st_size) + 1
        while true {
            var failed = false
            // Read into uninitialised memory: zeroing a large file's buffer first costs as much again.
            let grown = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                _ = buffer.initialize(from: bytes)
                count = bytes.count
                while count < capacity {
                    let result = read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if result == 0 { return }
                    if result < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    count += result
                }
            }
            if failed { return nil }
            bytes = grown
            if bytes.count < capacity { return (bytes, FileStamp(status)) }
            capacity *= 2
        }
    }

    /// Whether `path` names a folder (following symbolic links, as opening it would).
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Which of `paths` (relative to `root`) name nothing. Each is looked up from its folder's
    /// parent, opened once for all the paths below it, so the system walks two names of each
    /// path instead of all of them.
    static func missing(_ paths: [String], under root: String) -> Set<String> {
        var missing: Set<String> = []
        let byFolder = Dictionary(grouping: paths) { path -> Substring in
            let utf8 = path.utf8
            guard let last = utf8.lastIndex(of: UInt8(ascii: "/")),
                  let folder = utf8[..<last].lastIndex(of: UInt8(ascii: "/")) else { return "" }
            return path[..<folder]
        }
        for (folder, paths) in byFolder {
            let descriptor = open(folder.isEmpty ? root : root + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else {
                missing.formUnion(paths)
                continue
            }
            defer { close(descriptor) }
            let skip = folder.isEmpty ? 0 : folder.utf8.count + 1
            for path in paths {
                var status = stat()
                if path.withCString({ fstatat(descriptor, $0 + skip, &status, AT_SYMLINK_NOFOLLOW) }) != 0 { missing.insert(path) }
            }
        }
        return missing
    }
}

/// The files below a folder, each with its stamp, found with one `stat` per entry made relative
/// to the open folder. Names starting with `.` are skipped, folders with their contents.
struct FolderScan: Sendable {
    struct File: Sendable {
        /// `prefix/` and the path below the scanned folder.
        var path: String
        var stamp: FileStamp
    }

    /// Regular files, each folder's entries sorted by name (byte by byte), folders followed into.
    var files: [File] = []
    /// Symbolic links, which are never followed (so a build reads only what lies inside the site).
    var links: [String] = []
    /// The folders directly inside the scanned one, sorted by name.
    var topFolders: [String] = []

    /// An empty scan when `root` is no folder that can be read.
    init(_ root: String, prefix: String) {
        let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        walk(folder, path: prefix, depth: 0)
    }

    /// Takes ownership of `folder`, an open descriptor.
    private mutating func walk(_ folder: Int32, path: String, depth: Int) {
        guard let stream = fdopendir(folder) else {
            close(folder)
            return
        }
        defer { closedir(stream) }
        var names: [String] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(stream) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if !name.hasPrefix(".") { names.append(name) }
        }
        names.sort { a, b in a.withCString { a in b.withCString { b in strcmp(a, b) < 0 } } }
        for name in names {
            var status = stat()
            guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let entryPath = path + "/" + name
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                files.append(File(path: entryPath, stamp: FileStamp(status)))
            case S_IFLNK:
                links.append(entryPath)
            case S_IFDIR:
                if depth == 0 { topFolders.append(name) }
                let inner = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if inner >= 0 { walk(inner, path: entryPath, depth: depth + 1) }
            default:
                continue
            }
        }
    }
}
