/// "1 error", "3 warnings", "0 people": a count with its noun, for messages and summaries.
public enum Counted {
    public static func words(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) \(count == 1 ? one : many ?? one + "s")"
    }
}
