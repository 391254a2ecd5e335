// The "What applies to me?" widget. The generator inlines this file, in a
// block of its own, after the wasm glue (Sources/RulesWidget/js/rules.mjs) as
// one module script, so `loadRules` and `RulesError` are in scope. Each [data-rules-widget] section
// holds a JSON data block: the page's language, the widget's UI strings, the
// URLs of the site pages sources point to, and the wasm module in base64.
// The answers live in the URL's query string, so a result can be shared.

const CONDITIONS = ["hasBSN", "hasResidencePermit", "registeredWithMunicipality"];
const FLAGS = [...CONDITIONS, "letterReceived", "livesInAZC"];
const CONDITION_KEYS = { hasBSN: "bsn", hasResidencePermit: "residencePermit", registeredWithMunicipality: "municipalityRegistration" };
const DAY_MS = 86400000;
// The digits each language's pages are written with; numbers and dates in the
// widget use the same, whatever the browser's locale data prefers (older
// browsers give Arabic-Indic digits for "ar").
const PAGE_DIGITS = { fa: "arabext", prs: "arabext", ps: "arabext" };

for (const root of document.querySelectorAll("[data-rules-widget]")) {
  startWidget(root).catch(() => {}); // the static summary stays in place
}

async function startWidget(root) {
  const data = JSON.parse(root.querySelector("[data-rules-data]").textContent);
  const wasm = Uint8Array.from(atob(data.wasm), (c) => c.charCodeAt(0));
  const rules = await loadRules(wasm);
  const say = new Words(data);
  const form = buildForm(say);
  const result = el("div", { class: "rules-result", "aria-live": "polite" });
  readAnswers(form, new URLSearchParams(location.search));
  const update = () => {
    const situation = situationFrom(form);
    showQuestions(form, situation);
    result.replaceChildren(...renderResult(rules, pruned(form, situation), say, data.pages));
    writeAnswers(form);
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("reset", () => setTimeout(update));
  root.querySelector("[data-rules-summary]").replaceWith(el("p", {}, say.text("intro")), form, result);
  update();
}

// UI strings with {placeholders}, plural forms and dates for the page's language.
class Words {
  constructor(data) {
    this.lang = data.lang;
    this.strings = data.strings;
    // As the tag `${lang}-u-nu-latn` would, but an option: a browser without the
    // language's data (ps in Chromium) falls back and drops the tag's extension.
    const digits = { numberingSystem: PAGE_DIGITS[data.lang] ?? "latn" };
    this.plurals = new Intl.PluralRules(data.lang);
    this.numbers = new Intl.NumberFormat(data.lang, digits);
    this.lists = new Intl.ListFormat(data.lang, { type: "conjunction" });
    this.dates = new Intl.DateTimeFormat(data.lang, { ...digits, calendar: "gregory", dateStyle: "long", timeZone: "UTC" });
  }
  text(key) {
    return this.strings[key] ?? key;
  }
  // The text as nodes, each {name} replaced by a value (a node or text).
  fill(key, values = {}) {
    return this.text(key).split(/\{(\w+)\}/).map((part, index) =>
      index % 2 === 0 ? part : (values[part] ?? `{${part}}`));
  }
  count(key, count) {
    const forms = this.strings[key] ?? {};
    const form = forms[this.plurals.select(count)] ?? forms.other ?? key;
    return form.replace("{count}", this.numbers.format(count));
  }
  // An ISO date, isolated so it reads well inside right-to-left text.
  date(iso) {
    const [year, month, day] = iso.split("-").map(Number);
    return el("bdi", { "data-date": iso }, this.dates.format(Date.UTC(year, month - 1, day)));
  }
  // A level's name in the page's direction, its Latin code ("A1") isolated
  // left to right: an isolate around the whole name would take its direction
  // from the code and turn "A1 کچه" around in right-to-left text.
  level(code) {
    return this.text(`requirements.level.${code}`).split(code).flatMap((part, index) =>
      (index === 0 ? [part] : [el("bdi", { dir: "ltr" }, code), part]));
  }
}

function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children.flat());
  return node;
}

let nextID = 0;
function uniqueID(name) {
  return `rules-${name}-${++nextID}`;
}

// --- The questions ---

function buildForm(say) {
  const q = (key) => say.text(`question.${key}`);
  const choice = (name, values, keyOf = (value) => value) => fieldset(name, q(`${name}.legend`), q(`${name}.hint`),
    values.map((value) => labelled(q(`${name}.${keyOf(value)}`), el("input", { type: "radio", name, value }))));
  const form = el("form", { class: "rules-questions", action: "#", novalidate: "" },
    choice("obligation", ["obliged", "voluntary", "unknown"]),
    dateField("obligedSince", q("obligedSince.label"), q("obligedSince.hint")),
    fieldset("conditions", q("conditions.legend"), q("conditions.hint"), CONDITIONS.map((name) =>
      labelled(q(`conditions.${CONDITION_KEYS[name]}`), el("input", { type: "checkbox", name, value: "true" })))),
    dateField("arrangedOn", q("arrangedOn.label")),
    choice("letterReceived", ["true", "false"], (value) => (value === "true" ? "yes" : "no")),
    dateField("pipDate", q("pipDate.label"), q("pipDate.hint")),
    choice("track", ["b1", "education", "self-reliance", "unknown"]),
    choice("diploma", ["diploma", "no-diploma", "none"]),
    choice("livesInAZC", ["true", "false"], (value) => (value === "true" ? "yes" : "no")),
    el("button", { type: "reset" }, say.text("reset")),
  );
  form.addEventListener("submit", (event) => event.preventDefault());
  return form;
}

function fieldset(name, legend, hint, controls) {
  const hintText = hint && !hint.startsWith("question.") ? el("p", { class: "rules-hint" }, hint) : "";
  return el("fieldset", { "data-question": name }, el("legend", {}, legend), hintText, ...controls);
}

function labelled(text, input) {
  input.id = uniqueID(input.name);
  return el("div", { class: "rules-choice" }, input, el("label", { for: input.id }, text));
}

function dateField(name, label, hint) {
  const input = el("input", { type: "date", name, min: "1900-01-01", max: "2199-12-31" });
  input.id = uniqueID(name);
  const hintText = hint ? el("p", { class: "rules-hint", id: `${input.id}-hint` }, hint) : "";
  if (hint) input.setAttribute("aria-describedby", `${input.id}-hint`);
  return el("div", { class: "rules-date", "data-question": name }, el("label", { for: input.id }, label), hintText, input);
}

// --- Answers: form ⇄ situation ⇄ URL ---

function situationFrom(form) {
  const value = (name) => {
    const field = form.elements[name];
    return (field instanceof RadioNodeList ? field.value : field.type === "checkbox" ? (field.checked ? "true" : "") : field.value) || null;
  };
  const situation = { today: form.dataset.today ?? localToday() };
  for (const name of ["obligation", "obligedSince", "arrangedOn", "pipDate", "track", "diploma"]) situation[name] = value(name);
  for (const name of FLAGS) situation[name] = value(name) === "true";
  if (situation.track === "unknown") situation.track = null;
  return situation;
}

// Only what a visible question asks reaches the rules.
function pruned(form, situation) {
  const answers = { ...situation };
  for (const group of form.querySelectorAll("[data-question]")) {
    if (!group.hidden) continue;
    for (const field of group.querySelectorAll("input")) answers[field.name] = FLAGS.includes(field.name) ? false : null;
  }
  return answers;
}

// Questions that cannot matter for the answers so far are hidden.
function showQuestions(form, situation) {
  const obliged = situation.obligation === "obliged";
  const act2021 = obliged && situation.obligedSince !== null && situation.obligedSince >= "2022-01-01";
  const allConditions = CONDITIONS.every((name) => situation[name]);
  const hide = { obligedSince: !obliged, arrangedOn: !obliged || !allConditions, pipDate: !act2021, track: !act2021,
    conditions: !obliged, letterReceived: !obliged };
  for (const group of form.querySelectorAll("[data-question]")) group.hidden = hide[group.dataset.question] ?? false;
}

function readAnswers(form, params) {
  if (params.has("today")) form.dataset.today = params.get("today");
  for (const field of form.querySelectorAll("input")) {
    const value = params.get(field.name);
    if (value === null) continue;
    if (field.type === "radio" || field.type === "checkbox") field.checked = field.value === value;
    else field.value = value;
  }
}

function writeAnswers(form) {
  const params = new URLSearchParams();
  if (form.dataset.today) params.set("today", form.dataset.today);
  for (const field of form.querySelectorAll("input")) {
    const answered = field.type === "radio" || field.type === "checkbox" ? field.checked : field.value !== "";
    if (answered && !field.closest("[hidden]")) params.set(field.name, field.value);
  }
  const query = params.toString();
  try {
    history.replaceState(null, "", query ? `?${query}${location.hash}` : location.pathname + location.hash);
  } catch {
    // Some browsers refuse to change a file:// address; the answers still work.
  }
}

function localToday() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

// --- The result ---

function renderResult(rules, situation, say, pages) {
  const authority = el("p", { class: "rules-authority" }, say.text("authority"));
  let guidance;
  try {
    guidance = rules.guidance(situation);
  } catch (error) {
    const known = error instanceof RulesError && `error.${error.id}` in say.strings;
    const id = known ? error.id : "unknown-code";
    return [el("div", { class: "rules-error", role: "alert", "data-error": id },
      el("h3", {}, say.text("error.heading")), el("p", {}, say.text(`error.${id}`))), authority];
  }
  const source = (citationID) => sourceLink(guidance.citations.find((c) => c.id === citationID), say, pages);
  const parts = [el("h3", {}, say.text("resultTitle"))];
  parts.push(part("act", say.text("act.heading"), { "data-act": guidance.act },
    el("p", {}, say.text(`act.${guidance.act}`), " ", source(guidance.actCitation))));

  const { letter, integrationPeriod: period } = guidance;
  if (letter) {
    const lines = [el("p", { "data-letter": letter.status }, ...say.fill(`letter.${letter.status}`, { date: letter.expectedBy ? say.date(letter.expectedBy) : "" }))];
    if (letter.status === "waiting" && letter.expectedBy) lines.push(el("p", {}, say.count("letter.daysLeft", daysBetween(situation.today, letter.expectedBy))));
    if (letter.missing.length) {
      const items = say.lists.format(letter.missing.map((id) => say.text(`letter.condition.${id}`)));
      lines.push(el("p", {}, ...say.fill("letter.missing", { items })));
    }
    lines.push(el("p", {}, source(letter.citation)));
    parts.push(part("letter", say.text("letter.heading"), {}, ...lines));
  }
  if (period) {
    const days = daysBetween(situation.today, period.end);
    const rule = guidance.act === "2013" ? "period.ruleAct2013" : "period.ruleAct2021";
    parts.push(part("period", say.text("period.heading"), { "data-end": period.end },
      el("p", {}, ...say.fill("period.range", { start: say.date(period.start), end: say.date(period.end) })),
      el("p", { class: "rules-deadline" }, ...say.fill("period.deadline", { date: say.date(period.end) })),
      el("p", {}, days < 0 ? say.text("period.over") : say.count("period.weeksLeft", Math.floor(days / 7))),
      el("p", {}, say.text(rule), " ", source(period.citation))));
  } else if (guidance.act === "2021") {
    parts.push(part("period", say.text("period.heading"), {}, el("p", {}, say.text("period.unknown"))));
  }
  if (guidance.requirements.length) {
    parts.push(part("requirements", say.text("requirements.heading"), {}, el("ul", {}, guidance.requirements.map((r) =>
      el("li", { "data-component": r.component, "data-level": r.level, "data-required": String(r.required) },
        say.text(`requirements.component.${r.component}`),
        r.level === "none" ? "" : [" · ", ...say.level(r.level)],
        " · ", say.text(r.required ? "requirements.required" : "requirements.optional"),
        r.uncertain ? [" ", el("em", {}, say.text("uncertain"))] : "", " ", source(r.citation))))));
  }
  if (guidance.advice.length) {
    parts.push(part("advice", say.text("advice.heading"), {}, el("ul", {}, guidance.advice.map((a) =>
      el("li", { "data-advice": a.id }, say.text(`advice.${a.id}`),
        a.uncertain ? [" ", el("em", {}, say.text("uncertain"))] : "", " ", source(a.citation))))));
  }
  parts.push(authority);
  return parts;
}

function part(name, heading, attributes, ...content) {
  return el("section", { class: `rules-part rules-${name}`, ...attributes }, el("h4", {}, heading), ...content);
}

// A statute links to wetten.overheid.nl; a site page to this language's version.
function sourceLink(citation, say, pages) {
  const href = citation && (citation.url ?? pages[citation.page]);
  if (!href) return "";
  return el("a", { class: "rules-source", href }, say.text(citation.url ? "source" : "sitePage"));
}

function daysBetween(fromISO, toISO) {
  return Math.round((Date.parse(toISO) - Date.parse(fromISO)) / DAY_MS);
}
