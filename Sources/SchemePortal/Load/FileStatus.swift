import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `stat(2)` of one path, in the terms messages use.
struct FileStatus {
    enum Kind: Equatable {
        case file, folder, link, namedPipe, socket, device, other

        var name: String {
            switch self {
            case .file: return "a file"
            case .folder: return "a folder"
            case .link: return "a shortcut (symbolic link)"
            case .namedPipe: return "a named pipe"
            case .socket: return "a socket"
            case .device: return "a device"
            case .other: return "neither a file nor a folder"
            }
        }
    }

    let kind: Kind
    let size: Int

    /// nil when the path cannot be looked at (`errno` says why).
    init?(path: String, followingLinks: Bool = true) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        self.init(mode: info.st_mode, size: Int(info.st_size))
    }

    /// nil when the descriptor cannot be looked at.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(mode: info.st_mode, size: Int(info.st_size))
    }

    private init(mode: mode_t, size: Int) {
        switch mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .link
        case S_IFIFO: kind = .namedPipe
        case S_IFSOCK: kind = .socket
        case S_IFCHR, S_IFBLK: kind = .device
        default: kind = .other
        }
        self.size = size
    }

    /// The path with every link resolved, or nil (`errno` says why: ELOOP for a loop, ENOENT for a
    /// link to nothing).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What a link says it points to, as written in it.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Reads a regular file without ever waiting: it is opened non-blocking, checked to be a regular file
    /// through the open descriptor (so nothing can be swapped in between), and read up to `limit` bytes.
    /// `followingLinks: false` refuses a link (`ELOOP`) rather than reading what it points to.
    static func readRegularFile(_ path: String, limit: Int?, followingLinks: Bool = true) -> Result<Data, ReadProblem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return .failure(.cannotOpen(describe(errno))) }
        defer { close(descriptor) }
        guard let status = FileStatus(descriptor: descriptor) else { return .failure(.cannotOpen(describe(errno))) }
        guard status.kind == .file else { return .failure(.notRegular(status.kind)) }
        if let limit, status.size > limit { return .failure(.tooLarge(status.size)) }
        // Read straight into a buffer of the file's size (plus one byte, to see a file that grew): a
        // FileHandle read asks for a buffer of the whole limit for every file, which at thousands of small
        // people files was a large part of loading them.
        var bytes = [UInt8](repeating: 0, count: max(status.size, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if let limit, count > limit { return .failure(.tooLarge(count)) }
                bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotOpen(describe(errno)))
            }
            if got == 0 { break }
            count += got
            // A read that stops short at the size the file had when opened has met its end (the buffer has room
            // for one byte more, so a file that grew fills it instead): the read that would find the end is
            // saved, one system call a file at thousands of people files.
            if count == status.size { break }
        }
        if let limit, count > limit { return .failure(.tooLarge(count)) }
        return .success(Data(bytes[..<count]))
    }

    enum ReadProblem: Error {
        case cannotOpen(String)
        case notRegular(Kind)
        case tooLarge(Int)
    }
}
