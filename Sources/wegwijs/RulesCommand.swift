import ArgumentParser
import Foundation
import IntegrationRules

/// `wegwijs rules`: what the rules module makes of one situation, for editors
/// checking the site's text against the rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the guidance for a situation given as JSON.",
        discussion: """
            Reads a situation from standard input (or --input) and prints the guidance \
            as JSON. Fields: today (required), obligation (obliged | voluntary | unknown), \
            obligedSince, hasBSN, hasResidencePermit, registeredWithMunicipality, arrangedOn, \
            letterReceived, pipDate, track (b1 | education | self-reliance), \
            diploma (diploma | no-diploma | none), livesInAZC. Dates are YYYY-MM-DD; \
            an absent or null field is an unanswered question.
            """
    )

    @Option(name: .long, help: "Read the situation from this JSON file instead of standard input.")
    var input: String?

    func run() throws {
        do throws(RulesCommandError) {
            print(try guidance(for: try readInput()).wire.json())
        } catch {
            FileHandle.standardError.write(Data("wegwijs rules: \(error.message)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func guidance(for json: String) throws(RulesCommandError) -> Guidance {
        let situation: Situation
        do throws(WireError) {
            situation = try Situation(wire: WireValue(json: json))
        } catch {
            throw RulesCommandError(error.message)
        }
        do throws(SituationError) {
            return try Guidance(for: situation)
        } catch {
            throw RulesCommandError("impossible answers: \(error.message) (\(error.id))")
        }
    }

    private func readInput() throws(RulesCommandError) -> String {
        let data: Data
        if let input {
            guard let contents = FileManager.default.contents(atPath: input) else {
                throw RulesCommandError("cannot read \(input)")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulesCommandError("the input is not UTF-8 text")
        }
        return text
    }
}

private struct RulesCommandError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
