import Testing
@testable import MustacheTemplates

private func render(_ text: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
    var templates = ["main": try Template(text)]
    for (name, partial) in partials { templates[name] = try Template(partial) }
    return TemplateLibrary(templates).render("main", with: value) ?? "<missing>"
}

private func syntaxError(_ text: String) -> TemplateSyntaxError? {
    do {
        _ = try Template(text)
        return nil
    } catch {
        return error
    }
}

struct InterpolationTests {
    @Test func escapesTheFiveHTMLCharacters() throws {
        #expect(try render("<p title=\"{{t}}\">{{t}}</p>", ["t": "a & <b> \"c\" 'd'"])
            == "<p title=\"a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;\">a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;</p>")
    }

    @Test func tripleAndAmpersandAreNotEscaped() throws {
        #expect(try render("{{{h}}}|{{&h}}|{{ h }}", ["h": "<b>ج</b>"]) == "<b>ج</b>|<b>ج</b>|&lt;b&gt;ج&lt;/b&gt;")
    }

    @Test func dottedNamesLookInsideWhatTheFirstNameFound() throws {
        let value: TemplateValue = ["page": ["title": "Home"], "title": "outer"]
        #expect(try render("{{page.title}}/{{page.missing}}/{{missing.title}}", value) == "Home//")
    }

    @Test func namesClimbTheStackButDottedRestsDoNot() throws {
        let value: TemplateValue = ["lang": "en", "items": [["name": "a"], ["name": "b", "lang": "ar"]]]
        #expect(try render("{{#items}}{{name}}:{{lang}} {{/items}}", value) == "a:en b:ar ")
    }

    @Test func flagsPrintAsWords() throws {
        #expect(try render("{{on}} {{off}}", ["on": true, "off": false]) == "true false")
    }
}

struct SectionTests {
    @Test func listsRepeatAndEmptyThingsAreFalse() throws {
        let value: TemplateValue = ["items": ["x", "y"], "none": [], "empty": "", "no": false, "text": "t"]
        #expect(try render("{{#items}}[{{.}}]{{/items}}", value) == "[x][y]")
        #expect(try render("{{#none}}A{{/none}}{{#empty}}B{{/empty}}{{#no}}C{{/no}}{{#missing}}D{{/missing}}", value) == "")
        #expect(try render("{{^none}}A{{/none}}{{^empty}}B{{/empty}}{{^no}}C{{/no}}{{^missing}}D{{/missing}}{{^text}}E{{/text}}", value)
            == "ABCD")
        #expect(try render("{{#text}}<{{.}}>{{/text}}", value) == "<t>")
    }

    @Test func objectSectionsPushTheObject() throws {
        #expect(try render("{{#page}}{{title}}{{/page}}", ["page": ["title": "T"], "title": "outer"]) == "T")
    }

    @Test func transformsAndPositions() throws {
        let value: TemplateValue = ["items": ["a", "b", "c"], "none": []]
        #expect(try render("{{^empty(items)}}has{{/empty(items)}}{{#empty(none)}} none{{/empty(none)}}", value) == "has none")
        #expect(try render("{{count(items)}} {{first(items)}} {{last(items)}} {{#reversed(items)}}{{.}}{{/reversed(items)}}", value)
            == "3 a c cba")
        #expect(try render("{{#items}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#odd()}}o{{/odd()}} {{/items}}", value)
            == "0F 1o 2L ")
    }
}

struct WhitespaceTests {
    @Test func standaloneTagsTakeTheirLineWithThem() throws {
        let template = """
            <ul>
              {{#items}}
            <li>{{.}}</li>
              {{/items}}
            {{! a comment }}
            </ul>

            """
        #expect(try render(template, ["items": ["a", "b"]]) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func tagsSharingALineAreNotStandalone() throws {
        #expect(try render("{{#a}}{{/a}}\nx", ["a": true]) == "\nx")
        #expect(try render(" {{#a}}x{{/a}}\n", ["a": true]) == " x\n")
    }

    @Test func standalonePartialsIndentEveryLine() throws {
        #expect(try render("<div>\n  {{> item}}\n</div>", [:], partials: ["item": "<p>\n</p>\n"]) == "<div>\n  <p>\n  </p>\n</div>")
    }

    @Test func delimitersCanChange() throws {
        #expect(try render("{{=<% %>=}}\n<% name %> {{name}}", ["name": "N"]) == "N {{name}}")
    }
}

struct InheritanceTests {
    let layout = """
        <title>{{$title}}Default{{/title}}</title>
        {{$main}}{{/main}}
        """

    @Test func childBlocksReplaceTheParentsDefaults() throws {
        let page = """
            {{<layout}}
            ignored text
            {{$main}}
            <p>{{text}}</p>
            {{/main}}
            {{/layout}}
            """
        #expect(try render(page, ["text": "Hi"], partials: ["layout": layout]) == "<title>Default</title>\n<p>Hi</p>\n")
    }

    @Test func theOutermostChildWins() throws {
        let middle = "{{<layout}}{{$title}}Middle{{/title}}{{$main}}M{{/main}}{{/layout}}"
        let page = "{{<middle}}{{$title}}Page{{/title}}{{/middle}}"
        #expect(try render(page, [:], partials: ["layout": layout, "middle": middle]) == "<title>Page</title>\nM")
    }

    @Test func loopsAreFound() throws {
        let library = TemplateLibrary(["a": try Template("x{{> b}}"), "b": try Template("{{<a}}{{/a}}"), "c": try Template("{{> a}}")])
        let loop = try #require(library.inclusionLoop())
        #expect(loop.names == ["a", "b", "a"])
        #expect(loop.reference.kind == .parent)
        #expect(TemplateLibrary(["a": try Template("{{> b}}{{> b}}"), "b": try Template("b")]).inclusionLoop() == nil)
    }
}

struct SyntaxErrorTests {
    @Test(arguments: [
        ("<p>\n  {{title</p>", 2, 3, "never closed"),
        ("{{#a}}\n{{/b}}", 2, 1, "closes 'a', opened at line 1"),
        ("{{/a}}", 1, 1, "never opened"),
        ("x\n{{#items}}", 2, 1, "'items' is opened here but never closed"),
        ("{{upper(name)}}", 1, 1, "unknown transform 'upper'"),
        ("{{nth()}}", 1, 1, "unknown transform 'nth()'"),
        ("{{a..b}}", 1, 1, "is not a name"),
        ("{{=<%>=}}", 1, 1, "delimiter"),
        ("{{>}}", 1, 1, "needs a template name"),
        ("ب {{x", 1, 3, "never closed"),
    ])
    func reportsWhereAndWhat(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(syntaxError(text))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test func referencesNameValuesAndTemplatesWithPlaces() throws {
        let template = try Template("{{t.a}}\n {{^empty(page.b)}}{{/empty(page.b)}}{{> p}}{{<q}}{{/q}}")
        #expect(template.references == [
            TemplateReference(kind: .value, name: "t.a", line: 1, column: 1),
            TemplateReference(kind: .value, name: "page.b", line: 2, column: 2),
            TemplateReference(kind: .partial, name: "p", line: 2, column: 38),
            TemplateReference(kind: .parent, name: "q", line: 2, column: 45),
        ])
    }
}

struct IndentationTests {
    /// The partial's lines are indented, not the lines of a value it shows: a `<pre>` keeps its text.
    @Test func indentedPartialsIndentTheirLinesNotTheirValues() throws {
        #expect(try render("<div>\n  {{> code}}\n</div>\n", ["code": "a\n b"], partials: ["code": "<pre>{{code}}</pre>\n<p></p>\n"])
            == "<div>\n  <pre>a\n b</pre>\n  <p></p>\n</div>\n")
    }

    @Test func aPartialInsideALineIndentsNothing() throws {
        #expect(try render("  {{> outer}}\n", [:], partials: ["outer": "a {{> inner}}\n", "inner": "b\nc"]) == "  a b\nc\n")
    }
}

struct NameCheckTests {
    let schema: TemplateSchema = .object([
        "title": .text, "lang": .text, "isFallback": .flag,
        "items": .list(.object(["name": .text, "url": .text])),
        "t": .unchecked,
    ])

    private func problems(_ templates: [String: String], roots: [String] = ["main"]) throws -> [String] {
        let library = TemplateLibrary(try templates.mapValues { try Template($0) })
        return library.unknownNames(roots: roots, schema: schema).map { "\($0.template):\($0.line):\($0.column): \($0.message)" }
    }

    @Test func namesOfTheSchemaPass() throws {
        let template = "{{title}}{{#items}}{{name}}{{lang}}{{#first()}}{{.}}{{/first()}}{{/items}}{{^empty(items)}}{{count(items)}}{{/empty(items)}}{{t.any.key}}"
        #expect(try problems(["main": template]) == [])
    }

    @Test func aMisspeltNameSuggestsTheNearest() throws {
        #expect(try problems(["main": "<h1>{{titel}}</h1>\n{{#items}}{{nmae}}{{/items}}"])
            == ["main:1:5: unknown name 'titel' (did you mean 'title'?)", "main:2:11: unknown name 'nmae' (did you mean 'name'?)"])
    }

    @Test func aNameFarFromAllListsTheNames() throws {
        #expect(try problems(["main": "{{zzz}}"]) == ["main:1:1: unknown name 'zzz'; here a template can use: isFallback, items, lang, t, title"])
    }

    @Test func itemNamesExistOnlyInsideTheirSection() throws {
        #expect(try problems(["main": "{{name}}"]).first?.hasPrefix("main:1:1: unknown name 'name'") == true)
        #expect(try problems(["main": "{{items.name}}"]) == ["main:1:1: 'items' is a list: use its items' names inside {{#items}}…{{/items}}"])
        #expect(try problems(["main": "{{#isFallback}}{{name}}{{/isFallback}}"]).count == 1)
    }

    @Test func aPartialSeesTheNamesAroundItsTag() throws {
        let templates = ["main": "{{#items}}{{> item}}{{/items}}", "item": "{{url}}\n{{ulr}}"]
        #expect(try problems(templates) == ["item:2:1: unknown name 'ulr' (did you mean 'url'?)"])
    }

    @Test func aBlockIsCheckedWhereItShowsAndTemplatesNoRootReachesAtTheTop() throws {
        let templates = ["main": "{{<layout}}{{$body}}{{name}}{{/body}}{{/layout}}", "layout": "{{#items}}{{$body}}{{/body}}{{/items}}",
                         "unused": "{{url}}"]
        #expect(try problems(templates) == ["unused:1:1: unknown name 'url'; here a template can use: isFallback, items, lang, t, title"])
    }
}
