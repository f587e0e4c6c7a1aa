import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files into a fresh folder of ours. Plain writes, no temporary file or flush per file: the folder
/// is not anyone's site until the swap, and `flush` makes the whole folder durable once, before it.
struct FolderWriter {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let root: URL
    private let rootPath: String
    /// The site being replaced, whose files are reused where the new ones are byte for byte the same.
    private let previousPath: String?
    private var madeFolders: Set<String> = [""]
    /// Files taken over from the previous site rather than written.
    private(set) var reused = 0
    private var previousFile = PreviousFile()

    init(root: URL, previous: URL? = nil) {
        self.root = root
        self.rootPath = root.path
        self.previousPath = previous?.path
    }

    mutating func write(_ relativePath: String, _ bytes: [UInt8], reusing: Bool = true) throws {
        let folder = relativePath.split(separator: "/").dropLast().joined(separator: "/")
        try makeFolder(folder)
        let path = rootPath + "/" + relativePath
        if reusing, let previousPath, previousFile.link(previousPath + "/" + relativePath, to: path, ifSameAs: bytes) {
            reused += 1
            return
        }
        // O_EXCL and O_NOFOLLOW: the folder is new, so anything already at a path is a mistake, never followed.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        defer { close(descriptor) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Self.posixWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                written += result
            }
        }
    }

    /// Makes everything written so far durable before the folder is swapped in.
    func flush() throws {
        let descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open", root.path) }
        defer { close(descriptor) }
        #if os(Linux)
        // Looked up at run time: Swift's Glibc module does not declare it.
        typealias Function = @convention(c) (Int32) -> Int32
        if let symbol = dlsym(nil, "syncfs") {
            guard unsafeBitCast(symbol, to: Function.self)(descriptor) == 0 else { throw failure("cannot save", root.path) }
            return
        }
        #endif
        sync()
    }

    private mutating func makeFolder(_ relative: String) throws {
        guard !madeFolders.contains(relative) else { return }
        let parent = relative.split(separator: "/").dropLast().joined(separator: "/")
        try makeFolder(parent)
        let path = rootPath + "/" + relative
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure("cannot make the folder", path) }
        madeFolders.insert(relative)
    }

    private static func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
        #else
        return Darwin.write(descriptor, bytes, count)
        #endif
    }

    private func failure(_ what: String, _ path: String) -> Failure {
        Failure(description: "\(what) \(path): \(String(cString: strerror(errno)))")
    }
}
