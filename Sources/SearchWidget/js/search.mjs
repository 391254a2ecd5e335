// The page's side of the SearchWidget WebAssembly ABI (Sources/SearchWidget).
//
//   const search = await loadSearch(wasmBytes, indexBytes);
//   search.query("exam costs", 10)
//
// returns the best sections first, as `wegwijs search --format json` prints them:
// { url, title, heading, anchor, path, excerpt, score, fallback, matchedWords, marks }.
// `excerpt` is the text around the first match, with "…" where it was cut; `marks` are the
// matches as [start, end] offsets in `excerpt`, in UTF-16 units, for highlighting.
// Plain JavaScript, no imports, no network: the bytes come from the caller.

export class SearchError extends Error {}

const FIELD = { url: 0, anchor: 1, title: 2, heading: 3, path: 4, text: 5, fallback: 6 };
const ELLIPSIS = "…";

export async function loadSearch(wasmBytes, indexBytes) {
  const { instance } = await WebAssembly.instantiate(wasmBytes, {});
  return new Search(instance.exports, indexBytes);
}

class Search {
  constructor(exports, indexBytes) {
    this.exports = exports;
    this.encoder = new TextEncoder();
    this.decoder = new TextDecoder();
    this.write(indexBytes);
    this.sectionCount = exports.wegwijs_search_load();
    if (this.sectionCount < 0) throw new SearchError("the search index is damaged or of another version");
  }

  write(bytes) {
    const address = this.exports.wegwijs_search_input(bytes.length);
    new Uint8Array(this.exports.memory.buffer, address, bytes.length).set(bytes);
  }

  numbers(count) {
    return Array.from(new Int32Array(this.exports.memory.buffer, this.exports.wegwijs_search_numbers(), count));
  }

  fieldBytes(section, field) {
    const length = this.exports.wegwijs_search_field(section, field);
    return new Uint8Array(this.exports.memory.buffer, this.exports.wegwijs_search_output(), length).slice();
  }

  field(section, field) {
    return this.decoder.decode(this.fieldBytes(section, field));
  }

  query(text, limit = 10, excerptWords = 24) {
    const query = this.encoder.encode(text);
    this.write(query);
    const hits = this.numbers(3 * this.exports.wegwijs_search_query(limit));
    const results = [];
    for (let at = 0; at < hits.length; at += 3) {
      results.push(this.result(hits[at], hits[at + 1], hits[at + 2], query, excerptWords));
    }
    return results;
  }

  result(section, matchedWords, score, query, excerptWords) {
    this.write(query);
    const [start, end, cutBefore, cutAfter, ...marks] = this.numbers(this.exports.wegwijs_search_excerpt(section, excerptWords));
    const text = this.fieldBytes(section, FIELD.text);
    const before = cutBefore ? ELLIPSIS : "";
    const piece = (from, to) => this.decoder.decode(text.subarray(from, to));
    const marked = [];
    for (let at = 0; at < marks.length; at += 2) {
      const offset = before.length + piece(start, marks[at]).length;
      marked.push([offset, offset + piece(marks[at], marks[at + 1]).length]);
    }
    return {
      url: this.field(section, FIELD.url),
      title: this.field(section, FIELD.title),
      heading: this.field(section, FIELD.heading),
      anchor: this.field(section, FIELD.anchor),
      path: this.field(section, FIELD.path),
      excerpt: before + piece(start, end) + (cutAfter ? ELLIPSIS : ""),
      score,
      matchedWords,
      fallback: this.field(section, FIELD.fallback) === "1",
      marks: marked,
    };
  }
}
