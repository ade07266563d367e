// The web chat (handlers/web/chat.html). Loaded in <head> so that 文字を大きく and ふりがな apply before the
// first paint; the rest starts when the document is parsed. No inline script or style (strict CSP).
(() => {
  "use strict";
  const root = document.documentElement;
  const MODES = { "large-text": "large", "furigana": "furigana" };  // button id → class on <html>
  const stored = (key) => { try { return localStorage.getItem("chat-" + key) === "1"; } catch (e) { return false; } };
  root.classList.add("js");
  for (const [id, cls] of Object.entries(MODES)) root.classList.toggle(cls, stored(id));

  const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
  const WORDS = {
    ja: { lines: "緊急の連絡先", newTab: "（新しいタブで開きます）", source: "出典: ", page: "のページ",
          checked: "確認 ", you: "あなた: ", choices: "選択肢", print: "紹介状を印刷する",
          now: "いま", more: "くわしく（場所・時間・出典）",
          label: "困っていることを書いてください", example: "例: 母の物忘れが心配", send: "送る",
          title: (city) => `福祉の相談窓口案内（${city}）`, notice: "困りごとに合う相談窓口をご案内します。緊急通報の窓口ではありません。",
          sos: "命の危険があるときは、すぐ電話を。", s119: "救急・火事", s110: "警察", tools: "表示の切り替え",
          large: "文字を大きく", furigana: "ふりがな", log: "会話", other: "en", otherName: "English" },
    en: { lines: "Emergency lines", newTab: " (opens in a new tab)", source: "Source: ", page: " page",
          checked: "checked ", you: "You: ", choices: "Choices", print: "Print this summary",
          now: "Now: ", more: "More: place, hours, sources",
          label: "Write what is troubling you", example: "e.g. my mother is getting forgetful", send: "Send",
          title: (city) => `Welfare counter guide (${city})`,
          notice: "Finds the right counter for your worry. Not an emergency service.",
          sos: "If a life is in danger, call now.", s119: "Ambulance / Fire", s110: "Police", tools: "Display",
          large: "Larger text", furigana: "Furigana", log: "Conversation", other: "ja", otherName: "日本語" },
  };

  function start() {
    const log = document.getElementById("log");
    const form = document.getElementById("ask");
    const input = document.getElementById("text");
    let turns = 0;
    const session = (() => {
      let id = sessionStorage.getItem("chat-session");
      if (!id) {
        const bytes = crypto.getRandomValues(new Uint8Array(18));
        id = Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
        sessionStorage.setItem("chat-session", id);
      }
      return id;
    })();

    // --- 文字を大きく / ふりがな: one tap each, remembered on this device ------------------------------
    let onFurigana = () => {};
    for (const [id, cls] of Object.entries(MODES)) {
      const button = document.getElementById(id);
      button.setAttribute("aria-pressed", String(root.classList.contains(cls)));
      button.addEventListener("click", () => {
        const on = root.classList.toggle(cls);
        button.setAttribute("aria-pressed", String(on));
        if (cls === "furigana") onFurigana(on);
        try { localStorage.setItem("chat-" + id, on ? "1" : "0"); } catch (e) { /* private mode: not kept */ }
      });
    }

    // --- the form never covers focus, and focus is never off screen ------------------------------------
    // The CSS keeps the form in the flow on short or zoomed screens and leaves room for it on tall ones
    // (scroll-padding-bottom); this also covers what the browser's own scrolling leaves out: a text
    // field is scrolled only as far as its caret, and an element at the edge leaves its ring outside.
    const sticky = () => getComputedStyle(form).position === "sticky";
    new ResizeObserver(() => root.style.setProperty("--form-h", form.offsetHeight + "px")).observe(form);
    document.addEventListener("focusin", (ev) => {
      const target = ev.target;
      if (!(target instanceof Element)) return;
      requestAnimationFrame(() => {
        if (document.activeElement !== target) return;
        const room = 12;  // the ring (3 px, 3 px away) and a little air
        const r = target.getBoundingClientRect();
        const bottom = !form.contains(target) && sticky() ? form.getBoundingClientRect().top : root.clientHeight;
        let dy = 0;
        if (r.bottom + room > bottom) dy = r.bottom + room - bottom;
        if (r.top - dy < room) dy = r.top - room;  // too tall for the space: its top first
        if (Math.abs(dy) >= 1) window.scrollBy(0, dy);
      });
    });

    // --- rendering ----------------------------------------------------------------------------------
    function el(tag, attrs, ...children) {
      const node = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs || {})) {
        if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v);
      }
      for (const c of children) if (c !== null && c !== undefined) node.append(c);
      return node;
    }

    // A text of the reply, marked Japanese inside an English reply; with its ruby (escaped by the
    // server) while ふりがな is on, as plain text otherwise (no hidden <rt> left in the words).
    const rubies = [];
    const showRuby = (span, on) => {
      if (on) span.innerHTML = span.dataset.ruby;
      else span.replaceChildren(span.dataset.calls ? numbered(span.dataset.plain) : span.dataset.plain);
    };
    // A phone number inside the reply's sentences (「電話番号は 0000-00-0000 です」) is one unbroken word, and
    // a link that calls it where it is plain text (never inside a call button's own name).
    const NUMBER = /(0\d{1,4}-\d{1,4}-\d{3,4}|#\d{4})/g;
    function numbered(text) {
      const parts = text.split(NUMBER);
      if (parts.length === 1) return document.createTextNode(text);
      const out = document.createDocumentFragment();
      parts.forEach((part, i) => {
        if (i % 2) out.append(el("a", { class: "inline-number", href: "tel:" + part.replace(/-/g, "") }, part));
        else if (part) out.append(part);
      });
      return out;
    }
    function rich(reply, text, calls) {
      const ruby = reply.ruby[text];
      const lang = reply.lang !== "ja" && JAPANESE.test(text) ? "ja" : null;
      const plain = () => calls ? numbered(text) : document.createTextNode(text);
      if (!ruby && !lang) return plain();
      const span = el("span", { lang }, plain());
      if (ruby) {
        span.dataset.plain = text;
        if (calls) span.dataset.calls = "1";
        span.dataset.ruby = calls ? ruby.replace(NUMBER, '<span class="inline-number">$1</span>') : ruby;
        rubies.push(span);
        showRuby(span, root.classList.contains("furigana"));
      }
      return span;
    }
    onFurigana = (on) => { for (const span of rubies) showRuby(span, on); };

    // Printed (or saved as PDF), the page is the latest 紹介状: its title names it (「紹介状_○○市_2026-12-01」).
    let paperTitle = null;
    let screenTitle = document.title;
    window.addEventListener("beforeprint", () => { if (paperTitle) document.title = paperTitle; });
    window.addEventListener("afterprint", () => { document.title = screenTitle; });

    function guessLang(text, fallback) {
      if (JAPANESE.test(text)) return "ja";
      return /[A-Za-z]/.test(text) ? "en" : fallback;
    }

    // A phone link named after its line or counter: 「☎ よりそいホットライン 0120-279-338」; a card's
    // 「☎ 電話: ◯◯課 0000-00-0000」 also carries the card's title for a screen reader's list of links.
    function callLink(reply, tel, context, label, number) {
      const a = el("a", { class: "call", href: tel });
      a.append(el("span", { "aria-hidden": "true" }, "☎ "));
      // The digits on one line (never 「0120-」 / 「279-338」).
      a.append(rich(reply, label), " ", el("span", { class: "number" }, number));
      return a;
    }

    // A card's button says whose number it rings: 「☎ 高齢者支援課に電話（0000-00-0000）」, "☎ Call … (…)";
    // the card's name comes first for a screen reader's list of links. A number only a secondary page
    // gives is said so beside the button, not inside it.
    function cardCall(reply, card, c) {
      const en = reply.lang === "en";
      const a = el("a", { class: "call", href: c.tel });
      a.append(el("span", { class: "visually-hidden" }, rich(reply, card.title), " "));
      a.append(el("span", { "aria-hidden": "true" }, "☎ "));
      if (en) a.append("Call ", rich(reply, c.label), " (", el("span", { class: "number" }, c.number), ")");
      else a.append(rich(reply, c.label), "に電話（", el("span", { class: "number" }, c.number), "）");
      const mark = c.unconfirmed ? el("span", { class: "mark" }, en ? "number unconfirmed" : "番号は未確認") : null;
      return mark ? el("span", { class: "call-item" }, a, mark) : a;
    }

    function emergencyBlock(reply, id) {
      const words = WORDS[reply.lang] || WORDS.ja;
      const quiet = !reply.emergency_first;
      const box = el("section", { class: "emergency" + (quiet ? " quiet" : ""), "aria-labelledby": id });
      if (reply.alert) box.append(el("p", { class: "alert", role: "alert" }, rich(reply, reply.alert)));
      box.append(el("h3", { id }, words.lines));
      // Many lines come under headings by situation (命・救急 / こころ …), each with a hint which to call.
      for (const g of reply.emergency_groups) {
        if (g.heading) box.append(el("h4", {}, rich(reply, g.heading)));
        if (g.hint) box.append(el("p", { class: "hint" }, rich(reply, g.hint)));
        const list = el("ul");
        for (const x of g.lines) {
          const item = el("li", { class: x.closed ? "closed" : null }, callLink(reply, x.tel, null, x.name, x.number));
          for (const d of x.details) item.append(el("span", { class: "hours" }, rich(reply, d)));
          list.append(item);
        }
        box.append(list);
      }
      // What is known of the numbers' sources: once, quietly, under the list (never inside a number).
      if (reply.emergency_note) box.append(el("p", { class: "sources" }, rich(reply, reply.emergency_note)));
      return box;
    }

    function sourceLine(reply, s) {
      const words = WORDS[reply.lang] || WORDS.ja;
      const line = el("p", { class: "src" }, words.source);
      if (s.url) {
        let host = s.url;
        try { host = new URL(s.url).host; } catch (e) { /* shown as written */ }
        line.append(el("a", { href: s.url, rel: "noopener", target: "_blank" },
                       host + words.page, el("span", { class: "newtab" }, words.newTab)));
      } else {
        line.append(rich(reply, s.source));
      }
      if (s.checked) line.append("（" + words.checked + s.checked + "）");
      if (s.note) line.append(" ※", rich(reply, s.note));
      return line;
    }

    // A card in view: its name, one line, the numbers to call, open now and a note; the section, area,
    // place, hours and sources folded under 「くわしく」 (a phone screen shows several cards at once).
    function cardBlock(reply, card) {
      const words = WORDS[reply.lang] || WORDS.ja;
      const article = el("article", { class: "card" }, el("h3", {}, rich(reply, card.title)));
      if (card.summary) article.append(el("p", {}, rich(reply, card.summary)));
      const calls = el("p", { class: "calls" });
      for (const c of card.calls) calls.append(cardCall(reply, card, c));
      article.append(calls);
      if (card.now) article.append(el("p", { class: card.open_now ? "open" : "closed" }, rich(reply, words.now + card.now)));
      if (card.note) article.append(el("p", { class: "note" }, rich(reply, card.note, true)));
      const dl = el("dl");
      for (const [name, value] of card.rows) dl.append(el("dt", {}, rich(reply, name)), el("dd", {}, rich(reply, value, true)));
      const more = el("details", {}, el("summary", {}, words.more), dl);
      for (const s of card.sources) more.append(sourceLine(reply, s));
      article.append(more);
      return article;
    }

    function optionsBlock(reply) {
      const words = WORDS[reply.lang] || WORDS.ja;
      const group = el("div", { class: "options", role: "group", "aria-label": words.choices });
      for (const o of reply.options) {
        const b = el("button", { type: "button", "data-choice": o.id, lang: guessLang(o.label, reply.lang) },
                     rich({ ...reply, lang: "ja" }, o.label));
        b.addEventListener("click", () => send({ choice: o.id }, o.label));
        group.append(b);
      }
      return group;
    }

    function showReply(reply) {
      for (const old of log.querySelectorAll(".options button")) old.disabled = true;
      turns += 1;
      const id = "reply-" + turns;
      const heading = el("h2", { id, tabindex: "-1" }, rich(reply, reply.heading));
      const turn = el("div", { class: "turn bot", lang: reply.lang }, heading);
      const box = reply.emergency.length ? emergencyBlock(reply, id + "-lines") : null;
      if (box && reply.emergency_first) turn.append(box);
      if (reply.paper) {  // the 紹介状: a heading with the city and the date on paper; the screen's own first line
        turn.append(el("p", { class: "paper-head" }, rich(reply, reply.paper.heading)),
                    el("p", { class: "paper-show" }, rich(reply, reply.paper.show)),
                    el("p", { class: "text screen-only" }, rich(reply, reply.paper.screen)));
      }
      if (reply.text) turn.append(el("p", { class: "text" }, rich(reply, reply.text, true)));
      if (box && !reply.emergency_first) turn.append(box);
      for (const c of reply.cards) turn.append(cardBlock(reply, c));
      if (reply.note) {  // the 紹介状: printed alone (chat.css @media print), the latest one
        for (const old of log.querySelectorAll(".printing")) old.classList.remove("printing");
        turn.classList.add("printing");
        const words = WORDS[reply.lang] || WORDS.ja;
        const print = el("button", { type: "button", class: "print" }, words.print);
        print.addEventListener("click", () => window.print());
        paperTitle = reply.paper ? reply.paper.title : null;
        turn.append(el("p", {}, print));
      }
      if (reply.ask) turn.append(el("p", { class: "ask" }, rich(reply, reply.ask)));
      if (reply.options.length) turn.append(optionsBlock(reply));
      log.append(turn);
      speaking = reply.lang === "en" ? "en" : "ja";
      speakAs(reply.lang);
      return heading;
    }

    // The page speaks the conversation's language: an English reply gives the form, the header (title, the
    // 119/110 line, the buttons) and the document English words, and back.
    function speakAs(lang) {
      const words = WORDS[lang] || WORDS.ja;
      const code = WORDS[lang] ? lang : "ja";
      form.lang = code;
      form.querySelector("label").textContent = words.label;
      input.placeholder = words.example;
      form.querySelector("button[type=submit]").textContent = words.send;
      const body = document.body.dataset;
      const title = words.title(code === "en" ? body.cityEn : body.city);
      const header = document.querySelector("header");
      header.lang = code;
      header.querySelector("h1").textContent = title;
      document.title = screenTitle = title;
      header.querySelector(".notice").textContent = words.notice;
      header.querySelector(".sos-text").textContent = words.sos;
      header.querySelector(".sos-119").textContent = words.s119;
      header.querySelector(".sos-110").textContent = words.s110;
      header.querySelector(".tools").setAttribute("aria-label", words.tools);
      document.getElementById("large-text").textContent = words.large;
      document.getElementById("furigana").textContent = words.furigana;
      language.textContent = words.otherName;
      language.lang = words.other;
      log.setAttribute("aria-label", words.log);
    }

    // English or Japanese, one tap (and an English browser starts in English); the choice is kept on this device.
    const language = document.getElementById("language");
    let speaking = "ja";
    language.addEventListener("click", () => {
      const next = speaking === "en" ? "ja" : "en";
      try { localStorage.setItem("chat-lang", next); } catch (e) { /* private mode: not kept */ }
      send({ lang: next }, WORDS[speaking].otherName);
    });

    // After every answer (typed or tapped) focus moves to its heading, which says in a few words what
    // came («窓口を4件ご案内します»): that is the one announcement; the conversation is not a live region,
    // so nothing is read twice. The emergency box adds its own short alert.
    async function send(body, shown) {
      let mine = null;
      if (shown) {
        root.classList.add("talking");  // the form stays at hand from now on (chat.css)
        mine = el("div", { class: "turn me", lang: guessLang(shown, "ja") },
                  el("p", {}, el("span", { class: "visually-hidden", lang: "ja" }, WORDS.ja.you), shown));
        log.append(mine);
      }
      try {
        const res = await fetch("/api/chat", { method: "POST", headers: { "Content-Type": "application/json" },
                                               body: JSON.stringify({ session, ...body }) });
        if (res.status === 429) {  // too many messages (this device, or everyone at once): wait and send again
          const wait = parseInt(res.headers.get("Retry-After") || "", 10);
          const when = wait > 0 && wait < 600 ? `${wait}秒ほど` : "少し";
          if (body.text && !input.value) input.value = body.text;  // kept in the box, to send again
          log.append(el("p", { class: "error", role: "alert" },
            `ただいま混み合っています。${when}待ってから、もう一度送ってください。` +
            "命の危険があるときは 119（救急）・110（警察）へ電話してください。"));
          return;
        }
        if (!res.ok) throw new Error(res.status);
        const reply = await res.json();
        if (mine && body.text) mine.lang = reply.lang;
        const heading = showReply(reply);
        if (shown) {
          heading.focus({ preventScroll: true });
          heading.scrollIntoView({ block: "start" });
        }
      } catch (e) {
        log.append(el("p", { class: "error", role: "alert" },
          "通信できませんでした。もう一度お試しください。お急ぎのときは" + document.body.dataset.hall +
          "（代表 " + document.body.dataset.main + "）へ。"));
      }
    }

    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = "";
      send({ text }, text);
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); form.requestSubmit(); }
    });
    const kept = (() => { try { return localStorage.getItem("chat-lang"); } catch (e) { return null; } })();
    const browser = (navigator.languages && navigator.languages[0]) || navigator.language || "ja";
    const first = kept || (/^ja\b/i.test(browser) ? null : "en");
    send(first && first !== "ja" ? { lang: first } : {}, null);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
