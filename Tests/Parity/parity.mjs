// Parity of the WebAssembly build with the native rules module.
//
//   node Tests/Parity/parity.mjs RulesWidget.wasm < cases
//
// Each line of standard input is `situation<TAB>guidance`: a situation as JSON
// and the guidance the native module gave for it, as one-line JSON with sorted
// keys (or {"error": id}). This script asks the page's glue
// (Sources/RulesWidget/js/rules.mjs) for the same situation and compares.
// It prints `cases N guidance G errors E mismatches M` last (G + E = N: how
// many situations gave guidance and how many were impossible answers) and
// exits 1 on any mismatch.
// No network: the wasm is read from disk.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { loadRules, RulesError } from "../../Sources/RulesWidget/js/rules.mjs";

const [wasmPath] = process.argv.slice(2);
const rules = await loadRules(readFileSync(wasmPath));

// JSON with object keys sorted, as the native side writes it.
function sortedJSON(value) {
  if (Array.isArray(value)) return `[${value.map(sortedJSON).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedJSON(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function wasmGuidance(situation) {
  try {
    return rules.guidance(situation);
  } catch (error) {
    if (error instanceof RulesError) return { error: error.id };
    throw error;
  }
}

let cases = 0;
let errors = 0;
let mismatches = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line === "") continue;
  const [situationJSON, nativeJSON] = line.split("\t");
  const guidance = wasmGuidance(JSON.parse(situationJSON));
  const wasmJSON = sortedJSON(guidance);
  cases += 1;
  if ("error" in guidance) errors += 1;
  if (wasmJSON !== nativeJSON) {
    mismatches += 1;
    if (mismatches <= 3) {
      console.log(`mismatch for ${situationJSON}\n  native: ${nativeJSON}\n  wasm:   ${wasmJSON}`);
    }
  }
}
console.log(`cases ${cases} guidance ${cases - errors} errors ${errors} mismatches ${mismatches}`);
process.exitCode = mismatches === 0 && cases > 0 ? 0 : 1;
