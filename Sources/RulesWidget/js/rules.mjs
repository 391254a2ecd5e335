// The page's side of the RulesWidget WebAssembly ABI (Sources/RulesWidget).
//
//   const rules = await loadRules(wasmBytes);
//   rules.guidance({ today: "2024-05-01", obligation: "obliged", ... })
//
// takes a situation object with the fields and ids of `wegwijs rules` and
// returns the same guidance object that command prints as JSON. Impossible
// answers throw a RulesError whose `id` is the command's error id.
// Plain JavaScript, no imports, no network: the wasm bytes come from the caller.

export class RulesError extends Error {
  constructor(id, message) {
    super(message ?? id);
    this.id = id;
  }
}

// Table numbers of `wegwijs_text` (TextTable in Sources/RulesWidget/Texts.swift).
const TABLE = {
  obligation: 0, track: 1, diploma: 2, act: 3, letterStatus: 4, letterCondition: 5,
  component: 6, level: 7, advice: 8, citation: 9, citationURL: 10, citationPage: 11,
  situationError: 12,
};
const ABSENT = -2147483648; // Int32.min: an unanswered date or track
const UNKNOWN_CODE = -1000;
const DAY_MS = 86400000;

export async function loadRules(wasmBytes) {
  const { instance } = await WebAssembly.instantiate(wasmBytes, {});
  return new Rules(instance.exports);
}

class Rules {
  constructor(exports) {
    this.exports = exports;
    const decoder = new TextDecoder();
    const read = (table, code) => {
      const length = exports.wegwijs_text_length(table, code);
      if (length < 0) return undefined;
      const address = exports.wegwijs_text(table, code);
      return decoder.decode(new Uint8Array(exports.memory.buffer, address, length));
    };
    // Every table as an array of ids, indexed by code.
    this.ids = {};
    for (const [name, table] of Object.entries(TABLE)) {
      const ids = [];
      for (let text; (text = read(table, ids.length)) !== undefined;) ids.push(text);
      this.ids[name] = ids;
    }
  }

  guidance(situation) {
    const answers = [
      requiredDate(situation, "today"),
      this.code(situation, "obligation", "obligation", "unknown"),
      optionalDate(situation, "obligedSince"),
      flag(situation, "hasBSN"),
      flag(situation, "hasResidencePermit"),
      flag(situation, "registeredWithMunicipality"),
      optionalDate(situation, "arrangedOn"),
      flag(situation, "letterReceived"),
      optionalDate(situation, "pipDate"),
      this.code(situation, "track", "track", null),
      this.code(situation, "diploma", "diploma", "none"),
      flag(situation, "livesInAZC"),
    ];
    const status = this.exports.wegwijs_evaluate(...answers);
    if (status === UNKNOWN_CODE) throw new RulesError("unknown-code");
    if (status < 0) throw new RulesError(this.ids.situationError[-1 - status]);
    const words = new Int32Array(this.exports.memory.buffer, this.exports.wegwijs_output(), status);
    return this.decode(words);
  }

  // Reads the words in the order GuidanceWords (Sources/RulesWidget) writes them.
  decode(words) {
    let next = 0;
    const word = () => words[next++];
    const id = (table) => this.ids[table][word()];
    const list = (readItem) => Array.from({ length: word() }, readItem);

    const act = id("act");
    const actCitation = id("citation");
    const letter = word() === 1 ? {
      status: id("letterStatus"),
      expectedBy: isoDate(word()),
      missing: list(() => id("letterCondition")),
      citation: id("citation"),
    } : null;
    const integrationPeriod = word() === 1 ? {
      start: isoDate(word()), end: isoDate(word()), citation: id("citation"),
    } : null;
    const requirements = list(() => ({
      component: id("component"), level: id("level"),
      required: word() === 1, uncertain: word() === 1, citation: id("citation"),
    }));
    const advice = list(() => ({ id: id("advice"), uncertain: word() === 1, citation: id("citation") }));
    const citations = list(() => this.citation(word()));
    return { act, actCitation, letter, integrationPeriod, requirements, advice, citations };
  }

  // A statute has a `url`; a site page has the `page` it is written in.
  citation(code) {
    const url = this.ids.citationURL[code];
    return url ? { id: this.ids.citation[code], url } : { id: this.ids.citation[code], page: this.ids.citationPage[code] };
  }

  code(situation, field, table, fallback) {
    const value = situation[field] ?? fallback;
    if (value === null) return ABSENT;
    const code = this.ids[table].indexOf(value);
    if (code < 0) throw new RulesError("invalid-answer", `${field}: unknown value ${JSON.stringify(value)}`);
    return code;
  }
}

function flag(situation, field) {
  return situation[field] ? 1 : 0;
}

function requiredDate(situation, field) {
  const day = optionalDate(situation, field);
  if (day === ABSENT) throw new RulesError("invalid-answer", `${field} is required`);
  return day;
}

// "YYYY-MM-DD" → days since 1970-01-01; 30 February and the like are refused.
function optionalDate(situation, field) {
  const text = situation[field];
  if (text === undefined || text === null) return ABSENT;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) / DAY_MS : NaN;
  if (!match || isoDate(day) !== text) throw new RulesError("invalid-answer", `${field}: ${text} is not a date`);
  return day;
}

function isoDate(day) {
  return day === ABSENT ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);
}
