/*
 * <blog-search>: the search box of a blogsearch server, as one dependency-free custom element.
 *
 *   <script src="https://search.example.com/widget.js" defer></script>
 *   <blog-search endpoint="https://search.example.com"></blog-search>
 *
 * Attributes: endpoint (default: where this script came from), placeholder, size (hits per page,
 * 1 to 50, default 8), tags (a comma-separated tag filter the reader starts with), site (the blog
 * to search, where one server answers for several), lang (the language of its few strings; default:
 * the page's), base (the blog's address, for a blog in a folder
 * of its site: root-relative post URLs are taken from there), query (searched as the page loads), sync-url
 * (keeps ?q= in the address bar, one history entry per query) and sort (offers relevance or newest
 * first; sort="date" starts with newest). Page scripts may call element.search(text). Themed with the
 * --blog-search-* custom properties read at the top of STYLE.
 *
 * Everything the API sends is inserted as text. A snippet is split on its <mark> tags so that only
 * they become elements; nothing is ever parsed as HTML.
 */
(() => {
  "use strict";
  if (!window.customElements || customElements.get("blog-search")) return;

  const DEBOUNCE_MS = 120;
  const SLOW_MS = 400;
  const MAX_CHIPS = 8;

  // The folder this script was served from, which is where the API is unless endpoint says otherwise.
  const scriptBase = (() => {
    const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
    try {
      return new URL(".", script.src).href;
    } catch {
      return new URL("/", location.href).href;
    }
  })();

  // {n} is a number, {q} the reader's query; count is [one, other].
  const STRINGS = {
    en: {
      label: "Search this blog", results: "Search results", count: ["{n} post", "{n} posts"],
      none: "No posts match “{q}”.", hint: "Try other words or fewer filters.",
      error: "Search is unavailable right now. Please try again later.", searching: "Searching…",
      didYouMean: "Did you mean {q}?", more: "More results", tags: "Tags", from: "From", to: "To", any: "Any",
      ignored: "Left out, found in no post: {q}", sort: "Sort", relevance: "Best match", date: "Newest first",
    },
    de: {
      label: "Blog durchsuchen", results: "Suchergebnisse", count: ["{n} Beitrag", "{n} Beiträge"],
      none: "Kein Beitrag passt zu „{q}“.", hint: "Versuchen Sie andere Wörter oder weniger Filter.",
      error: "Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.",
      searching: "Suche läuft…", didYouMean: "Meinten Sie {q}?",
      ignored: "Weggelassen, in keinem Beitrag: {q}", more: "Weitere Ergebnisse",
      tags: "Schlagwörter", from: "Von", to: "Bis", any: "Alle",
      sort: "Sortierung", relevance: "Beste Treffer", date: "Neueste zuerst",
    },
    fr: {
      label: "Rechercher dans le blog", results: "Résultats de recherche", count: ["{n} article", "{n} articles"],
      none: "Aucun article ne correspond à « {q} ».", hint: "Essayez d’autres mots ou moins de filtres.",
      error: "La recherche est indisponible pour le moment. Réessayez plus tard.", searching: "Recherche…",
      didYouMean: "Vouliez-vous dire {q} ?", more: "Plus de résultats", tags: "Étiquettes", from: "De", to: "À",
      ignored: "Ignoré, absent de tous les articles : {q}",
      any: "Toutes", sort: "Tri", relevance: "Pertinence", date: "Plus récents",
    },
    es: {
      label: "Buscar en el blog", results: "Resultados de búsqueda", count: ["{n} entrada", "{n} entradas"],
      none: "Ninguna entrada coincide con «{q}».", hint: "Prueba con otras palabras o menos filtros.",
      error: "La búsqueda no está disponible ahora. Inténtalo más tarde.", searching: "Buscando…",
      didYouMean: "¿Quisiste decir {q}?", more: "Más resultados", tags: "Etiquetas", from: "Desde", to: "Hasta",
      ignored: "Omitido, no aparece en ninguna entrada: {q}",
      any: "Todos", sort: "Orden", relevance: "Relevancia", date: "Más recientes",
    },
    zh: {
      label: "搜索博客", results: "搜索结果", count: ["{n} 篇文章", "{n} 篇文章"],
      none: "没有与“{q}”匹配的文章。", hint: "请尝试其他词语或减少筛选条件。",
      error: "搜索暂时不可用，请稍后再试。", searching: "正在搜索…", didYouMean: "您是不是要找 {q}？",
      ignored: "已忽略（没有文章包含）：{q}",
      more: "更多结果", tags: "标签", from: "起始年份", to: "截止年份", any: "不限",
      sort: "排序", relevance: "相关度", date: "最新",
    },
    ja: {
      label: "ブログを検索", results: "検索結果", count: ["{n} 件の記事", "{n} 件の記事"],
      none: "「{q}」に一致する記事はありません。", hint: "別の言葉を試すか、絞り込みを減らしてください。",
      error: "現在検索を利用できません。しばらくしてからお試しください。", searching: "検索中…",
      didYouMean: "もしかして {q}？", more: "さらに表示", tags: "タグ", from: "開始年", to: "終了年", any: "すべて",
      ignored: "どの記事にもないため除外：{q}", sort: "並べ替え", relevance: "関連度順", date: "新しい順",
    },
  };

  const STYLE = `
blog-search {
  --bs-bg: var(--blog-search-background, #fff);
  --bs-fg: var(--blog-search-text, #1f2328);
  --bs-muted: var(--blog-search-muted, #59636e);
  --bs-border: var(--blog-search-border, #d1d9e0);
  --bs-accent: var(--blog-search-accent, #0a5cc2);
  --bs-on-accent: var(--blog-search-on-accent, #fff);
  --bs-active: var(--blog-search-active-background, #eaf2fd);
  --bs-mark-bg: var(--blog-search-mark-background, #fff0a0);
  --bs-mark-fg: var(--blog-search-mark-text, inherit);
  --bs-error: var(--blog-search-error, #b42318);
  --bs-radius: var(--blog-search-radius, .5em);
  --bs-shadow: var(--blog-search-shadow, 0 .5em 1.5em rgb(0 0 0 / .14));
  --bs-max-height: var(--blog-search-max-height, min(70vh, 36em));
  display: block; position: relative; max-width: 100%; color-scheme: light dark;
  font-family: var(--blog-search-font, inherit);
}
@media (prefers-color-scheme: dark) {
  blog-search {
    --bs-bg: var(--blog-search-background, #1c2128);
    --bs-fg: var(--blog-search-text, #e6edf3);
    --bs-muted: var(--blog-search-muted, #9aa4ae);
    --bs-border: var(--blog-search-border, #3d444d);
    --bs-accent: var(--blog-search-accent, #6cb2ff);
    --bs-on-accent: var(--blog-search-on-accent, #0d1117);
    --bs-active: var(--blog-search-active-background, #22354f);
    --bs-mark-bg: var(--blog-search-mark-background, #6b5600);
    --bs-error: var(--blog-search-error, #ff8b80);
  }
}
blog-search [hidden] { display: none !important; }
blog-search .bs-field { position: relative; display: flex; align-items: center; }
blog-search .bs-icon { position: absolute; left: .8em; width: 1.1em; height: 1.1em; fill: var(--bs-muted); pointer-events: none; }
blog-search .bs-input {
  box-sizing: border-box; width: 100%; margin: 0; padding: .6em 2.6em .6em 2.5em;
  font: inherit; color: var(--bs-fg); background: var(--bs-bg);
  border: 1px solid var(--bs-border); border-radius: var(--bs-radius); -webkit-appearance: none; appearance: none;
}
blog-search .bs-input::placeholder { color: var(--bs-muted); opacity: 1; }
blog-search .bs-input:focus { outline: 2px solid var(--bs-accent); outline-offset: 1px; border-color: var(--bs-accent); }
blog-search .bs-key {
  position: absolute; right: .7em; padding: 0 .45em; font: inherit; font-size: .75em; line-height: 1.6;
  color: var(--bs-muted); border: 1px solid var(--bs-border); border-radius: .3em; pointer-events: none;
}
blog-search .bs-input:focus ~ .bs-key, blog-search .bs-input:not(:placeholder-shown) ~ .bs-key { display: none; }
blog-search .bs-panel {
  position: absolute; z-index: var(--blog-search-z-index, 1000); top: calc(100% + .4em); left: 0; right: 0;
  box-sizing: border-box; max-height: var(--bs-max-height); overflow: auto; overscroll-behavior: contain;
  padding: .5em; text-align: start; color: var(--bs-fg); background: var(--bs-bg);
  border: 1px solid var(--bs-border); border-radius: var(--bs-radius); box-shadow: var(--bs-shadow);
  animation: bs-in .12s ease-out;
}
@keyframes bs-in { from { opacity: 0; transform: translateY(-.3em); } }
blog-search .bs-status { margin: .2em .5em .5em; font-size: .85em; color: var(--bs-muted); }
blog-search .bs-status.bs-error { color: var(--bs-error); }
blog-search .bs-note { display: block; margin-top: .2em; }
blog-search .bs-suggest { margin: 0 .5em .6em; }
blog-search .bs-suggestion {
  padding: 0; font: inherit; font-weight: 600; color: var(--bs-accent); background: none; border: 0;
  text-decoration: underline; cursor: pointer;
}
blog-search .bs-filters { display: flex; flex-wrap: wrap; gap: .4em; align-items: center; margin: 0 .5em .5em; }
blog-search .bs-chips { display: flex; gap: .4em; max-width: 100%; overflow-x: auto; margin: -3px; padding: 3px; scrollbar-width: thin; }
blog-search .bs-chip {
  flex: none; margin: 0; padding: .2em .7em; font: inherit; font-size: .8em; color: inherit; background: none;
  border: 1px solid var(--bs-border); border-radius: 999px; cursor: pointer;
}
blog-search .bs-chip:hover { border-color: var(--bs-accent); }
blog-search .bs-chip[aria-pressed="true"] { color: var(--bs-on-accent); background: var(--bs-accent); border-color: var(--bs-accent); }
blog-search .bs-count { margin-left: .15em; opacity: .75; }
blog-search :is(.bs-years, .bs-sort) { display: flex; flex-wrap: wrap; gap: .5em; font-size: .8em; color: var(--bs-muted); }
blog-search :is(.bs-years, .bs-sort) select {
  margin-left: .3em; padding: .1em .2em; font: inherit; color: var(--bs-fg); background: var(--bs-bg);
  border: 1px solid var(--bs-border); border-radius: .3em;
}
blog-search .bs-list { margin: 0; padding: 0; list-style: none; }
blog-search .bs-option { margin: 0; padding: 0; border-radius: var(--bs-radius); }
blog-search .bs-option:hover, blog-search .bs-option[aria-selected="true"] { background: var(--bs-active); }
blog-search .bs-option[aria-selected="true"] { outline: 2px solid var(--bs-accent); outline-offset: -2px; }
blog-search .bs-link { display: block; padding: .6em .75em; color: inherit; text-decoration: none; }
blog-search .bs-title { display: block; font-weight: 600; color: var(--bs-accent); overflow-wrap: anywhere; }
blog-search .bs-meta { display: flex; flex-wrap: wrap; gap: .2em .7em; margin: .15em 0 .3em; font-size: .8em; color: var(--bs-muted); }
blog-search .bs-tag::before { content: "#"; }
blog-search .bs-snippet { display: block; font-size: .9em; line-height: 1.5; overflow-wrap: anywhere; }
blog-search .bs-snippet mark { padding: 0 .1em; color: var(--bs-mark-fg); background: var(--bs-mark-bg); border-radius: .2em; }
blog-search .bs-more {
  display: block; box-sizing: border-box; width: 100%; margin: .5em 0 0; padding: .5em; font: inherit; font-size: .9em;
  color: var(--bs-accent); background: none; border: 1px dashed var(--bs-border); border-radius: var(--bs-radius); cursor: pointer;
}
blog-search :is(button, select, a):focus-visible { outline: 2px solid var(--bs-accent); outline-offset: 2px; }
blog-search .bs-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@media (hover: none) { blog-search .bs-key { display: none; } }
@media (prefers-reduced-motion: reduce) { blog-search * { animation: none !important; transition: none !important; } }
`;

  /** Builds an element; strings among the children become text nodes, never markup. */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  const text = (value) => (value == null ? "" : String(value));

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key]);

  const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

  /** Turns the snippet's character references back into characters, to be inserted as text. */
  function decode(escaped) {
    return escaped.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? entity;
      const code = /x/i.test(name[1]) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    });
  }

  /** The snippet as text nodes and <mark> elements: its only markup is the literal <mark> and </mark>. */
  function marked(snippet) {
    let inMark = false;
    const nodes = [];
    for (const part of snippet.split(/(<\/?mark>)/)) {
      if (part === "<mark>" || part === "</mark>") inMark = part === "<mark>";
      else if (part) nodes.push(inMark ? el("mark", {}, decode(part)) : decode(part));
    }
    return nodes;
  }

  /** The post's URL as the API wrote it, or "" when it would not open a web page (javascript: and the like). */
  function safeHref(url) {
    try {
      return /^https?:$/.test(new URL(url, document.baseURI).protocol) ? url : "";
    } catch {
      return "";
    }
  }

  function magnifier() {
    const svg = (tag, attributes) => {
      const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
      return node;
    };
    const icon = svg("svg", { class: "bs-icon", viewBox: "0 0 24 24", "aria-hidden": "true" });
    icon.append(svg("path", { d: "M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z" }));
    return icon;
  }

  const isEditable = (node) => node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName || "");

  function addStyle(root) {
    const parent = root === document ? document.head : root;
    if (parent.querySelector("style[data-blog-search]")) return;
    // First in the page, so that the blog's own rules win wherever they are as specific as these.
    parent.prepend(el("style", { "data-blog-search": "" }, STYLE));
  }

  let instances = 0;

  class BlogSearch extends HTMLElement {
    static observedAttributes = ["lang", "placeholder"];

    connectedCallback() {
      addStyle(this.getRootNode());
      document.addEventListener("keydown", this.onShortcut);
      document.addEventListener("pointerdown", this.onOutside);
      window.addEventListener("popstate", this.onHistory);
      if (this.input) return;
      this.build();
      // A shared link (?q= with sync-url) wins over the query the page wrote in.
      const initial = (this.syncsUrl && this.urlQuery) || text(this.getAttribute("query")).trim();
      if (initial) this.search(initial, { record: false });
    }

    disconnectedCallback() {
      document.removeEventListener("keydown", this.onShortcut);
      document.removeEventListener("pointerdown", this.onOutside);
      window.removeEventListener("popstate", this.onHistory);
    }

    /**
     * Searches for text as if the reader had typed it, and shows the results; resolves once they are
     * shown. For page scripts: document.querySelector("blog-search").search("lucene").
     */
    search(query, { record = true } = {}) {
      if (!this.input) this.build();
      this.input.value = text(query);
      return this.fetchPage(1, { record, reveal: true });
    }

    attributeChangedCallback() {
      if (this.input) this.applyStrings();
    }

    build() {
      const id = `blog-search-${++instances}`;
      this.idPrefix = id;
      this.tags = new Set(text(this.getAttribute("tags")).split(",").map((t) => t.trim().toLowerCase()).filter(Boolean));
      this.years = [];
      this.from = this.to = "";
      this.sort = this.getAttribute("sort") === "date" ? "date" : "relevance";
      this.active = -1;
      this.serial = 0;
      this.shown = null; // the query whose answer is on display

      this.input = el("input", {
        id: `${id}-input`, class: "bs-input", type: "search", role: "combobox", "aria-expanded": "false",
        "aria-autocomplete": "list", "aria-controls": `${id}-list`, autocomplete: "off", autocapitalize: "off",
        spellcheck: "false", enterkeyhint: "search",
      });
      this.label = el("label", { class: "bs-hidden", for: this.input.id });
      this.live = el("div", { class: "bs-hidden", role: "status" });
      this.status = el("p", { class: "bs-status" });
      this.suggest = el("p", { class: "bs-suggest", hidden: "" });
      this.filters = el("div", { class: "bs-filters", hidden: "" });
      this.list = el("ul", { id: `${id}-list`, class: "bs-list", role: "listbox" });
      this.more = el("button", { type: "button", class: "bs-more", hidden: "" });
      this.panel = el("div", { class: "bs-panel", hidden: "" }, this.status, this.suggest, this.filters, this.list, this.more);
      const field = el("div", { class: "bs-field" }, magnifier(), this.input, el("kbd", { class: "bs-key", "aria-hidden": "true" }, "/"));
      this.replaceChildren(el("div", { class: "bs-box", role: "search" }, this.label, field, this.live, this.panel));
      this.applyStrings();

      this.input.addEventListener("input", (event) => event.isComposing || this.schedule());
      this.input.addEventListener("compositionend", () => this.schedule());
      this.input.addEventListener("keydown", (event) => this.onKey(event));
      this.input.addEventListener("focus", () => this.reopen());
      this.input.addEventListener("click", () => this.reopen());
      this.more.addEventListener("click", () => this.fetchPage(this.page + 1));
      this.addEventListener("focusout", (event) => {
        if (event.relatedTarget && !this.contains(event.relatedTarget)) this.close();
      });
    }

    // --- language ---

    get locale() {
      return text(this.closest("[lang]")?.getAttribute("lang")) || "en";
    }

    get strings() {
      const lang = this.locale.toLowerCase();
      return STRINGS[lang] || STRINGS[lang.split("-")[0]] || STRINGS.en;
    }

    count(n) {
      let one = n === 1;
      let number = String(n);
      try {
        one = new Intl.PluralRules(this.locale).select(n) === "one";
        number = n.toLocaleString(this.locale);
      } catch {}
      return fill(this.strings.count[one ? 0 : 1], { n: number });
    }

    date(iso) {
      const [year, month, day] = iso.split("-").map(Number);
      try {
        return new Intl.DateTimeFormat(this.locale, { dateStyle: "medium", timeZone: "UTC" })
          .format(Date.UTC(year, month - 1, day));
      } catch {
        return iso;
      }
    }

    applyStrings() {
      const s = this.strings;
      this.input.placeholder = this.getAttribute("placeholder") || s.label;
      this.label.textContent = s.label;
      this.list.setAttribute("aria-label", s.results);
      this.more.textContent = s.more;
    }

    // --- searching ---

    get size() {
      return Math.min(50, Math.max(1, parseInt(this.getAttribute("size"), 10) || 8));
    }

    get base() {
      const endpoint = this.getAttribute("endpoint");
      return endpoint ? new URL(endpoint.replace(/\/?$/, "/"), document.baseURI) : scriptBase;
    }

    schedule(delay = DEBOUNCE_MS) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.fetchPage(1), delay);
    }

    /** Forgets the search waiting or in flight: its answer will not be shown. */
    stop() {
      clearTimeout(this.timer);
      this.controller?.abort();
      this.serial++;
      this.list.removeAttribute("aria-busy");
    }

    /**
     * Asks for one page; an answer that arrives after a newer question is dropped, never shown. record:
     * the first page goes into the address bar (with sync-url); reveal: the results open without focus.
     */
    async fetchPage(page, { record = true, reveal = false } = {}) {
      this.stop();
      const serial = this.serial;
      const query = this.input.value.trim();
      if (!query) {
        if (record) this.remember("");
        return this.clear();
      }
      this.controller = new AbortController();
      this.reveal = reveal;
      const params = new URLSearchParams({ q: query, page, size: this.size });
      for (const tag of this.tags) params.append("tag", tag);
      if (this.from) params.set("from", this.from);
      if (this.to) params.set("to", this.to);
      if (this.getAttribute("site")) params.set("site", this.getAttribute("site"));
      if (this.sort === "date") params.set("sort", "date");
      this.list.setAttribute("aria-busy", "true");
      const slow = setTimeout(() => this.shown === null && this.show("searching"), SLOW_MS);
      try {
        const response = await fetch(new URL("api/search?" + params, this.base), {
          signal: this.controller.signal, credentials: "omit",
        });
        const answer = await response.json();
        if (serial !== this.serial) return;
        if (!response.ok) throw new Error(answer.error);
        this.render(query, page, answer);
        if (page === 1 && record) this.remember(query);
      } catch {
        // Unreachable, refused by CORS, or not an answer of ours: the reader sees the error state.
        if (serial === this.serial) this.fail();
      } finally {
        clearTimeout(slow);
        if (serial === this.serial) this.list.removeAttribute("aria-busy");
      }
    }

    render(query, page, answer) {
      const hits = Array.isArray(answer.hits) ? answer.hits : [];
      if (page === 1) {
        this.activate(-1);
        this.list.replaceChildren();
        this.renderSuggestion(text(answer.suggestion).trim(), query);
        this.renderFilters(answer.facets || {});
      }
      const first = this.list.children.length;
      this.list.append(...hits.map((hit, i) => this.option(hit, first + i)));
      this.page = page;
      this.total = Number(answer.total) || 0;
      this.shown = query;
      const moreHadFocus = document.activeElement === this.more;
      this.more.hidden = hits.length === 0 || this.list.children.length >= this.total;
      if (this.more.hidden && moreHadFocus) this.input.focus();
      const ignored = Array.isArray(answer.ignored) ? answer.ignored.map(text).join(", ") : "";
      const note = ignored && fill(this.strings.ignored, { q: ignored });
      if (this.total > 0) this.show("results", this.count(this.total), note);
      else this.show("empty", fill(this.strings.none, { q: query }), this.strings.hint);
    }

    fail() {
      this.activate(-1);
      this.list.replaceChildren();
      this.suggest.hidden = this.more.hidden = true;
      this.shown = this.input.value.trim();
      this.show("error", this.strings.error);
    }

    clear() {
      this.shown = null;
      this.activate(-1);
      this.list.replaceChildren();
      this.live.textContent = "";
      this.removeAttribute("data-state");
      this.close();
    }

    /** Shows (and announces) where the search stands: searching, results, empty or error. */
    show(state, message = this.strings[state], note = "") {
      this.setAttribute("data-state", state);
      this.status.className = state === "error" ? "bs-status bs-error" : "bs-status";
      this.status.replaceChildren(message, note ? el("span", { class: "bs-note" }, note) : "");
      if (state !== "searching") this.live.textContent = message;
      if (this.contains(document.activeElement) || (this.reveal && state !== "searching")) this.open();
      if (state !== "searching") this.reveal = false;
    }

    // --- the address bar (sync-url) ---

    get syncsUrl() {
      return this.hasAttribute("sync-url");
    }

    get urlQuery() {
      return text(new URLSearchParams(location.search).get("q")).trim();
    }

    /**
     * Writes the query shown into ?q=. A new query gets a history entry of its own, so Back returns to
     * the one before; a query being typed or corrected (one extends the other) replaces its entry.
     */
    remember(query) {
      const current = this.urlQuery;
      if (!this.syncsUrl || query === current) return;
      const url = new URL(location.href);
      if (query) url.searchParams.set("q", query);
      else url.searchParams.delete("q");
      const refining = current !== "" && (query.startsWith(current) || current.startsWith(query));
      if (refining) history.replaceState(history.state, "", url);
      else history.pushState(history.state, "", url);
    }

    onHistory = () => {
      if (!this.syncsUrl || this.urlQuery === this.input.value.trim()) return;
      if (this.urlQuery) this.search(this.urlQuery, { record: false });
      else {
        this.stop();
        this.input.value = "";
        this.clear();
      }
    };

    option(hit, index) {
      const id = `${this.idPrefix}-option-${index}`;
      const link = el("a", { class: "bs-link", tabindex: "-1" });
      const href = safeHref(this.postUrl(text(hit.url)));
      if (href) link.setAttribute("href", href);
      const meta = el("span", { class: "bs-meta", id: `${id}-meta` });
      if (hit.date) meta.append(el("time", { datetime: text(hit.date) }, this.date(text(hit.date))));
      for (const tag of Array.isArray(hit.tags) ? hit.tags : []) meta.append(el("span", { class: "bs-tag" }, text(tag)));
      link.append(
        el("span", { class: "bs-title", id: `${id}-title` }, text(hit.title) || text(hit.url)),
        meta,
        el("span", { class: "bs-snippet", id: `${id}-snippet` }, ...marked(text(hit.snippet))),
      );
      return el("li", {
        id, class: "bs-option", role: "option", "aria-selected": "false",
        "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-meta ${id}-snippet`,
      }, link);
    }

    /** A root-relative post URL, such as /posts/x/, under the blog's base when one is given. */
    postUrl(url) {
      const base = this.getAttribute("base");
      if (!base || !url.startsWith("/") || url.startsWith("//")) return url;
      return new URL(url.slice(1), new URL(base.replace(/\/?$/, "/"), document.baseURI)).href;
    }

    renderSuggestion(suggestion, query) {
      this.suggest.hidden = !suggestion || suggestion === query;
      if (this.suggest.hidden) return;
      const button = el("button", { type: "button", class: "bs-suggestion" }, suggestion);
      button.addEventListener("click", () => {
        this.input.value = suggestion;
        this.input.focus();
        this.fetchPage(1);
      });
      const [before, after = ""] = this.strings.didYouMean.split("{q}");
      this.suggest.replaceChildren(before, button, after);
    }

    /** Tag chips and a year range from the facets; the control that had focus keeps it. */
    renderFilters(facets) {
      const focused = this.filters.contains(document.activeElement) ? document.activeElement.dataset.key : null;
      const s = this.strings;
      const counts = new Map((Array.isArray(facets.tags) ? facets.tags : [])
        .map((facet) => [text(facet.value).toLowerCase(), Number(facet.count)]));
      const offered = [...counts.keys()].filter((tag) => !this.tags.has(tag)).slice(0, MAX_CHIPS);
      const chips = [...this.tags, ...offered].map((tag) => {
        const chip = el("button", {
          type: "button", class: "bs-chip", "aria-pressed": String(this.tags.has(tag)), "data-key": "tag:" + tag,
        }, tag, counts.has(tag) ? el("span", { class: "bs-count" }, " ", String(counts.get(tag))) : "");
        chip.addEventListener("click", () => {
          if (!this.tags.delete(tag)) this.tags.add(tag);
          this.fetchPage(1);
        });
        return chip;
      });
      const group = el("div", { class: "bs-chips", role: "group", "aria-label": s.tags }, ...chips);

      const found = (Array.isArray(facets.years) ? facets.years : []).map((facet) => text(facet.value));
      // While a year bound is set the facets only hold the years inside it; keep offering the others.
      const bounded = this.from || this.to ? [...this.years, this.from, this.to] : [];
      this.years = [...new Set([...found, ...bounded].filter(Boolean))].sort().reverse();
      const years = el("div", { class: "bs-years" }, this.yearSelect("from", s.from), this.yearSelect("to", s.to));

      this.filters.replaceChildren(...(chips.length ? [group] : []), ...(this.years.length > 1 ? [years] : []),
        ...(this.hasAttribute("sort") ? [this.sortSelect()] : []));
      this.filters.hidden = !this.filters.children.length;
      [...this.filters.querySelectorAll("[data-key]")].find((node) => node.dataset.key === focused)?.focus();
    }

    yearSelect(bound, label) {
      const select = el("select", { "data-key": bound },
        el("option", { value: "" }, this.strings.any), ...this.years.map((year) => el("option", { value: year }, year)));
      select.value = this[bound];
      select.addEventListener("change", () => {
        this[bound] = select.value;
        // A range the wrong way round would be refused; move the other end instead.
        if (this.from && this.to && this.from > this.to) this[bound === "from" ? "to" : "from"] = select.value;
        this.fetchPage(1);
      });
      return el("label", {}, label, select);
    }

    /** Best match or newest first, for pages that ask for the choice with the sort attribute. */
    sortSelect() {
      const s = this.strings;
      const select = el("select", { "data-key": "sort" },
        el("option", { value: "relevance" }, s.relevance), el("option", { value: "date" }, s.date));
      select.value = this.sort;
      select.addEventListener("change", () => {
        this.sort = select.value;
        this.fetchPage(1);
      });
      return el("label", { class: "bs-sort" }, s.sort, select);
    }

    // --- opening, closing and the keyboard ---

    get isOpen() {
      return !this.panel.hidden;
    }

    get options() {
      return [...this.list.children];
    }

    open() {
      this.panel.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
    }

    close() {
      this.activate(-1);
      this.panel.hidden = true;
      this.input.setAttribute("aria-expanded", "false");
    }

    reopen() {
      if (this.isOpen) return;
      if (this.shown !== null && this.shown === this.input.value.trim()) this.open();
      else if (this.input.value.trim()) this.fetchPage(1);
    }

    activate(index) {
      this.options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      this.active = index;
      const option = this.options[index];
      if (option) {
        this.input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      } else {
        this.input.removeAttribute("aria-activedescendant");
      }
    }

    onKey(event) {
      if (event.isComposing) return;
      const count = this.options.length;
      switch (event.key) {
        case "ArrowDown":
        case "ArrowUp":
          event.preventDefault();
          if (!this.isOpen) {
            this.reopen();
          } else if (count) {
            const down = event.key === "ArrowDown";
            this.activate(down ? Math.min(this.active + 1, count - 1) : this.active < 0 ? count - 1 : this.active - 1);
          }
          break;
        case "Enter":
          event.preventDefault();
          if (this.isOpen && this.active >= 0) this.options[this.active].querySelector("a[href]")?.click();
          else this.fetchPage(1);
          break;
        case "Escape":
          if (this.isOpen) {
            event.preventDefault();
            this.stop();
            this.close();
          } else if (this.input.value) {
            event.preventDefault();
            this.input.value = "";
            this.fetchPage(1);
          }
          break;
      }
    }

    // "/" or Ctrl/Cmd+K focuses the first search box of the page, unless the reader is typing elsewhere.
    onShortcut = (event) => {
      const first = document.querySelector("blog-search");
      if (event.defaultPrevented || (first && first !== this)) return;
      const key = text(event.key).toLowerCase();
      const slash = key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.composedPath()[0]);
      if (slash || (key === "k" && (event.ctrlKey || event.metaKey) && !event.altKey)) {
        event.preventDefault();
        this.input.focus();
        this.input.select();
      }
    };

    onOutside = (event) => {
      if (!event.composedPath().includes(this)) this.close();
    };
  }

  customElements.define("blog-search", BlogSearch);
})();
