/// The longer word on a rule, for `portal explain CODE`: what the rule protects, what to do, and a worked
/// example (the lines as a coordinator might write them, then as they should be).
public struct Explanation: Sendable {
    /// A few lines of a content file.
    public struct Example: Sendable {
        public let file: String
        public let lines: String

        public init(_ file: String, _ lines: String) {
            self.file = file
            self.lines = lines
        }
    }

    public let code: DiagnosticCode
    /// One line, as `portal explain` lists it.
    public let title: String
    /// Why the rule exists and what to do, in a paragraph or two of plain words.
    public let text: String
    public let wrong: Example
    /// What the message says about `wrong`, shortened.
    public let reported: String
    public let right: Example

    public init(_ code: DiagnosticCode, _ title: String, _ text: String, wrong: Example, reported: String, right: Example) {
        self.code = code
        self.title = title
        self.text = text
        self.wrong = wrong
        self.reported = reported
        self.right = right
    }

    /// Every rule's explanation, in the order of their codes.
    public static let all: [Explanation] = (files + yaml + fields + settings + dates + people + pairs + markdown + site)
        .sorted { $0.code < $1.code }

    public static func of(_ code: DiagnosticCode) -> Explanation? { all.first { $0.code == code } }

    /// The text `portal explain CODE` prints.
    public var printed: String {
        func indented(_ lines: String) -> String {
            lines.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        }
        return """
            \(code.rawValue): \(title)

            \(Self.wrapped(text))

            For example, in \(wrong.file):

            \(indented(wrong.lines))

            is reported as: \(reported)

            Written as it should be\(right.file == wrong.file ? "" : ", in \(right.file)"):

            \(indented(right.lines))

            """
    }

    /// Running text broken into lines of at most `width` characters, between words.
    static func wrapped(_ text: String, width: Int = 80) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// The list `portal explain` prints with no code: each code and its title.
    public static var index: String {
        let width = all.map(\.code.rawValue.count).max() ?? 0
        return all.map { $0.code.rawValue + String(repeating: " ", count: width - $0.code.rawValue.count) + "  " + $0.title }
            .joined(separator: "\n") + "\n"
    }
}
