/// What a build needs besides the content and templates.
public struct RenderOptions: Sendable {
    /// The day the build treats as today, for past/next markers and derived statuses; builds with the
    /// same reference day are byte-identical.
    public var today: CalendarDay
    /// Overrides the portal file's `base_url`.
    public var baseURL: String?

    public init(today: CalendarDay, baseURL: String? = nil) {
        self.today = today
        self.baseURL = baseURL
    }
}
