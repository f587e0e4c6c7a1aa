/// How many of the people pages a render draws with their templates.
///
/// `portal check` needs every page's address, the links and headings of its Markdown, and every message;
/// a profile or a directory page adds none of those when its template draws it, since the template's
/// links are the portal's own and its headings are not anchors the link check knows. So a check draws
/// the first profile and the first page of each directory with their templates, and every person's card
/// when the card template is from `Layouts/` (which finds a template that breaks on the portal's data; the
/// built-in card cannot), and of every other people page makes only what the checks read: its address, its
/// title, and its Markdown (a biography's links, headings and messages). At 10,000 people that is most of
/// the time a build spends rendering.
///
/// What only a full render finds: a profile or list template from `Layouts/` that runs away
/// (TemplateRenderer's limits) on some later person's data but not on the first person's, or on a later
/// page of a list. `portal build` draws every page and reports that (docs/messages.md says so).
public enum PageDrawing: Sendable {
    /// Every page drawn by its template: a build, the dev server.
    case everyPage
    /// What the checks read, with one page of each kind drawn: `portal check`.
    case forChecking

    /// Whether a people page is drawn with its template: `first` when it is the first of its kind.
    func draws(first: Bool) -> Bool {
        self == .everyPage || first
    }
}
