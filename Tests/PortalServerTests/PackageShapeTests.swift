import Foundation
import XCTest

/// `portal build` stays light: the web server is linked only where `portal serve` needs it.
final class PackageShapeTests: XCTestCase {
    func test_the_library_never_imports_the_server_or_its_parts() throws {
        let library = ServePortal.repository.appendingPathComponent("Sources/SchemePortal")
        let names = try FileManager.default.subpathsOfDirectory(atPath: library.path).filter { $0.hasSuffix(".swift") }
        XCTAssertGreaterThan(names.count, 50, "the scan sees the library's files")
        for name in names {
            let text = try String(contentsOf: library.appendingPathComponent(name), encoding: .utf8)
            for module in ["Hummingbird", "NIO", "ServiceLifecycle", "PortalServer"] {
                XCTAssertFalse(text.contains("import \(module)"), "\(name) imports \(module)")
            }
        }
    }

    func test_the_library_target_depends_on_no_server_package() throws {
        let manifest = try String(contentsOf: ServePortal.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        guard let targets = manifest.range(of: "targets: [\n"),
              let start = manifest.range(of: "name: \"SchemePortal\",", range: targets.upperBound..<manifest.endIndex),
              let end = manifest.range(of: ".target(", range: start.upperBound..<manifest.endIndex)
                ?? manifest.range(of: ".executableTarget(", range: start.upperBound..<manifest.endIndex) else {
            return XCTFail("the SchemePortal target was not found in Package.swift")
        }
        let target = manifest[start.lowerBound..<end.lowerBound]
        XCTAssertFalse(target.contains("hummingbird\""), String(target))
        XCTAssertFalse(target.contains("PortalServer"), String(target))
    }
}
