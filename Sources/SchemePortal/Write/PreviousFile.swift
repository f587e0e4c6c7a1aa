#if canImport(Glibc)
import Glibc
#endif

/// Reusing a file of the site being replaced. Most rebuilds change a few pages; a page whose bytes are the
/// same as last time is hard-linked into the new site instead of written, so a rebuild writes (and the
/// disk flushes) only what changed, and an unchanged page keeps its modification time, which servers,
/// browsers and deploy tools use to skip it. The bytes are compared, not a record of them, so a file
/// changed by hand since is never taken for the new one.
struct PreviousFile {
    /// One read buffer for all the files of a build, not one per file.
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    mutating func link(_ previous: String, to path: String, ifSameAs bytes: [UInt8]) -> Bool {
        // O_NOFOLLOW and O_NONBLOCK: only a regular file of the old site is read, never through a link, never waited on.
        let descriptor = open(previous, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count,
              sameContents(descriptor, bytes) else { return false }
        // Fails where the file system has no hard links (then the file is written as usual).
        guard linkat(AT_FDCWD, previous, AT_FDCWD, path, 0) == 0 else { return false }
        // The link is made by path: had anything swapped another file in there (or a folder on the way for a
        // link) since the comparison, the link is not the file compared, and it is taken back.
        var linked = stat()
        // Its size is looked at again too: the comparison stops at the new bytes' count, so a file that grew
        // meanwhile is caught here.
        guard lstat(path, &linked) == 0, linked.st_dev == status.st_dev, linked.st_ino == status.st_ino,
              Int(linked.st_size) == bytes.count else {
            unlink(path)
            return false
        }
        return true
    }

    private mutating func sameContents(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { return offset == bytes.count }
            guard offset + count <= bytes.count else { return false }
            let same = buffer.withUnsafeBytes { read in
                bytes.withUnsafeBytes { expected in memcmp(read.baseAddress!, expected.baseAddress! + offset, count) == 0 }
            }
            guard same else { return false }
            offset += count
            // The file's size was found equal to the new bytes' count: once they are all compared, the read that
            // would find its end is saved (one system call for each file of a rebuild).
            if offset == bytes.count { return true }
        }
    }
}
