import ArgumentParser
import Foundation
import SchemePortal

/// Where `portal match --report` may write: never inside the site or content folders (the report holds
/// unpublished personal data), and never over a file that is not an earlier report.
struct MatchReportFile {
    let url: URL
    let shown: String

    init(path: String, configuration: Build.Configuration) throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let expanded = (path as NSString).expandingTildeInPath
        let given = (expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : cwd.appendingPathComponent(expanded)).standardizedFileURL
        shown = path
        // The folder is resolved by the system (every link in it followed), since a link to the site folder
        // must not carry the report into it; the file itself is never followed (see `write`).
        guard let folder = realpath(given.deletingLastPathComponent().path, nil) else {
            throw ValidationError("--report: the folder of \(path) does not exist; make it first, outside the portal's folders")
        }
        defer { free(folder) }
        url = URL(fileURLWithPath: String(cString: folder)).appendingPathComponent(given.lastPathComponent)
        let resolved = url.path
        for (folder, what) in [(configuration.outputDirectory, "the site folder"), (configuration.contentDirectory, "the content folder"),
                               (configuration.layoutsDirectory, "the layouts folder")] {
            let inside = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if resolved == inside || resolved.hasPrefix(inside + "/") {
                throw ValidationError("--report: \(path) is inside \(what); the report holds personal data that is never published, so write it elsewhere, such as ../matching-report.html")
            }
        }
        var status = stat()
        if lstat(url.path, &status) == 0 {
            let start = (status.st_mode & S_IFMT) == S_IFREG ? (try? FileHandle(forReadingFrom: url).read(upToCount: MatchReport.pageMark.utf8.count)) ?? nil : nil
            guard start == Data(MatchReport.pageMark.utf8) else {
                throw ValidationError("--report: \(path) already exists and is not an earlier matching report; choose another name")
            }
        }
    }

    /// Written beside its place, readable by its owner alone (it holds conflicts of interest and declined
    /// pairings), and renamed over it, so a report is whole or not there.
    func write(_ page: String) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        var written = descriptor >= 0
        if written {
            let bytes = Array(page.utf8)
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { written = false; break }
                offset += count
            }
            if fsync(descriptor) != 0 { written = false }
            close(descriptor)
        }
        if written, rename(temporary.path, url.path) == 0 { return }
        let reason = String(cString: strerror(errno))
        unlink(temporary.path)
        FileHandle.standardError.write(Data("error: --report: \(shown) could not be written: \(reason)\n".utf8))
        throw ExitCode(2)
    }
}
