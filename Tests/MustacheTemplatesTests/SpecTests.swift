import Foundation
import Testing
import MustacheTemplates

/// The Mustache spec (github.com/mustache/spec, in `spec/` beside this file): every case of the
/// core modules and of the optional `~inheritance` module. The optional `~lambdas` and
/// `~dynamic-names` modules are left out, as docs/themes.md says.
struct SpecTests {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("spec")
    static let cases = modules.flatMap { module in (try? SpecCase.read(module: module, in: folder)) ?? [] }

    /// A file that cannot be read would otherwise leave fewer cases and nothing failing.
    @Test(arguments: modules)
    func moduleLoads(module: String) throws {
        #expect(try !SpecCase.read(module: module, in: Self.folder).isEmpty, "spec/\(module).json has no tests")
    }

    @Test(arguments: cases)
    func rendersAsTheSpecSays(_ spec: SpecCase) throws {
        var templates: [String: Template] = [:]
        for (name, text) in spec.partials ?? [:] { templates[name] = try Template(text) }
        templates[SpecCase.rootName] = try Template(spec.template)
        let rendered = TemplateLibrary(templates).render(SpecCase.rootName, with: spec.data.value)
        #expect(rendered == spec.expected, "\(spec.desc)\ntemplate: \(String(reflecting: spec.template))")
    }
}

/// One test of a spec file.
struct SpecCase: Decodable, Sendable, CustomTestStringConvertible {
    /// Not a name a tag can give, so no partial of a test takes its place.
    static let rootName = "spec template"

    var module = ""
    let name: String
    let desc: String
    let data: SpecData
    let template: String
    let partials: [String: String]?
    let expected: String

    var testDescription: String { "\(module): \(name)" }

    private enum CodingKeys: String, CodingKey { case name, desc, data, template, partials, expected }

    static func read(module: String, in folder: URL) throws -> [SpecCase] {
        struct File: Decodable { let tests: [SpecCase] }
        let data = try Data(contentsOf: folder.appendingPathComponent("\(module).json"))
        return try JSONDecoder().decode(File.self, from: data).tests.map { test in
            var test = test
            test.module = module
            return test
        }
    }
}

/// JSON data of a test, as the engine's typed values: numbers print as the spec writes them
/// and `null` is the empty text, which shows nothing and is false.
struct SpecData: Decodable, Sendable {
    let value: TemplateValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = ""
        } else if let flag = try? container.decode(Bool.self) {
            value = .bool(flag)
        } else if let integer = try? container.decode(Int.self) {
            value = .string(String(integer))
        } else if let number = try? container.decode(Double.self) {
            value = .string(String(number))
        } else if let text = try? container.decode(String.self) {
            value = .string(text)
        } else if let items = try? container.decode([SpecData].self) {
            value = .list(items.map(\.value))
        } else {
            value = .object(TemplateObject(try container.decode([String: SpecData].self).map { ($0.key, $0.value.value) }))
        }
    }
}
