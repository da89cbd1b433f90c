// The classroom board's page. It keeps the board as a scenario document and asks the server to count it: no rule
// of the Council is computed here, only what the page shows and sends.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const KEYS = { y: "yes", n: "no", a: "abstain", x: "absent", p: "not-participating" };

  let votes = ["yes", "no", "abstain", "absent", "not-participating"]; // replaced by the server's list
  let presets = [];
  // the board: a scenario document (council, question, parties, rule, positions) and each uncertain member's
  // chance of yes; title and symbol name a recorded vote
  let board = null;
  let chances = {};
  let title = null;
  let subtitle = null;
  let last = null; // the server's last answer
  let pending = null;
  let sequence = 0;

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = false;
  }

  function clearError() {
    $("error").hidden = true;
    $("error").textContent = "";
  }

  async function call(path, options) {
    const response = await fetch(path, options);
    let body;
    try {
      body = await response.json();
    } catch (e) {
      throw new Error("the server's answer to " + path + " is not JSON (status " + response.status + ")");
    }
    if (!response.ok) {
      throw new Error(body.error || ("status " + response.status));
    }
    return body;
  }

  // the document the server counts: the board, with the uncertain members' chances as probabilities
  function documentOf(withChances) {
    const doc = {};
    for (const key of ["council", "question", "parties", "rule", "positions"]) {
      if (board[key] !== undefined && board[key] !== null) {
        doc[key] = board[key];
      }
    }
    if (withChances) {
      const probabilities = {};
      for (const [code, chance] of Object.entries(chances)) {
        const shown = board.positions[code];
        const rest = shown === "yes" || shown === undefined ? "no" : shown;
        const yes = Math.round(chance * 100) / 100;
        const distribution = {};
        distribution.yes = yes;
        distribution[rest] = Math.round((1 - yes) * 100) / 100;
        probabilities[code] = distribution;
      }
      if (Object.keys(probabilities).length > 0) {
        doc.probabilities = probabilities;
      }
    }
    return doc;
  }

  // asks the server to count the board; a newer request wins over an older one still running
  async function refresh() {
    const mine = ++sequence;
    const query = [];
    if (title) {
      query.push("title=" + encodeURIComponent(title));
    }
    if (subtitle) {
      query.push("subtitle=" + encodeURIComponent(subtitle));
    }
    const path = "api/board" + (query.length ? "?" + query.join("&") : "");
    try {
      const answer = await call(path, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(documentOf(true)),
      });
      if (mine !== sequence) {
        return;
      }
      clearError();
      last = answer;
      show(answer);
    } catch (e) {
      if (mine === sequence) {
        showError(e.message);
      }
    }
  }

  function show(answer) {
    const outcome = answer.outcome;
    // the members the server seated: every code gets a position on the board
    const positions = {};
    for (const member of answer.members) {
      positions[member.code] = member.vote;
    }
    board.positions = positions;
    for (const code of Object.keys(chances)) {
      if (!(code in positions)) {
        delete chances[code];
      }
    }
    const word = $("outcome-word");
    word.textContent = outcome.outcome.toLowerCase();
    word.className = "outcome " + outcome.outcome.toLowerCase();
    $("sentence").textContent = outcome.explanation;
    let tally = outcome.yes + " yes, " + outcome.no + " no, " + outcome.abstain + " abstaining";
    if (outcome.absent > 0) {
      tally += ", " + outcome.absent + " absent";
    }
    if (outcome.notParticipating > 0) {
      tally += ", " + outcome.notParticipating + " not participating";
    }
    tally += "; " + outcome.required + " votes required";
    if (outcome.votesShort > 0) {
      tally += "; " + outcome.votesShort + " affirmative " + (outcome.votesShort === 1 ? "vote" : "votes") + " short";
    }
    if (outcome.vetoedBy.length > 0) {
      tally += "; vetoed by " + outcome.vetoedBy.join(", ");
    }
    $("tally").textContent = tally + ".";
    $("pivotal").textContent = answer.pivotal.length === 0
      ? "No single member's vote would change the outcome."
      : answer.pivotal.length === 1
        ? "Pivotal: " + answer.pivotal[0] + " (its vote alone would change the outcome)."
        : "Pivotal: " + answer.pivotal.join(", ") + " (the vote of any one of them alone would change the outcome).";
    drawBoard(answer);
    drawSliders(answer);
    const odds = answer.odds;
    $("odds").textContent = "Adopted " + percent(odds.adopted) + " · vetoed " + percent(odds.vetoed)
      + " · failed otherwise " + percent(odds.failed);
    updateLinks(answer);
  }

  function percent(p) {
    return (Number(p) * 100).toFixed(1).replace(/\.0$/, "") + " %";
  }

  function drawBoard(answer) {
    const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.code : null;
    const holder = $("board");
    holder.innerHTML = answer.svg;
    const pivotal = new Set(answer.pivotal);
    for (const seat of holder.querySelectorAll("g.seat")) {
      const code = seat.dataset.code;
      const label = seat.getAttribute("aria-label");
      seat.setAttribute("tabindex", "0");
      seat.setAttribute("role", "button");
      seat.setAttribute("aria-label", label + (pivotal.has(code) ? ", pivotal" : "")
        + ". Press Space to change the vote.");
      seat.setAttribute("id", "seat-" + code);
      if (pivotal.has(code)) {
        seat.classList.add("pivotal");
      }
      seat.addEventListener("click", () => cycle(code));
      seat.addEventListener("keydown", (event) => {
        const key = event.key.toLowerCase();
        if (key === " " || key === "enter") {
          event.preventDefault();
          cycle(code);
        } else if (KEYS[key]) {
          event.preventDefault();
          setVote(code, KEYS[key]);
        }
      });
    }
    fitToScreen(holder.querySelector("svg"));
    if (focused) {
      const again = $("seat-" + focused);
      if (again) {
        again.focus();
      }
    }
  }

  // on a narrow screen, the board shows its seats alone, as large as the width allows: the outcome, the sentence
  // and the tally stand above it in the page
  function fitToScreen(svg) {
    if (!svg || window.innerWidth > 600) {
      return;
    }
    let box = null;
    for (const seat of svg.querySelectorAll("g.seat")) {
      const b = seat.getBBox();
      box = box === null ? { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }
        : { x0: Math.min(box.x0, b.x), y0: Math.min(box.y0, b.y), x1: Math.max(box.x1, b.x + b.width),
          y1: Math.max(box.y1, b.y + b.height) };
    }
    if (box !== null) {
      const margin = 6;
      svg.setAttribute("viewBox", (box.x0 - margin) + " " + (box.y0 - margin) + " "
        + (box.x1 - box.x0 + 2 * margin) + " " + (box.y1 - box.y0 + 2 * margin));
      svg.removeAttribute("height");
      svg.setAttribute("width", "100%");
    }
  }

  function cycle(code) {
    const now = votes.indexOf(board.positions[code]);
    setVote(code, votes[(now + 1) % votes.length]);
  }

  function setVote(code, vote) {
    board.positions[code] = vote;
    refresh();
  }

  function drawSliders(answer) {
    const holder = $("sliders");
    const active = document.activeElement && document.activeElement.classList.contains("chance")
      ? document.activeElement.id : null;
    holder.innerHTML = "";
    for (const member of answer.members) {
      const row = document.createElement("div");
      row.className = "slider";
      const id = "chance-" + member.code;
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = member.code;
      label.title = member.name;
      const input = document.createElement("input");
      input.type = "range";
      input.min = "0";
      input.max = "100";
      input.step = "5";
      input.id = id;
      input.className = "chance";
      const certain = member.vote === "yes" ? 100 : 0;
      const chance = member.code in chances ? Math.round(chances[member.code] * 100) : certain;
      input.value = String(chance);
      input.setAttribute("aria-label", member.name + ": chance of voting yes");
      const value = document.createElement("output");
      value.htmlFor = id;
      value.textContent = chance + " %";
      input.addEventListener("input", () => {
        value.textContent = input.value + " %";
      });
      input.addEventListener("change", () => {
        const p = Number(input.value) / 100;
        if (Number(input.value) === certain) {
          delete chances[member.code];
        } else {
          chances[member.code] = p;
        }
        refresh();
      });
      row.append(label, input, value);
      holder.append(row);
    }
    if (active && $(active)) {
      $(active).focus();
    }
  }

  function updateLinks(answer) {
    const state = { board: documentOf(false), chances: chances };
    if (title) {
      state.title = title;
    }
    if (subtitle) {
      state.subtitle = subtitle;
    }
    const link = location.pathname + "#" + encodeURIComponent(JSON.stringify(state));
    $("permalink").href = link;
    if (history.replaceState) {
      history.replaceState(null, "", link);
    }
    const svg = new Blob([answer.svg], { type: "image/svg+xml" });
    const scenario = new Blob([JSON.stringify(answer.scenario, null, 2) + "\n"], { type: "application/json" });
    replaceUrl($("download-svg"), svg);
    replaceUrl($("download-scenario"), scenario);
  }

  function replaceUrl(anchor, blob) {
    if (anchor.href.startsWith("blob:")) {
      URL.revokeObjectURL(anchor.href);
    }
    anchor.href = URL.createObjectURL(blob);
  }

  // --- the controls: each writes into the document, then the server counts it again

  async function loadRecord(symbol) {
    try {
      const record = await call("api/record?symbol=" + encodeURIComponent(symbol));
      clearError();
      board = record.scenario;
      chances = {};
      title = record.boardTitle;
      subtitle = record.boardSubtitle || null;
      $("record-title").textContent = record.symbol + ", " + record.date + ": " + record.title
        + " (recorded: " + record.outcome.toLowerCase() + ")"
        + (record.boardSubtitle ? ". " + record.boardSubtitle + "." : "");
      syncControls();
      await refresh();
    } catch (e) {
      showError(e.message);
    }
  }

  function syncControls() {
    const council = board.council;
    if (typeof council === "string" && /^\d{4}(-\d{2}-\d{2})?$/.test(council)) {
      $("council-kind").value = "date";
      $("council-date").value = council.length === 4 ? council + "-01-01" : council;
    } else if (typeof council === "string" || (council && council.model)) {
      $("council-kind").value = "reform";
      $("council-reform").value = typeof council === "string" ? council : council.model;
    } else if (council) {
      $("council-kind").value = "custom";
      $("custom-permanent").value = Object.keys(council.permanent || {}).join(", ");
      $("custom-elected").value = Object.keys(council.elected || {}).join(", ");
    }
    $("question").value = board.question || "substantive";
    $("parties").value = (board.parties || []).join(", ");
    const rule = board.rule;
    if (rule === undefined || rule === null) {
      $("rule").value = "";
    } else if (typeof rule === "string") {
      $("rule").value = rule;
    } else {
      $("rule").value = "custom";
      if (rule.votes !== undefined) {
        $("rule-votes").value = rule.votes;
      }
      if (rule.veto !== undefined) {
        $("rule-veto").value = Array.isArray(rule.veto) ? rule.veto.join(", ") : rule.veto;
      }
    }
    showGroups();
  }

  function showGroups() {
    const kind = $("council-kind").value;
    $("council-date-group").hidden = kind !== "date";
    $("council-reform-group").hidden = kind !== "reform";
    $("council-custom-group").hidden = kind !== "custom";
    $("parties-group").hidden = $("question").value !== "chapter-vi";
    $("rule-custom-group").hidden = $("rule").value !== "custom";
    const preset = presets.find((p) => p.name === $("rule").value);
    $("rule-description").textContent = preset ? preset.description + " (" + preset.source + ")"
      : $("rule").value === "custom" ? "The votes needed and who holds a veto; the rest as in force."
      : "Art. 27 of the Charter as the Council applies it on the council's date.";
  }

  function codes(text) {
    return text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  }

  // a new council: every member starts with a yes
  function newCouncil(council) {
    board.council = council;
    board.positions = { default: "yes" };
    chances = {};
    title = null;
    subtitle = null;
    $("record-title").textContent = "";
    refresh();
  }

  function councilChanged() {
    showGroups();
    const kind = $("council-kind").value;
    if (kind === "date") {
      if ($("council-date").value) {
        newCouncil($("council-date").value);
      }
    } else if (kind === "reform") {
      newCouncil($("council-reform").value);
    } else {
      customCouncil();
    }
  }

  function customCouncil() {
    const named = (text) => Object.fromEntries(codes(text).map((code) => [code, code.toUpperCase()]));
    newCouncil({
      name: "Custom council",
      permanent: named($("custom-permanent").value),
      elected: named($("custom-elected").value),
    });
  }

  function questionChanged() {
    showGroups();
    board.question = $("question").value;
    if (board.question === "chapter-vi") {
      board.parties = codes($("parties").value);
    } else {
      delete board.parties;
    }
    refresh();
  }

  function ruleChanged() {
    showGroups();
    const value = $("rule").value;
    if (value === "") {
      delete board.rule;
    } else if (value === "custom") {
      const veto = $("rule-veto").value.trim();
      board.rule = {
        votes: Number($("rule-votes").value),
        veto: veto === "" || /^(none|permanent|all)$/i.test(veto) ? (veto.toLowerCase() || "none") : codes(veto),
      };
    } else {
      board.rule = value;
    }
    refresh();
  }

  // a permalink's state, or an error that says what is wrong with it
  function fromLink(hash) {
    let state;
    try {
      state = JSON.parse(decodeURIComponent(hash));
    } catch (e) {
      throw new Error("This link does not hold a board: its part after # is not one (" + e.message + ").");
    }
    if (!state || typeof state !== "object" || !state.board || typeof state.board !== "object"
        || Array.isArray(state.board)) {
      throw new Error("This link does not hold a board: expected a board and its chances after #.");
    }
    return state;
  }

  async function start() {
    try {
      const options = await call("api/options");
      votes = options.votes;
      presets = options.presets;
      const rule = $("rule");
      for (const preset of presets) {
        const option = document.createElement("option");
        option.value = preset.name;
        option.textContent = "Model UN: " + preset.name;
        rule.insertBefore(option, rule.lastElementChild);
      }
      for (const name of options.reforms) {
        const option = document.createElement("option");
        option.value = name;
        option.textContent = name;
        $("council-reform").append(option);
      }
      $("council-date").min = options.firstDate;
      $("council-date").max = options.lastDate;
    } catch (e) {
      showError(e.message);
      return;
    }
    $("controls").addEventListener("submit", (event) => {
      event.preventDefault();
      loadRecord($("symbol").value);
    });
    $("council-kind").addEventListener("change", councilChanged);
    $("council-date").addEventListener("change", councilChanged);
    $("council-reform").addEventListener("change", councilChanged);
    $("custom-apply").addEventListener("click", customCouncil);
    $("question").addEventListener("change", questionChanged);
    $("parties").addEventListener("change", questionChanged);
    $("rule").addEventListener("change", ruleChanged);
    $("rule-votes").addEventListener("change", ruleChanged);
    $("rule-veto").addEventListener("change", ruleChanged);
    $("sliders-reset").addEventListener("click", () => {
      chances = {};
      refresh();
    });
    const hash = location.hash.slice(1);
    if (hash) {
      try {
        const state = fromLink(hash);
        board = state.board;
        chances = state.chances && typeof state.chances === "object" ? state.chances : {};
        title = typeof state.title === "string" ? state.title : null;
        subtitle = typeof state.subtitle === "string" ? state.subtitle : null;
        syncControls();
        await refresh();
      } catch (e) {
        showError(e.message);
      }
      return;
    }
    await loadRecord($("symbol").value);
  }

  document.addEventListener("DOMContentLoaded", start);
})();
