/// Text written into a YAML file so that YAML reads it back unchanged: for the starter files a new portal
/// is made from, and the lines `portal rollover` adds to a scheme.
enum YAMLText {
    /// In double quotes, with `"`, `\\` and every control or format character escaped.
    static func doubleQuoted(_ text: String) -> String {
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
