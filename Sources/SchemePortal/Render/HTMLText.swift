/// Escaping for text placed in HTML or XML, element content or a quoted attribute value alike: the one
/// table the templates use too (`TemplateOutput.appendEscaped`), in one pass over the UTF-8.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = TemplateOutput(capacity: text.utf8.count)
        out.appendEscaped(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

extension HTMLText {
    /// Text as the inside of a double-quoted CSS string in a `<style>` element (a scheme's name at the top of
    /// each printed sheet): letters, digits and spaces as they are, anything else as a hex escape, so no
    /// quote, backslash, line break or `</style>` can end the string or the element.
    public static func cssString(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return result
    }
}
