import Foundation
import Testing
@testable import PreviewServer

/// The side-by-side view of an outdated translation, with and without the translated version in git.
@Suite struct StatusPageTests {
    static let newParagraph = "A paragraph added later."

    /// The test site with its source changed since the Dutch translation was made.
    func outdatedSite(inGit: Bool) throws -> TestSite {
        let site = try TestSite()
        if inGit {
            try git(site, "init", "-q")
            try git(site, "add", ".")
            try git(site, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "First")
        }
        try site.write("content/en/_index.md", "---\ntitle: Welcome\n---\n\nFirst version.\n\n\(Self.newParagraph)\n")
        return site
    }

    func git(_ site: TestSite, _ arguments: String...) throws {
        let process = try Process.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git", "-C", site.site.path] + arguments)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func marksWhatChangedSinceTheTranslatedVersion() throws {
        let site = try outdatedSite(inGit: true)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let page = try #require(StatusPages(site: site.site).page("nl/_index.md"))
        #expect(page.contains("State: <strong>outdated</strong>"))
        #expect(page.contains("<p class=\"changed\"><strong lang=\"en\" dir=\"ltr\">Changed since translation:</strong> \(Self.newParagraph)</p>"))
        #expect(page.contains("<p>First version.</p>"))
        #expect(page.contains("<p>Eerste versie.</p>"))
    }

    @Test func marksTheWholeSourceWithoutHistory() throws {
        let site = try outdatedSite(inGit: false)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let page = try #require(StatusPages(site: site.site).page("nl/_index.md"))
        #expect(page.contains("not in git history"))
        #expect(page.contains("Changed since translation:</strong> First version.</p>"))
        #expect(page.contains("Changed since translation:</strong> \(Self.newParagraph)</p>"))
    }

    @Test func matchesSectionsByHeadingID() throws {
        let site = try TestSite()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try site.write("content/nl/about.md", "---\ntitle: Over ons\n---\n\n## Wie we zijn {#who-we-are}\n\nEen gids.\n")
        let page = try #require(StatusPages(site: site.site).page("nl/about.md"))
        #expect(page.contains("<h2>Section #who-we-are</h2>"))
        let section = try #require(page.split(separator: "<h2>Section #who-we-are</h2>").last)
        #expect(section.contains("<p>A guide.</p>") && section.contains("<p>Een gids.</p>"))
    }
}
