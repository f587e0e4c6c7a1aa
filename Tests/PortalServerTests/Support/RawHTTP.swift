import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket, as a browser or `curl --path-as-is` would talk to the
/// server: it sends the request target exactly as given (no `..` tidied away) and can read an event
/// stream line by line. Blocking calls run on Dispatch threads, never on the test's own.
struct RawHTTP {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int

    func get(_ target: String, method: String = "GET", host: String? = nil) async throws -> Reply {
        try await Self.offThread {
            let socket = try Self.connect(port: port)
            defer { close(socket) }
            try Self.send(socket, "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n")
            var data = Data()
            while let chunk = try Self.receive(socket, timeout: 30), !chunk.isEmpty { data.append(chunk) }
            return try Self.parse(data, method: method)
        }
    }

    /// Opens the reload channel; read it with `EventStream.next`.
    func openEvents() async throws -> EventStream {
        let socket = try await Self.offThread { try Self.connect(port: port) }
        try Self.send(socket, "GET /__portal/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        return EventStream(socket: socket)
    }

    final class EventStream: @unchecked Sendable {
        let socket: Int32
        /// Bytes as received: the reply's head, then chunks of the chunked transfer encoding.
        private var raw = Data()
        private var headRead = false
        /// The decoded event-stream text not yet returned.
        private var text = ""
        private(set) var status = 0

        init(socket: Int32) { self.socket = socket }

        /// The next event's name and data, waiting at most `timeout` seconds; nil when the stream ended.
        func next(timeout: Double = 60) async throws -> (event: String, data: String)? {
            try await RawHTTP.offThread { try self.nextBlocking(timeout: timeout) }
        }

        private func nextBlocking(timeout: Double) throws -> (event: String, data: String)? {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                decode()
                if let range = text.range(of: "\n\n") {
                    let block = String(text[..<range.lowerBound])
                    text = String(text[range.upperBound...])
                    var event: String?, data = ""
                    for line in block.split(separator: "\n") {
                        if line.hasPrefix("event: ") { event = String(line.dropFirst(7)) }
                        if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
                    }
                    if let event { return (event, data) }
                    continue
                }
                let left = deadline.timeIntervalSinceNow
                guard left > 0 else { throw Failure(description: "no event within \(timeout) s") }
                guard let chunk = try RawHTTP.receive(socket, timeout: left) else { continue }
                if chunk.isEmpty { return nil }
                raw.append(chunk)
            }
        }

        private func decode() {
            if !headRead {
                guard let end = raw.range(of: Data("\r\n\r\n".utf8)) else { return }
                let head = String(decoding: raw[..<end.lowerBound], as: UTF8.self)
                status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
                raw = Data(raw[end.upperBound...])
                headRead = true
            }
            while let lineEnd = raw.range(of: Data("\r\n".utf8)),
                  let size = Int(String(decoding: raw[..<lineEnd.lowerBound], as: UTF8.self), radix: 16),
                  raw.distance(from: lineEnd.upperBound, to: raw.endIndex) >= size + 2 {
                let start = lineEnd.upperBound
                text += String(decoding: raw[start..<raw.index(start, offsetBy: size)], as: UTF8.self)
                raw = Data(raw[raw.index(start, offsetBy: size + 2)...])
            }
        }

        func close() { Glibc.close(socket) }
    }

    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    static func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "no socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send failed") }
            sent += count
        }
    }

    /// Bytes read; empty at the end of the stream; nil when nothing came within `timeout` seconds.
    static func receive(_ socket: Int32, timeout: Double) throws -> Data? {
        var request = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(min(timeout, 60) * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw Failure(description: "receive failed: \(String(cString: strerror(errno)))") }
        return Data(buffer[0..<count])
    }

    static func parse(_ data: Data, method: String) throws -> Reply {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no complete reply") }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw Failure(description: "no status line")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunked(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    private static func dechunked(_ data: Data) -> Data {
        var result = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)),
              let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16), size > 0 {
            let start = lineEnd.upperBound
            result.append(rest[start..<min(start + size, rest.endIndex)])
            rest = rest[min(start + size + 2, rest.endIndex)...]
        }
        return result
    }
}
