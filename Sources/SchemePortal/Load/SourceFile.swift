import Foundation

/// A content file read from disk: checked to be UTF-8 text of a sensible size, line ends normalised.
public struct SourceFile: Sendable {
    /// Path shown in messages (relative to where the tool runs, when possible).
    public var displayPath: String
    public var text: String
    /// Where each line starts, as a UTF-8 offset into `text`: found with `memchr`, and lines made only when
    /// asked for, since most files (a person's record) are read without a message that quotes one.
    private let lineStarts: [Int]

    /// The text's lines, without their line breaks.
    public var lines: [Substring] {
        (1...lineStarts.count).map { lineSlice($0) }
    }

    public var lineCount: Int { lineStarts.count }

    /// Larger files are refused rather than parsed: the Markdown and YAML libraries have inputs on which
    /// they take minutes, and no real scheme document comes near this size. People files have a limit of
    /// their own (`Limits.peopleFileMegabytes`), since a scheme of thousands of people is a large file.
    public static let maximumBytes = 2_000_000

    /// How large a file may be, and what a message says when it is larger.
    public struct SizeLimit: Sendable {
        public var bytes: Int
        /// "a content file", "a people file"
        public var kind: String
        public var hint: String

        public static let content = SizeLimit(bytes: maximumBytes, kind: "a content file",
                                              hint: "split it into several pages, or move data out of it")

        public static func people(_ limits: Limits) -> SizeLimit {
            SizeLimit(bytes: limits.peopleFileMegabytes * 1_000_000, kind: "a people file",
                      hint: "split it into several files in Content/people/, or \(Limits.raise(Limits.peopleFileKey))")
        }
    }

    public init(displayPath: String, text: String) {
        self.displayPath = displayPath
        let normalised = Self.normalised(text)
        self.text = normalised
        self.lineStarts = Self.lineStarts(of: normalised)
    }

    /// Line ends as `\n`, no byte-order mark, and NUL bytes (which cannot be shown or stored sensibly in any
    /// page) as U+FFFD. One pass over the bytes; most files need no change and are returned as they are.
    static func normalised(_ text: String) -> String {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let needsWork = text.utf8.starts(with: bom) || text.containsByte(13) || text.containsByte(0)
        guard needsWork else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var input = text.utf8.starts(with: bom) ? text.utf8.dropFirst(3) : text.utf8.dropFirst(0)
        while let byte = input.popFirst() {
            switch byte {
            case 13:
                bytes.append(10)
                if input.first == 10 { input.removeFirst() }
            case 0:
                bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a file, or explains why it cannot be used. Only a regular file is read: a named pipe or a
    /// device is refused without waiting on it.
    public static func read(_ url: URL, displayPath: String, limit: SizeLimit = .content) -> Result<SourceFile, Diagnostic> {
        read(path: url.path, displayPath: displayPath, limit: limit)
    }

    public static func read(path: String, displayPath: String, limit: SizeLimit = .content,
                            followingLinks: Bool = true) -> Result<SourceFile, Diagnostic> {
        let location = SourceLocation(file: displayPath)
        let data: Data
        switch FileStatus.readRegularFile(path, limit: limit.bytes, followingLinks: followingLinks) {
        case .success(let bytes):
            data = bytes
        case .failure(.tooLarge(let size)):
            return .failure(.error(.fileTooLarge, "the file is \(Counted.thousands(size / 1000)) kB, larger than the \(limit.bytes / 1_000_000) MB \(limit.kind) may be",
                                   at: location, hint: limit.hint))
        case .failure(.notRegular(let kind)):
            return .failure(.notRegularFile(kind.name, at: location))
        case .failure(.cannotOpen(let reason)):
            return .failure(.unreadableFile(reason, at: location))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8Position(in: data)
            return .failure(.error(.fileNotText, "the file is not UTF-8 text (the first bad byte is here)",
                                   at: SourceLocation(file: displayPath, line: line, column: column),
                                   hint: "save it as UTF-8 in your editor (‘Save with encoding’ → UTF-8)"))
        }
        return .success(SourceFile(displayPath: displayPath, text: text))
    }

    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        return String(lineSlice(number))
    }

    /// Line `number` (1-based, in range), without its line break. A line feed is always a character of its
    /// own, so offsets just after one are character boundaries.
    private func lineSlice(_ number: Int) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        let end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        return text[start..<end]
    }

    private static func lineStarts(of text: String) -> [Int] {
        var starts = [0]
        var copy = text
        copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
        }
        return starts
    }

    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }

    public func diagnostic(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, line: Int, column: Int,
                           _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(code, severity, at: location(line: line, column: column), message, hint: hint, sourceLine: self.line(line))
    }

    /// Where the first malformed byte sequence is, as a line and column a text editor would show.
    static func firstInvalidUTF8Position(in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if Unicode.UTF8.decode(encoded) == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return (line, column)
            case .error:
                return (line, column)
            }
        }
    }
}
