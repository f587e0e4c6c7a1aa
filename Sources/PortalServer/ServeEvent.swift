import SchemePortal

/// What `portal serve` tells the person running it. The library never prints: the command line turns
/// these into lines on the terminal.
public enum ServeEvent: Sendable {
    /// A build finished: the first one, or a rebuild after a change.
    case built(RebuildReport)
    /// Files changed on disk but hold what the served site was built from (saved unchanged, touched):
    /// nothing was rebuilt and no tab reloads.
    case unchanged([String])
    /// The server is listening; `busyPorts` were tried first and found in use.
    case listening(address: String, port: Int, busyPorts: [Int])
    /// How changes are noticed, at the start and if that has to change later.
    case watching(WatchMode)
}

public enum WatchMode: Sendable, Equatable {
    case inotify
    /// Checking the folders' paths, sizes and times every 0.3 s, and why.
    case polling(reason: String)
}

/// One build as `portal serve` ran it.
public struct RebuildReport: Sendable {
    /// The paths whose change started it, as the terminal shows them; empty for the first build.
    public var changed: [String]
    public var seconds: Double
    /// The content's problems, in the order and words `portal build` prints them.
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var fileCount: Int
    /// The generation of the site now served.
    public var generation: String
    /// Whether there is any site to show under the messages (false until a build has no errors).
    public var hasSite: Bool
    /// Why a whole folder could not be read (it does not exist, or is not a folder), as `build` says it.
    public var readFailure: String? = nil
    /// What each step took and did (`portal serve --timings`).
    public var steps: [Build.StepRecord] = []
}

/// Why the server could not start.
public enum ServeFailure: Error, Equatable, CustomStringConvertible {
    /// The port given with `--port` is taken.
    case portInUse(host: String, port: Int)
    /// No port from `first` to `last` was free.
    case noFreePort(host: String, first: Int, last: Int)
    /// The content or layouts folder could not be read at the start (as `build`, a problem with the
    /// command, not the content).
    case cannotRead(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use (by another program, or another portal serve); "
                + "stop that program, or choose another port with --port, or leave out --port to use the first free one"
        case .noFreePort(let host, let first, let last):
            "ports \(first) to \(last) on \(host) are all in use; choose a free port with --port"
        case .cannotRead(let failure):
            "\(failure); nothing was served"
        }
    }
}
