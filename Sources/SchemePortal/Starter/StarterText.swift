/// Text a coordinator typed (a scheme's name), written into a starter file so that it reads back as the
/// same text.
enum StarterText {
    /// As it is when YAML would read it back unchanged and it looks plain; in double quotes, with `"`, `\`
    /// and control characters escaped, otherwise (`Mentoring: 2027`, `#1 scheme`, `"Quoted"`).
    static func yaml(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " -–'’(),.&/".unicodeScalars.contains(scalar)
        }
        if plain, let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
           text.last != " " {
            return text
        }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                    let hex = String(scalar.value, radix: 16)
                    let width = scalar.value > 0xFFFF ? 8 : 4
                    quoted += (width == 8 ? "\\U" : "\\u") + String(repeating: "0", count: width - hex.count) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
