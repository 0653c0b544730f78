// The officer's page: the household form built from /v1/form, the result from /v1/assess and /v1/entitlements.
// Nothing leaves the page but those two requests; nothing is kept after the page is closed.
"use strict";

const TEXTS = {
  vi: {
    title: "Rà soát hộ nghèo, hộ cận nghèo", on: "Ngày rà soát", print: "In", household: "Hộ gia đình",
    members: "Thành viên", add_member: "Thêm thành viên", remove: "Xoá", dwelling: "Nhà ở", result: "Kết quả",
    findings: "Các chỉ số thiếu hụt", needed: "Còn thiếu thông tin", supports: "Chính sách hỗ trợ",
    explanation: "Giải thích và căn cứ pháp lý", unknown: "chưa rõ", yes: "có", no: "không", member: "Thành viên thứ",
    none: "không có", switch: "English", outcome_deprived: "thiếu hụt", outcome_not_deprived: "không thiếu hụt",
    outcome_undetermined: "chưa xác định", waiting: "Nhập thông tin của hộ để xem kết quả.",
    privacy: "Không lưu trữ dữ liệu nào: thông tin của hộ chỉ dùng để tính kết quả này.",
    standard: "Chuẩn áp dụng", members_of: "thành viên",
  },
  en: {
    title: "Review of poor and near-poor households", on: "Review date", print: "Print", household: "Household",
    members: "Members", add_member: "Add a member", remove: "Remove", dwelling: "Dwelling", result: "Result",
    findings: "Deprivation indicators", needed: "Still missing", supports: "Supports",
    explanation: "Explanation and legal basis", unknown: "unknown", yes: "yes", no: "no", member: "Member",
    none: "none", switch: "Tiếng Việt", outcome_deprived: "deprived", outcome_not_deprived: "not deprived",
    outcome_undetermined: "undetermined", waiting: "Fill in the household to see the result.",
    privacy: "Nothing is stored: the household's facts are used for this result only.",
    standard: "Standard applied", members_of: "members",
  },
};

let lang = "vi";
let form = null;
let memberCount = 0;
let timer = null;
let last = null;

const $ = (id) => document.getElementById(id);
const t = (key) => TEXTS[lang][key];
const label = (texts) => texts[lang];

function today() {
  const now = new Date(Date.now() + 7 * 3600 * 1000);  // Việt Nam's date (UTC+7)
  return now.toISOString().slice(0, 10);
}

function control(prefix, field) {
  const id = `${prefix}-${field.name}`;
  const wrap = document.createElement("div");
  wrap.className = "field";
  const name = document.createElement(field.kind === "choices" ? "span" : "label");
  name.textContent = label(field.label);
  name.dataset.label = JSON.stringify(field.label);
  if (field.kind !== "choices") name.htmlFor = id;
  else name.id = `${id}-label`;
  wrap.append(name);
  let input;
  if (field.kind === "boolean" || field.kind === "choice") {
    input = document.createElement("select");
    const options = field.kind === "boolean"
      ? [["", null], ["true", { vi: "có", en: "yes" }], ["false", { vi: "không", en: "no" }]]
      : [["", null], ...field.choices.map((c) => [c.value, c.label])];
    for (const [value, text] of options) {
      const option = document.createElement("option");
      option.value = value;
      option.dataset.label = JSON.stringify(text || { vi: "— chưa rõ —", en: "— unknown —" });
      option.textContent = label(JSON.parse(option.dataset.label));
      input.append(option);
    }
  } else if (field.kind === "choices") {
    input = document.createElement("div");
    input.className = "choices";
    input.setAttribute("role", "group");
    input.setAttribute("aria-labelledby", `${id}-label`);
    for (const c of field.choices) {
      const box = document.createElement("label");
      const check = document.createElement("input");
      check.type = "checkbox";
      check.value = c.value;
      check.name = id;
      const text = document.createElement("span");
      text.dataset.label = JSON.stringify(c.label);
      text.textContent = label(c.label);
      box.append(check, text);
      input.append(box);
    }
  } else {
    input = document.createElement("input");
    input.type = field.kind === "date" ? "date" : "text";
    if (field.kind === "integer" || field.kind === "exact") input.inputMode = field.kind === "integer" ? "numeric" : "decimal";
  }
  input.id = id;
  input.dataset.field = field.name;
  input.dataset.kind = field.kind;
  wrap.append(input);
  return wrap;
}

function addMember() {
  memberCount += 1;
  const box = document.createElement("div");
  box.className = "member";
  const head = document.createElement("h4");
  const title = document.createElement("span");
  title.className = "member-title";
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "remove";
  remove.dataset.text = "remove";
  remove.textContent = t("remove");
  remove.addEventListener("click", () => { box.remove(); renumber(); schedule(); });
  head.append(title, remove);
  box.append(head);
  for (const field of form.member) box.append(control(`member${memberCount}`, field));
  $("members").append(box);
  renumber();
  box.querySelector("input, select").focus();
}

function renumber() {
  document.querySelectorAll(".member").forEach((box, i) => {
    box.querySelector(".member-title").textContent = `${t("member")} ${i + 1}`;
    box.querySelector(".remove").setAttribute("aria-label", `${t("remove")} ${t("member").toLowerCase()} ${i + 1}`);
  });
}

function read(scope) {
  const out = {};
  for (const input of scope.querySelectorAll("[data-field]")) {
    const kind = input.dataset.kind;
    let value = null;
    if (kind === "choices") {
      const checked = [...input.querySelectorAll("input:checked")].map((c) => c.value);
      value = checked.length ? checked : null;
    } else if (input.value.trim() !== "") {
      const raw = input.value.trim();
      if (kind === "boolean") value = raw === "true";
      else if (kind === "integer") value = /^\d+$/.test(raw.replace(/[.,\s]/g, "")) ? Number(raw.replace(/[.,\s]/g, "")) : raw;
      else if (kind === "exact") value = raw.replace(",", ".");
      else if (kind === "ids") value = raw;
      else value = raw;
    }
    if (value !== null) out[input.dataset.field] = value;
  }
  return out;
}

function household() {
  const data = read($("household-fields"));
  const members = [...document.querySelectorAll(".member")].map(read);
  if (members.length) data.members = members;
  const dwelling = read($("dwelling-fields"));
  if (members.length || Object.keys(dwelling).length) data.dwelling = dwelling;
  return data;
}

function factLabel(path) {
  // "members[0].employment" → "Thành viên thứ 1: Việc làm chính"
  const member = /^members\[(\d+)\]\.(\w+)$/.exec(path);
  const find = (list, name) => (list.find((f) => f.name === name) || { label: { vi: name, en: name } }).label;
  if (member) return `${t("member")} ${Number(member[1]) + 1}: ${label(find(form.member, member[2]))}`;
  const dwelling = /^dwelling\.(\w+)$/.exec(path);
  if (dwelling) return `${t("dwelling")}: ${label(find(form.dwelling, dwelling[1]))}`;
  return label(find(form.household, path));
}

function list(id, items) {
  const ul = $(id);
  ul.replaceChildren();
  if (!items.length) {
    const li = document.createElement("li");
    li.textContent = t("none");
    ul.append(li);
  }
  for (const [text, cls] of items) {
    const li = document.createElement("li");
    li.textContent = text;
    if (cls) li.className = cls;
    ul.append(li);
  }
}

async function post(path, body) {
  const response = await fetch(`${path}?on=${encodeURIComponent($("on").value || today())}&lang=${lang}`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw data;
  return data;
}

function showProblem(problem) {
  const p = $("problem");
  p.hidden = false;
  p.textContent = problem.detail || String(problem);
}

function render() {
  if (!last) return;
  const { result, supports } = last;
  const s = result.summary;
  $("problem").hidden = true;
  $("status").textContent = result.explanation.status;
  $("status").dataset.status = s.status;
  $("standard").textContent = `${t("standard")}: ${result.explanation.standard}`;
  const findings = s.findings.length
    ? s.findings.map((f) => [`${label(f.reason)}`, f.outcome])
    : s.deprived.map((id) => [id, "deprived"]);
  list("findings", findings);
  list("needed", s.needed.map((path) => [factLabel(path), "undetermined"]));
  list("supports", (supports || []).map((e) => [e.text, null]));
  $("explanation").textContent = result.explanation.text;
}

async function update() {
  const body = { household: household() };
  try {
    const assessed = await post("/v1/assess", body);
    let supports = [];
    if (assessed.result.summary.status !== "undetermined") {
      supports = (await post("/v1/entitlements", body)).entitlements;
    }
    last = { result: assessed.result, supports };
    render();
  } catch (problem) {
    last = null;
    for (const id of ["status", "standard", "explanation"]) $(id).textContent = "";
    for (const id of ["findings", "needed", "supports"]) $(id).replaceChildren();
    showProblem(problem);
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
}

function translate() {
  document.documentElement.lang = lang;
  document.title = `${t("title")} · giamngheo`;
  for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(node.dataset.text);
  for (const node of document.querySelectorAll("[data-label]")) node.textContent = label(JSON.parse(node.dataset.label));
  $("lang").textContent = t("switch");
  renumber();
  if (last) update(); else { $("status").textContent = t("waiting"); }
}

async function start() {
  form = await (await fetch("/v1/form")).json();
  for (const field of form.household) {
    if (field.name !== "id" && field.name !== "deprived") $("household-fields").append(control("household", field));
  }
  for (const field of form.dwelling) $("dwelling-fields").append(control("dwelling", field));
  $("on").value = today();
  $("status").textContent = t("waiting");
  $("household").addEventListener("input", schedule);
  $("household").addEventListener("change", schedule);
  $("on").addEventListener("change", schedule);
  $("add-member").addEventListener("click", () => { addMember(); schedule(); });
  $("lang").addEventListener("click", () => { lang = lang === "vi" ? "en" : "vi"; translate(); });
  $("print").addEventListener("click", () => window.print());
  document.body.dataset.ready = "true";
}

start();
