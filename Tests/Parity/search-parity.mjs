// Parity of the search's WebAssembly build with the native SiteSearch module.
//
//   node Tests/Parity/search-parity.mjs SearchWidget.wasm < cases
//
// Each line of standard input is `index<TAB>query<TAB>expected`: the path of an index file,
// a query, and what the native module found for it, written as `describe` below writes it.
// This script asks the page's glue (Sources/SearchWidget/js/search.mjs) for the same query.
// It prints `queries N hits H mismatches M` last and exits 1 on any mismatch.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { loadSearch } from "../../Sources/SearchWidget/js/search.mjs";

const [wasmPath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
const searches = new Map();

async function searchFor(indexPath) {
  if (!searches.has(indexPath)) searches.set(indexPath, await loadSearch(wasm, readFileSync(indexPath)));
  return searches.get(indexPath);
}

// One line per query: every result's url, anchor, score, matched words and excerpt, with the
// excerpt's line breaks and tabs as spaces so that it stays on its line.
const describe = (results) =>
  results
    .map((r) => `${r.url}#${r.anchor} ${r.score}/${r.matchedWords} ${r.fallback ? "F" : "-"} ${r.excerpt.replace(/[\n\t]/g, " ")}`)
    .join(" | ");

let queries = 0;
let hits = 0;
let mismatches = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line === "") continue;
  const [indexPath, query, expected] = line.split("\t");
  const results = (await searchFor(indexPath)).query(query, 5);
  const found = describe(results);
  queries += 1;
  hits += results.length;
  if (found !== expected) {
    mismatches += 1;
    if (mismatches <= 3) console.log(`mismatch for ${query}\n  native: ${expected}\n  wasm:   ${found}`);
  }
}
console.log(`queries ${queries} hits ${hits} mismatches ${mismatches}`);
process.exitCode = mismatches === 0 && queries > 0 ? 0 : 1;
