import Glibc

/// What `stat` tells of a file that changes whenever its contents may have: like git's index,
/// a build reads a content file again only when its stamp is not the one the last build saw.
struct FileStamp: Hashable, Sendable {
    var size: Int
    /// Nanoseconds since 1970. Tools can set it back (`touch -d`, `cp -p`)…
    var modified: Int
    /// …but not this one: the inode change time moves on every write, rename and `touch`.
    var changed: Int
    var inode: UInt64

    init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ status: stat) {
        self.init(size: Int(status.st_size),
                  modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec),
                  changed: Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec),
                  inode: UInt64(status.st_ino))
    }

    /// File times lag the clock by up to a timer tick, and some file systems keep only whole
    /// seconds, or even two (FAT): a file written this long before a scan began cannot be
    /// written again with the same times.
    static let settleNanoseconds = 2_000_000_000

    /// Whether a scan that started at `scanStarted` (nanoseconds since 1970) saw this file's last
    /// write. A file written shortly before, or during, the scan can be written again within
    /// the same tick of the file system's clock, keeping size and times (git's "racy" files):
    /// those are read and compared again by the next build.
    func isSettled(atScan scanStarted: Int) -> Bool {
        max(modified, changed) < scanStarted - Self.settleNanoseconds
    }

    /// Now, in nanoseconds since 1970, on the clock file times are taken from.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}
