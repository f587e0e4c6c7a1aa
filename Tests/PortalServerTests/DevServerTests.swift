import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SchemePortal
import XCTest
@testable import PortalServer

/// The server as a browser meets it: pages, files, the 404 page, refused addresses, the reload channel,
/// the error overlay, and ports.
final class DevServerTests: XCTestCase {
    var portal: ServePortal!
    var server: RunningServer?

    override func setUpWithError() throws {
        portal = try ServePortal()
    }

    override func tearDown() async throws {
        try await server?.stop()
        portal?.delete()
    }

    func start() async throws -> RunningServer {
        let running = try await RunningServer.start(portal)
        server = running
        return running
    }

    func test_it_serves_every_page_and_file_of_a_build_from_memory_with_the_reload_script_on_pages() async throws {
        let server = try await start()
        let built = Dictionary(uniqueKeysWithValues: portal.freshBuild().files.map { ($0.path, $0.contents) })
        let home = try await server.http.get("/")
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertEqual(home.headers["cache-control"], "no-store")
        XCTAssertTrue(home.text.contains("<script id=\"portal-serve-live-reload\">"))
        XCTAssertEqual(Self.withoutScript(home.text), String(decoding: built["index.html"] ?? [], as: UTF8.self))
        for (path, type) in [("assets/style.css", "text/css; charset=utf-8"), ("calendar.ics", "text/calendar; charset=utf-8"),
                             ("sitemap.xml", "application/xml; charset=utf-8"), ("assets/people.js", "text/javascript; charset=utf-8")] {
            let reply = try await server.http.get("/" + path)
            XCTAssertEqual(reply.status, 200, path)
            XCTAssertEqual(reply.headers["content-type"], type, path)
            XCTAssertEqual(Array(reply.body), built[path], path)
        }
        let folder = try await server.http.get("/schemes/pilot")
        XCTAssertEqual(folder.status, 301)
        XCTAssertEqual(folder.headers["location"], "/schemes/pilot/")
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.url("Output").path), "serve never writes Output/")
    }

    func test_a_missing_page_gets_the_sites_404_page_and_nothing_outside_the_site_can_be_reached() async throws {
        let server = try await start()
        let missing = try await server.http.get("/no-such-page/")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.text.contains("If you typed the web address, check it is correct."))
        for target in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/schemes/%2E%2E/%2E%2E/etc/passwd",
                       "//etc/passwd", "/etc/passwd", "/..%2f..%2fetc/passwd", "/schemes/", "/assets/"] {
            let reply = try await server.http.get(target)
            XCTAssertEqual(reply.status, 404, target)
            XCTAssertFalse(reply.text.contains("root:"), target)
            XCTAssertFalse(reply.text.contains("style.css\n"), "no folder listing for \(target)")
        }
        let head = try await server.http.get("/", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.body.count, 0)
        let post = try await server.http.get("/", method: "POST")
        XCTAssertEqual(post.status, 405)
    }

    func test_saving_a_file_sends_reload_and_the_page_then_has_the_new_text() async throws {
        let server = try await start()
        let channel = try await server.http.openEvents()
        defer { channel.close() }
        let hello = try await channel.next()
        XCTAssertEqual(hello?.event, "hello")
        let before = try await server.http.get("/about/")
        XCTAssertTrue(before.text.contains("var served = \"\(hello?.data ?? "?")\""))

        try portal.saveLikeAnEditor("Content/pages/about.md", try portal.read("Content/pages/about.md")
            .replacingOccurrences(of: "The People Team at Golden University.", with: "The Staff Development Office."))
        let reload = try await channel.next()
        XCTAssertEqual(reload?.event, "reload")
        XCTAssertNotEqual(reload?.data, hello?.data)
        let after = try await server.http.get("/about/")
        XCTAssertTrue(after.text.contains("The Staff Development Office."))
        XCTAssertFalse(after.text.contains("The People Team at Golden University."))
        XCTAssertTrue(after.text.contains("var served = \"\(reload?.data ?? "?")\""))
    }

    func test_where_inotify_cannot_be_used_polling_brings_the_same_reload() async throws {
        let server = try await RunningServer.start(portal, polling: true)
        self.server = server
        XCTAssertTrue(server.events.all.contains { if case .watching(.polling) = $0 { true } else { false } })
        let channel = try await server.http.openEvents()
        defer { channel.close() }
        _ = try await channel.next()
        try portal.saveLikeAnEditor("Content/pages/about.md", try portal.read("Content/pages/about.md")
            .replacingOccurrences(of: "## Who runs it", with: "## Who looks after it"))
        let reload = try await channel.next()
        XCTAssertEqual(reload?.event, "reload")
        let after = try await server.http.get("/about/")
        XCTAssertTrue(after.text.contains("Who looks after it"))
    }

    func test_a_broken_file_shows_its_message_over_the_last_good_page_and_fixing_it_clears_it() async throws {
        let server = try await start()
        let channel = try await server.http.openEvents()
        defer { channel.close() }
        _ = try await channel.next()

        let good = try portal.read("Content/schemes/pilot/people.yaml")
        try portal.saveLikeAnEditor("Content/schemes/pilot/people.yaml", good.replacingOccurrences(of: "    grade: Grade 8\n", with: "    grade: Grade 99\n"))
        let broken = try await channel.next()
        XCTAssertEqual(broken?.event, "reload")
        let page = try await server.http.get("/about/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("id=\"portal-serve-errors\" role=\"alert\""))
        XCTAssertTrue(page.text.contains("Content/schemes/pilot/people.yaml:7:12"), page.text)
        XCTAssertTrue(page.text.contains("    grade: Grade 99\n           ^^^^^^^^</pre>"), page.text)
        XCTAssertTrue(page.text.contains("The People Team at Golden University."), "the last good page is under the messages")
        // The terminal's report follows the reload (the rebuild loop first makes sure of what changed meanwhile).
        await waitUntil("the failed build to be reported") { server.events.builds.last?.diagnostics.errorCount ?? 0 > 0 }

        try portal.saveLikeAnEditor("Content/schemes/pilot/people.yaml", good)
        let fixed = try await channel.next()
        XCTAssertEqual(fixed?.event, "reload")
        let clean = try await server.http.get("/about/")
        XCTAssertFalse(clean.text.contains("portal-serve-errors"))
    }

    /// A page elsewhere that points its own name at 127.0.0.1 cannot read the portal being edited.
    func test_only_addresses_on_this_computer_are_answered() async throws {
        let server = try await start()
        for host in ["127.0.0.1:\(server.port)", "localhost:\(server.port)", "LOCALHOST", "[::1]:\(server.port)"] {
            let reply = try await server.http.get("/", host: host)
            XCTAssertEqual(reply.status, 200, host)
        }
        for host in ["evil.example:\(server.port)", "127.0.0.1.evil.example", "", "localhost.evil.example:80"] {
            let reply = try await server.http.get("/people/", host: host)
            XCTAssertEqual(reply.status, 403, host)
            XCTAssertFalse(reply.text.contains("<html"), host)
        }
        XCTAssertEqual(SiteResponder.hostName("[::1]:4000"), "[::1]")
        XCTAssertNil(SiteResponder(live: server.session.live, host: "0.0.0.0").allowedHosts, "exposed on purpose: any name")
    }

    func test_stopping_ends_open_reload_channels_instead_of_waiting_for_them() async throws {
        let server = try await start()
        let channel = try await server.http.openEvents()
        defer { channel.close() }
        _ = try await channel.next()
        try await server.stop()
        self.server = nil
        let end = try await channel.next()
        XCTAssertNil(end, "the channel ended")
    }

    func test_a_port_asked_for_that_is_in_use_is_an_error_naming_it() async throws {
        let (socket, busy) = try Self.occupyPort()
        defer { close(socket) }
        let session = ServeSession(configuration: portal.configuration)
        var devServer = DevServer(port: busy)
        devServer.stopsOnSignals = false
        do {
            try await devServer.run(session) { _ in }
            XCTFail("the server started on a port in use")
        } catch let failure as ServeFailure {
            XCTAssertEqual(failure, .portInUse(host: "127.0.0.1", port: busy))
            XCTAssertTrue(failure.description.hasPrefix("port \(busy) on 127.0.0.1 is already in use"))
            XCTAssertTrue(failure.description.contains("choose another port with --port"))
        }
    }

    func test_when_the_first_port_is_in_use_the_next_free_one_is_used_and_said() async throws {
        let (socket, busy) = try Self.occupyPort()
        defer { close(socket) }
        var devServer = DevServer()
        devServer.firstPort = busy
        devServer.stopsOnSignals = false
        let session = ServeSession(configuration: portal.configuration)
        let control = ServeControl()
        let events = ServeEvents()
        let task = Task { try await devServer.run(session, control: control) { events.add($0) } }
        await waitUntil("the server to listen") { events.port != nil }
        guard case .listening(let address, let port, let skipped)? = events.all.first(where: { if case .listening = $0 { true } else { false } }) else {
            return XCTFail("no listening event")
        }
        XCTAssertEqual(skipped.first, busy)
        XCTAssertNotEqual(port, busy)
        XCTAssertEqual(address, "http://127.0.0.1:\(port)/")
        let reply = try await RawHTTP(port: port).get("/")
        XCTAssertEqual(reply.status, 200)
        await control.stop()
        try await task.value
    }

    /// A port some other program listens on.
    static func occupyPort() throws -> (Int32, Int) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                _ = bind(socket, pointer, length)
                _ = listen(socket, 1)
                return getsockname(socket, pointer, &length)
            }
        }
        return (socket, Int(UInt16(bigEndian: address.sin_port)))
    }

    static func withoutScript(_ page: String) -> String {
        guard let start = page.range(of: "<script id=\"portal-serve-live-reload\">"),
              let end = page.range(of: "})();</script>\n", range: start.upperBound..<page.endIndex) else { return page }
        return String(page[..<start.lowerBound] + page[end.upperBound...])
    }
}

/// A save that changes nothing is answered without a rebuild or a reload.
final class UnchangedSaveTests: XCTestCase {
    func test_a_file_saved_unchanged_rebuilds_nothing_and_a_real_change_still_reloads() async throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let server = try await RunningServer.start(portal)
        let channel = try await server.http.openEvents()
        defer { channel.close() }
        let hello = try await channel.next()
        let builds = server.events.builds.count
        try portal.saveLikeAnEditor("Content/pages/about.md", try portal.read("Content/pages/about.md"))
        await waitUntil("the save to be looked at") {
            server.events.all.contains { if case .unchanged(let paths) = $0 { paths.contains("Content/pages/about.md") } else { false } }
        }
        XCTAssertEqual(server.events.builds.count, builds, "nothing was rebuilt")
        try portal.saveLikeAnEditor("Content/pages/about.md", try portal.read("Content/pages/about.md")
            .replacingOccurrences(of: "## Who runs it", with: "## Who looks after it"))
        let reload = try await channel.next()
        XCTAssertEqual(reload?.event, "reload", "the unchanged save sent no reload; the change did")
        XCTAssertNotEqual(reload?.data, hello?.data)
        await waitUntil("the rebuild to be reported") { server.events.builds.count == builds + 1 }
        try await server.stop()
    }
}

/// Closed tabs do not leave their reload channels open: the server is not told when a browser closes a
/// tab, and only a write that fails ends its channel, so channels are pinged now and then.
final class ClosedChannelTests: XCTestCase {
    func test_the_channels_of_closed_tabs_end() async throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let server = try await RunningServer.start(portal, pingInterval: 0.1)
        var channels: [RawHTTP.EventStream] = []
        for _ in 0..<5 {
            let channel = try await server.http.openEvents()
            _ = try await channel.next()
            channels.append(channel)
        }
        let live = server.session.live
        await waitUntil("five open channels") { await live.listenerCount == 5 }
        let kept = try await server.http.openEvents()
        defer { kept.close() }
        _ = try await kept.next()
        for channel in channels { channel.close() }
        await waitUntil("the closed tabs' channels to end") { await live.listenerCount == 1 }
        // The one still open still hears of rebuilds.
        try portal.saveLikeAnEditor("Content/pages/about.md", try portal.read("Content/pages/about.md")
            .replacingOccurrences(of: "## Who runs it", with: "## Who looks after it"))
        let reload = try await kept.next()
        XCTAssertEqual(reload?.event, "reload")
        try await server.stop()
    }
}
