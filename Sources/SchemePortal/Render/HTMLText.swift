/// Escaping for text placed in HTML or XML, element content or a quoted attribute value alike: the one
/// table the templates use too (`TemplateOutput.appendEscaped`), in one pass over the UTF-8.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = TemplateOutput(capacity: text.utf8.count)
        out.appendEscaped(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
