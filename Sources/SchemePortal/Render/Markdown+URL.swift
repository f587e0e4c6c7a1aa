import Foundation

/// Link destinations the portal refuses or warns about.
enum MarkdownURL {
    static let forbiddenSchemes: Set<String> = ["javascript", "vbscript", "file", "data"]

    /// The forbidden scheme of `destination`, read the way a browser would: character references decoded,
    /// leading spaces and control characters skipped, tabs and newlines ignored, any case.
    static func forbiddenScheme(of destination: String) -> String? {
        var scheme = ""
        var started = false
        for scalar in decodingCharacterReferences(destination).unicodeScalars {
            if !started, scalar.value <= 0x20 { continue }
            started = true
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            if scalar == ":" {
                let name = scheme.lowercased()
                return forbiddenSchemes.contains(name) ? name : nil
            }
            guard scheme.unicodeScalars.count < 16, scalar.isASCII else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    static func goesNowhere(_ destination: String) -> Bool {
        let trimmed = destination.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed == "#"
    }

    /// cmark already decodes references in destinations; this catches any that survive (`&amp;#x61;`).
    private static func decodingCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        let named: [String: String] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&"]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest[rest.index(after: ampersand)...]
            guard let semicolon = afterAmpersand.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = afterAmpersand
                continue
            }
            let body = afterAmpersand[..<semicolon].lowercased()
            var decoded: String?
            if body.hasPrefix("#x"), let value = UInt32(body.dropFirst(2), radix: 16) {
                decoded = Unicode.Scalar(value).map { String($0) }
            } else if body.hasPrefix("#"), let value = UInt32(body.dropFirst()) {
                decoded = Unicode.Scalar(value).map { String($0) }
            } else {
                decoded = named[body]
            }
            if let decoded {
                result += decoded
                rest = afterAmpersand[afterAmpersand.index(after: semicolon)...]
            } else {
                result += "&"
                rest = afterAmpersand
            }
        }
        return result + rest
    }
}
