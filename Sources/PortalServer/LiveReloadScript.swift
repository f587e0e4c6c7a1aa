/// The small script `portal serve` places before `</body>` of every page it serves (never in what
/// `portal build` writes). It listens on the reload channel, on the same port as the pages, and reloads
/// when the site it was served from is no longer the newest: on a `reload` event after a rebuild, and
/// on (re)connecting, so a rebuild that finished between loading the page and opening the channel, or
/// a restart of the server, is not missed.
///
/// A hidden tab closes its channel and opens it again when shown (the `hello` then tells it whether it
/// missed a rebuild): browsers allow six connections to one address, and a channel held open by every
/// background tab would leave the seventh tab waiting for ever.
enum LiveReloadScript {
    static let marker = "portal-serve-live-reload"

    /// The script for a page served from the site of `generation`.
    static func script(generation: String) -> String {
        // The generation is made by the server (letters, digits, hyphens), never from content.
        """
        <script id="\(marker)">(function () {
          if (!window.EventSource) return;
          var served = "\(generation)";
          var channel = null;
          function check(event) { if (event.data !== served) { close(); location.reload(); } }
          function open() {
            if (channel || document.hidden) return;
            channel = new EventSource("\(ServedPath.eventsAddress)");
            channel.addEventListener("hello", check);
            channel.addEventListener("reload", check);
          }
          function close() { if (channel) { channel.close(); channel = null; } }
          document.addEventListener("visibilitychange", function () { if (document.hidden) close(); else open(); });
          window.addEventListener("pagehide", close);
          window.addEventListener("pageshow", open);
          open();
        })();</script>

        """
    }

    /// The page with the script before its last `</body>` (at the end when it has none).
    static func inserted(into page: [UInt8], generation: String) -> [UInt8] {
        let script = Array(script(generation: generation).utf8)
        guard let end = HTMLPlaces.lastClosingBody(in: page) else { return page + script }
        var result = page
        result.insert(contentsOf: script, at: end)
        return result
    }
}
