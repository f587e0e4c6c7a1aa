import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished staging folder in the output folder's place so that readers always find a complete
/// site there. On Linux the two folders are exchanged in one step (`renameat2` with `RENAME_EXCHANGE`);
/// where the kernel or file system lacks it, two renames are used and the output folder is briefly
/// absent (a build that dies in that moment is repaired by the next build: see `BuildLeftovers`).
public enum FolderSwap {
    /// How the new site was put in place: in one step, or with two renames (the fallback).
    public enum Method: Sendable {
        case exchange
        case twoRenames
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Moves `staging` to `output`. Returns where the previous site now is (to be removed), if there was one.
    static func swap(staging: URL, into output: URL, previous: URL) throws -> (method: Method, old: URL?) {
        var info = stat()
        let outputExists = lstat(output.path, &info) == 0
        if !outputExists {
            switch renameat2(staging, output, flags: renameNoReplace) {
            case .done: return (.exchange, nil)
            case .unsupported:
                try rename(staging, output)
                return (.twoRenames, nil)
            case .failed(let code) where code == EEXIST:
                break // Another build made it in the meantime: exchange with that one below.
            case .failed(let code):
                throw Failure(description: "cannot move the new site into place: \(String(cString: strerror(code)))")
            }
        }
        switch renameat2(staging, output, flags: renameExchange) {
        case .done:
            return (.exchange, staging)
        case .failed(let code):
            throw Failure(description: "cannot swap the new site into place: \(String(cString: strerror(code)))")
        case .unsupported:
            try rename(output, previous)
            do {
                try rename(staging, output)
            } catch {
                try? rename(previous, output)
                throw error
            }
            return (.twoRenames, previous)
        }
    }

    private static let renameNoReplace: UInt32 = 1 << 0
    private static let renameExchange: UInt32 = 1 << 1

    private enum Outcome { case done, unsupported, failed(Int32) }

    private static func renameat2(_ from: URL, _ to: URL, flags: UInt32) -> Outcome {
        #if os(Linux)
        // Looked up at run time: Swift's Glibc module does not declare it, and old C libraries lack it.
        typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return .unsupported }
        let function = unsafeBitCast(symbol, to: Function.self)
        if function(AT_FDCWD, from.path, AT_FDCWD, to.path, flags) == 0 { return .done }
        let code = errno
        return code == EINVAL || code == ENOSYS || code == ENOTSUP ? .unsupported : .failed(code)
        #else
        return .unsupported
        #endif
    }

    static func rename(_ from: URL, _ to: URL) throws {
        #if canImport(Glibc)
        let result = Glibc.rename(from.path, to.path)
        #else
        let result = Darwin.rename(from.path, to.path)
        #endif
        if result != 0 {
            throw Failure(description: "cannot move \(from.lastPathComponent) to \(to.path): \(String(cString: strerror(errno)))")
        }
    }
}
