import Foundation
import IntegrationRules
import NodeProcess
import Testing

/// The WebAssembly build, called through the page's glue under node, gives
/// the same guidance as the native module for the whole input space.
/// Needs `make wasm` first (`make rules-parity` does both).
@Suite struct ParityTests {
    @Test func wasmAndNativeGiveTheSameGuidance() throws {
        let wasm = Repository.wasm
        guard FileManager.default.fileExists(atPath: wasm.path) else {
            Issue.record("no WebAssembly module at \(wasm.path): run `make wasm` first")
            return
        }
        let situations = try ParityInputSpace.situations()
        let node = try NodeProcess(script: Repository.parityScript, arguments: [wasm.path])
        var batch = ""
        var errors = 0
        for situation in situations {
            let native: WireValue
            do {
                native = try Guidance(for: situation).wire
            } catch {
                native = error.wire
                errors += 1
            }
            batch += situation.wire.json(pretty: false) + "\t" + native.json(pretty: false) + "\n"
            if batch.utf8.count > 1 << 20 {
                guard node.send(batch) else { break }
                batch = ""
            }
        }
        _ = node.send(batch)
        let (status, output) = try node.finish()

        print(output, terminator: "")
        let summary = "cases \(situations.count) guidance \(situations.count - errors) errors \(errors) mismatches 0"
        print("parity: \(summary)")
        #expect(status == 0, "node reported: \(output)")
        #expect(output.hasSuffix(summary + "\n"), "node reported: \(output)")
    }
}
