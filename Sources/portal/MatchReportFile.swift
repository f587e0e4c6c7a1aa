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
        url = (expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : cwd.appendingPathComponent(expanded)).standardizedFileURL
        shown = path
        let resolved = url.resolvingSymlinksInPath().path
        for (folder, what) in [(configuration.outputDirectory, "the site folder"), (configuration.contentDirectory, "the content folder"),
                               (configuration.layoutsDirectory, "the layouts folder")] {
            let inside = folder.standardizedFileURL.resolvingSymlinksInPath().path
            if resolved == inside || resolved.hasPrefix(inside + "/") {
                throw ValidationError("--report: \(path) is inside \(what); the report holds personal data that is never published, so write it elsewhere, such as ../matching-report.html")
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            let start = (try? FileHandle(forReadingFrom: url).read(upToCount: MatchReport.pageMark.utf8.count)) ?? nil
            guard !isFolder.boolValue, start == Data(MatchReport.pageMark.utf8) else {
                throw ValidationError("--report: \(path) already exists and is not an earlier matching report; choose another name")
            }
        }
    }

    /// Written beside its place and renamed over it, so a report is whole or not there.
    func write(_ page: String) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(page.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            FileHandle.standardError.write(Data("error: --report: \(shown) could not be written: \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
    }
}
