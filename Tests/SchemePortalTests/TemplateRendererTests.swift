import Mustache
import XCTest
@testable import SchemePortal

/// Our renderer against swift-mustache 2.1.1, byte for byte: a battery of small templates covering every
/// construct, each rendered with several contexts, and a few thousand templates made at random from the
/// same pieces. The templates swift-mustache itself refuses are skipped; every other one must compile
/// with ours and render the same.
final class TemplateRendererTests: XCTestCase {
    static var people: [[String: Any]] { [
        ["name": "Ada <Lovelace>", "url": "people/ada/", "grade": "", "count": 0, "current": true,
         "tags": ["maths", "engines"], "children": [[String: Any]]()],
        ["name": "Bob & \"Co\"", "url": "people/bob/", "grade": "G7", "count": 2, "current": false,
         "tags": [String](), "children": [["name": "Cy", "children": [[String: Any]]()]]],
        ["name": "Dee 'D'", "grade": "G6", "count": -1, "tags": ["zeta", "alpha", "Émile"]],
    ] }

    static var contexts: [[String: Any]] { [
        [:],
        ["name": "Zoë & <Chloé>", "empty": "", "yes": true, "no": false, "zero": 0, "three": 3, "big": 1_234_567,
         "people": people, "none": [[String: Any]](), "words": ["pear", "Apple", "apple", "banana", "épée"],
         "anyWords": ["b", "a"] as [Any], "numbers": [3, 1, 2], "bools": [true, false],
         "page": ["root": "../../", "title": "Key dates – Pilot", "noindex": true, "breadcrumbs": [["title": "Home", "url": "../"]]],
         "site": ["title": "Portal", "contactEmail": "", "footer": "© 2026 <Uni>"],
         "scheme": ["title": "Pilot", "pages": [["title": "Overview", "current": true], ["title": "Dates", "current": false]]],
         "map": ["b": 2, "a": "one", "c": ["x": "y"]], "emptyMap": [String: Any](),
         "html": "<p>Safe &amp; sound</p>", "multi": "line one\nline two\n", "crlf": "a\r\nb", "unicode": "日本語 — naïve 👩‍💻"],
        ["name": "", "yes": false, "people": [people[1]], "words": [String](), "page": ["root": ""], "three": 0],
    ] }

    /// Both renderings of `templates["main"]`, with the others as partials; nil from swift-mustache when it
    /// refuses a template, so the case is skipped.
    static func both(_ templates: [String: String], _ context: [String: Any], file: StaticString = #filePath,
                     line: UInt = #line) -> (ours: String, theirs: String)? {
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in templates {
            guard let parsed = try? MustacheTemplate(string: text) else { return nil }
            library.register(parsed, named: name)
            switch TemplateParser.compile(text) {
            case .compiled(let template): compiled[name] = template
            case let other:
                XCTFail("\(name) does not compile: \(other)\n\(text)", file: file, line: line)
                return nil
            }
        }
        let theirs = library.render(context, withTemplate: "main") ?? ""
        switch TemplateRenderer.render("main", in: compiled, context: context) {
        case .rendered(let ours)?: return (String(decoding: ours, as: UTF8.self), theirs)
        case let other:
            XCTFail("not rendered: \(String(describing: other))\n\(templates)", file: file, line: line)
            return nil
        }
    }

    func assertSame(_ templates: [String: String], file: StaticString = #filePath, line: UInt = #line) {
        for (index, context) in Self.contexts.enumerated() {
            guard let (ours, theirs) = Self.both(templates, context, file: file, line: line) else { continue }
            XCTAssertEqual(ours, theirs, "context \(index), templates \(templates)", file: file, line: line)
        }
    }

    func assertSame(_ main: String, file: StaticString = #filePath, line: UInt = #line) {
        assertSame(["main": main], file: file, line: line)
    }

    func test_variables_escaped_and_not() {
        assertSame("Hello {{name}}! {{{name}}} {{&name}} {{ name }} {{{ html }}} {{html}}")
        assertSame("{{yes}} {{no}} {{zero}} {{three}} {{big}} {{missing}} [{{empty}}] {{unicode}} {{multi}}{{crlf}}")
        assertSame("{{page.title}} {{page.root}}x {{page.missing.deeper}} {{site.footer}} {{page..root}} {{page.root.}}")
    }

    func test_dots_and_the_current_object() {
        assertSame("{{#words}}<{{.}}>{{/words}} {{#page}}{{.root}}|{{.title}}|{{.name}}|{{name}}{{/page}}")
        assertSame("{{#people}}{{#.children}}{{.name}}/{{name}};{{/.children}}{{^.children}}-{{/.children}}{{/people}}")
        assertSame("{{#name}}[{{.}}]{{/name}}{{#three}}({{.}}){{/three}}{{#yes}}{{count(.)}}{{/yes}} {{#words}}{{}}{{/words}}")
    }

    func test_sections_over_every_kind_of_value() {
        assertSame("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}{{#empty}}E{{/empty}}{{#zero}}Z{{/zero}}")
        assertSame("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^missing}}M{{/missing}}{{^empty}}E{{/empty}}{{^zero}}Z{{/zero}}")
        assertSame("{{#none}}x{{/none}}{{^none}}no one{{count(.)}}{{/none}}{{#people}}{{name}},{{/people}}{{^people}}none{{/people}}")
        assertSame("{{#map}}{{a}}{{b}}{{c.x}}{{/map}}{{#emptyMap}}e{{name}}{{/emptyMap}}{{^emptyMap}}not{{/emptyMap}}")
    }

    func test_lookups_climb_the_stack_from_inside_loops() {
        assertSame("{{#people}}<a href=\"{{page.root}}{{url}}\">{{name}}</a>{{#current}} (here){{/current}}{{grade}}\n{{/people}}")
        assertSame("{{#people}}{{#tags}}{{.}}@{{name}}/{{page.root}}{{/tags}}{{/people}}")
        assertSame("{{#scheme}}{{#pages}}{{title}}{{#current}}*{{title}}{{/current}}{{/pages}}{{/scheme}}")
        assertSame("{{#page}}{{#breadcrumbs}}{{title}}{{root}}{{site.title}}{{/breadcrumbs}}{{/page}}")
    }

    func test_nested_sections_and_standalone_lines() {
        assertSame("<ul>\n{{#people}}\n  <li>\n  {{#tags}}\n    {{.}}\n  {{/tags}}\n  </li>\n{{/people}}\n</ul>\n")
        assertSame("  {{#yes}}  \nA\n  {{/yes}}  \n  {{^yes}}\nB\n{{/yes}}\n|  {{! comment }}  \n| {{!c}} x\n")
        assertSame("a {{#yes}}\nb\n{{/yes}} c\n{{#yes}}d{{/yes}}\n   {{#no}}\n{{/no}}   \nend   ")
        assertSame("{{#yes}}\n{{/yes}}")
        assertSame("x\n\t{{#yes}}\t\n\ty\n\t{{/yes}}\t\n\n\n  ")
        assertSame("{{#people}}{{#children}}{{name}}{{/children}}{{/people}}")
        assertSame("{{!only}}\n{{! spans\n lines }}\nafter\n  {{!c}}{{!d}}\n")
    }

    func test_sequence_transforms_inside_lists() {
        assertSame("{{#words}}{{.}}{{^last()}}, {{/last()}}{{/words}}")
        assertSame("{{#people}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{plusone(index())}};{{/people}}")
        assertSame("{{#people}}{{#tags}}{{index()}}{{/tags}}{{#yes}}{{index()}}{{/yes}}{{#name}}{{index()}}{{/name}}{{/people}}{{index()}}")
    }

    func test_every_transform() {
        assertSame("{{empty(name)}} {{empty(empty)}} {{capitalized(name)}} {{lowercased(name)}} {{uppercased(name)}} {{reversed(name)}} {{reversed(unicode)}}")
        assertSame("{{count(people)}} {{empty(people)}} {{empty(none)}} {{#first(people)}}{{name}}{{/first(people)}} {{#last(people)}}{{name}}{{/last(people)}}")
        assertSame("{{#reversed(words)}}{{.}} {{/reversed(words)}}|{{#sorted(words)}}{{.}} {{/sorted(words)}}|{{#sorted(numbers)}}{{.}}{{/sorted(numbers)}}")
        assertSame("{{#sorted(anyWords)}}{{.}}{{/sorted(anyWords)}}|{{#sorted(people)}}x{{/sorted(people)}}|{{#sorted(reversed(words))}}{{.}}{{/sorted(reversed(words))}}")
        assertSame("{{first(words)}} {{last(words)}} {{first(none)}} {{count(map)}} {{empty(map)}} {{empty(emptyMap)}} {{#sorted(map)}}{{key}}={{#value}}{{x}}{{/value}};{{/sorted(map)}}")
        assertSame("{{equalzero(zero)}} {{equalzero(three)}} {{plusone(three)}} {{minusone(zero)}} {{even(three)}} {{odd(three)}} {{count(words)}}")
        assertSame("{{uppercased(first(words))}} {{plusone(count(people))}} {{nonsense(name)}} {{empty(yes)}} {{lowercased(three)}} {{count(name)}}")
        assertSame("{{^empty(site.contactEmail)}}mail{{/empty(site.contactEmail)}}{{#empty(site.contactEmail)}}none{{/empty(site.contactEmail)}}")
        assertSame("{{#empty(.)}}e{{/empty(.)}}{{#people}}{{count(.tags)}}{{#empty(.children)}}-{{/empty(.children)}}{{/people}}")
    }

    func test_partials_and_their_indentation() {
        assertSame(["main": "<ul>\n  {{> item}}\n{{#people}}\n    {{> item}}\n{{/people}}\n</ul>\n{{> missing}}!",
                    "item": "<li>{{name}}</li>\n<li>{{grade}}\n</li>\n"])
        assertSame(["main": "a {{>p}} b\n\t{{>p}}\n", "p": "1\n{{#yes}}2\n{{/yes}}{{#people}}3\n{{/people}}4"])
        assertSame(["main": "  {{>outer}}\n", "outer": "o\n  {{>inner}}\no\n", "inner": "i\n{{multi}}i\n"])
        assertSame(["main": "{{#people}}{{>card}}{{/people}}", "card": "<{{name}}>{{#tags}}{{>tag}}{{/tags}}\n", "tag": "[{{.}}]"])
        assertSame(["main": "{{#people}}\n{{> toc}}\n{{/people}}",
                    "toc": "<li>{{.name}}{{^empty(.children)}}\n<ul>\n{{#.children}}\n{{> toc}}\n{{/.children}}\n</ul>\n{{/empty(.children)}}</li>"])
    }

    func test_inheritance_with_blocks_overrides_and_defaults() {
        let base = "<title>{{$title}}Default{{/title}}</title>\n{{$head}}{{/head}}\n<main>\n  {{$main}}\n  none\n  {{/main}}\n</main>\n{{>footer}}"
        let footer = "<footer>{{site.title}}{{$footer}}(f){{/footer}}</footer>\n"
        assertSame(["main": "{{< base}}\n{{$main}}\n<h1>{{page.title}}</h1>\n  <p>x</p>\n{{/main}}\n{{/base}}\n", "base": base, "footer": footer])
        assertSame(["main": "{{<base}}{{$title}}T{{/title}}{{$footer}}F{{/footer}}{{/base}}", "base": base, "footer": footer])
        assertSame(["main": "{{<base}}{{/base}}", "base": base, "footer": footer])
        // Nested inheritance: the outermost override wins; a block inside an override is itself overridable.
        assertSame(["main": "{{<middle}}{{$title}}outer{{/title}}{{/middle}}",
                    "middle": "{{<base}}{{$title}}middle{{/title}}{{$main}}M[{{$inner}}i{{/inner}}]{{/main}}{{/base}}",
                    "base": base, "footer": footer])
        assertSame(["main": "  {{<parent}}\n    {{$a}}\n      one\n        two\n    {{/a}}\n  {{/parent}}\n",
                    "parent": "<p>\n  {{$a}}x{{/a}}\n</p>\n{{$b}}\n  b\n{{/b}}\n"])
        assertSame(["main": "{{#people}}{{<parent}}{{$a}}{{name}}:{{index()}}{{/a}}{{/parent}}{{/people}}",
                    "parent": "[{{$a}}{{/a}}|{{name}}]"])
        assertSame(["main": "{{$a}}top {{name}}{{/a}} {{$b}}\n  b\n{{/b}}"])
    }

    func test_set_delimiters() {
        assertSame("{{=<% %>=}}<% name %> {{name}} <%#yes%>y<%/yes%>\n<%={{ }}=%>{{name}}")
        assertSame("  {{=| |=}}  \n|name| |{html}| |&html| |! c |\n|#people||name||/people|")
        assertSame("{{=[[ ]]=}}[[> p]][[!x]] ]] [[ {{x}}", partial: "P")
    }

    func test_content_type() {
        assertSame("{{name}}\n{{%CONTENT_TYPE: TEXT}}\n{{name}}{{#people}}{{name}}{{>p}}{{/people}}\n{{% CONTENT_TYPE:HTML }}{{name}}",
                   partial: "<{{name}}>")
    }

    func test_odd_and_broken_looking_templates() {
        assertSame("{{ #yes }}a{{/yes}} {{#yes}}b{{/ yes }} {{name}")
        assertSame("{ {{name}} }} {{{name}}} {{&  name}} {{\nname\n}} a{{\nb")
        assertSame("{{#a.b}}{{/a.b}}{{#lowercased(name)}}{{.}}{{/lowercased(name)}}{{^reversed(words)}}none{{/reversed(words)}}")
        assertSame("trailing {{name}}   ")
        assertSame("{{name}}{{")
        assertSame("\u{2028}{{#yes}}\u{2028}x\u{2028}{{/yes}}\u{2028}\u{85}{{!c}}\u{0B}")
        assertSame("{{#people}}{{/people}}{{^people}}{{/people}}\n\n{{> }}{{>}}")
    }

    func assertSame(_ main: String, partial: String, file: StaticString = #filePath, line: UInt = #line) {
        assertSame(["main": main, "p": partial], file: file, line: line)
    }

    /// Thousands of templates put together at random from the pieces above (text, line ends, blanks,
    /// every kind of tag, partials that include later partials, parents with blocks), with a fixed seed.
    func test_random_templates_render_the_same() {
        var generator = RandomTemplates(seed: 20261129)
        var compared = 0
        var refused = 0
        let cases = 2_000
        for _ in 0..<cases {
            let templates = generator.templates()
            for context in Self.contexts {
                var library = MustacheLibrary()
                var compiled: [String: CompiledTemplate] = [:]
                var parses = true
                for (name, text) in templates {
                    guard let parsed = try? MustacheTemplate(string: text) else {
                        parses = false
                        break
                    }
                    library.register(parsed, named: name)
                    guard case .compiled(let template) = TemplateParser.compile(text) else {
                        return XCTFail("swift-mustache parses it, ours does not: \(templates)")
                    }
                    compiled[name] = template
                }
                guard parses else {
                    refused += 1
                    break
                }
                let theirs = library.render(context, withTemplate: "main") ?? ""
                switch TemplateRenderer.render("main", in: compiled, context: context) {
                case .rendered(let bytes)?:
                    compared += 1
                    let ours = String(decoding: bytes, as: UTF8.self)
                    if ours != theirs { return XCTAssertEqual(ours, theirs, "\(templates)") }
                case .unsupported?:
                    continue // it printed a list or a map: swift-mustache renders those pages
                case let other:
                    return XCTFail("\(String(describing: other)): \(templates)")
                }
            }
        }
        XCTAssertGreaterThan(compared, cases, "too few templates were compared (\(refused) did not parse)")
    }
}

/// Small random templates: `main` and partials p1…p3, where a partial includes only later ones.
struct RandomTemplates {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }

    static let names = ["name", "empty", "yes", "no", "zero", "three", "people", "none", "words", "page.root", "page.title",
                        ".name", ".", "tags", "children", "grade", "url", "current", "missing", "site.contactEmail", "html",
                        "first(words)", "count(people)", "empty(name)", "index()", "last()", "first()", "plusone(index())",
                        "sorted(words)", "reversed(people)", "empty(.children)", "page", "map", "multi", "count(.)"]
    /// Names that mostly find text, a number or a flag (printing a list leaves the page to swift-mustache).
    static let scalars = ["name", "empty", "yes", "no", "zero", "three", "page.root", "page.title", ".name", ".", "grade", "url",
                          "current", "missing", "site.contactEmail", "html", "first(words)", "count(people)", "empty(name)",
                          "index()", "last()", "plusone(index())", "multi", "count(.)", "title", "key", "uppercased(.)"]
    static let texts = ["a", " ", "  ", "\t", "\n", "\n", "\n", "<b>", "&", "x y", "}", "{", "é", "\r\n", "'"]

    mutating func templates() -> [String: String] {
        var result = ["main": body(depth: 0, partial: 0)]
        for index in 1...3 { result["p\(index)"] = body(depth: 0, partial: index) }
        return result
    }

    /// `inBlock`: no block, partial or parent inside a block's text, since swift-mustache recurses for
    /// ever on an override that shows its own block, even through a partial (ours stops).
    private mutating func body(depth: Int, partial: Int, inBlock: Bool = false) -> String {
        var text = ""
        for _ in 0..<(1 + next(6)) { text += piece(depth: depth, partial: partial, inBlock: inBlock) }
        return text
    }

    private mutating func piece(depth: Int, partial: Int, inBlock: Bool) -> String {
        let blank = pick(["", "", " ", "  ", "\t"])
        switch next(14) {
        case 0, 1, 2: return pick(Self.texts)
        case 3: return "\(blank){{\(pick(Self.scalars))}}"
        case 4: return "{{{\(pick(Self.scalars))}}}\(pick(["", "\n"]))"
        case 5, 6:
            guard depth < 3 else { return pick(Self.texts) }
            let name = pick(Self.names)
            let open = pick(["#", "^"])
            let end = pick(["", "\n"])
            return "\(blank){{\(open)\(name)}}\(end)\(body(depth: depth + 1, partial: partial, inBlock: inBlock))\(blank){{/\(name)}}\(pick(["", "\n"]))"
        case 7: return "\(blank){{! note }}\(pick(["", "\n", " x"]))"
        case 8, 9:
            guard partial < 3, !inBlock else { return pick(Self.texts) }
            return "\(blank){{> p\(partial + 1 + next(3 - partial))}}\(pick(["", "\n", " "]))"
        case 10:
            guard depth < 3, partial < 3, !inBlock else { return pick(Self.texts) }
            let block = pick(["a", "b"])
            let parent = "p\(partial + 1 + next(3 - partial))"
            return "\(blank){{<\(parent)}}\(pick(["", "\n"]))\(blank){{$\(block)}}\(pick(["", "\n"]))"
                + "\(body(depth: depth + 1, partial: partial, inBlock: true))\(blank){{/\(block)}}\(pick(["", "\n"])){{/\(parent)}}"
        case 11:
            guard depth < 3, !inBlock else { return pick(Self.texts) }
            let block = pick(["a", "b"])
            return "\(blank){{$\(block)}}\(pick(["", "\n"]))\(body(depth: depth + 1, partial: partial, inBlock: true))\(blank){{/\(block)}}\(pick(["", "\n"]))"
        case 12: return "\(blank){{=<% %>=}}\(pick(["", "\n"]))<%\(pick(Self.scalars))%><%={{ }}=%>"
        default: return "\(blank){{&\(pick(Self.scalars))}}"
        }
    }
}
