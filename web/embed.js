/*! IIN Pre-check embed loader. A host page includes it with one tag:
 *
 *   <script src="https://APP/embed.js" data-country="DE" data-lang="de"
 *           data-ruleset="fi-pilot-2025" data-accent="#0b5394" data-target="#iin"></script>
 *
 * Mode "iframe" (default): a lazily loaded <iframe title=...> of the app, sized from the
 * app's height messages. Mode "mount" (data-mode="mount"): the app in the host element's
 * Shadow DOM, through the JavaScript API in api/. Every data-* value is checked; a bad one is
 * dropped with a console warning. No cookie, no storage, no global variable.
 * Documentation: docs/embedding.md. */
(function () {
  "use strict";
  var PREFIX = "IIN Pre-check embed: ";
  var HEIGHT = "iin-precheck:height";
  var REQUEST_HEIGHT = "iin-precheck:request-height";
  var LANG = "iin-precheck:lang";
  var MAX_HEIGHT = 100000; // as the app clamps it (src/embed/iframe.rs)
  var TITLES = {
    en: "IIN Pre-check: documents you need for a Kazakhstan IIN",
    ru: "Проверка перед получением ИИН: какие документы нужны",
    kk: "ЖСН алдын ала тексеру: қандай құжаттар қажет",
  };
  // Shown below the frame when the app never answers from it (its host refuses to be framed by
  // this page, say): the applicant still reaches the check (found by an audit of the embeds:
  // a box saying only "refused to connect").
  var FALLBACK = {
    en: ["The check could not open here.", "Open it in a new tab"],
    ru: ["Проверка не открылась здесь.", "Открыть её в новой вкладке"],
    kk: ["Тексеру осы жерде ашылмады.", "Оны жаңа қойындыда ашу"],
  };
  // How long after the frame has loaded the app may take to say its height, on a slow phone.
  var ANSWER_WITHIN_MS = 10000;
  var ATTRIBUTES = ["mode", "country", "lang", "ruleset", "accent", "target", "title", "height"];
  // Each attribute: a test of the whole value. Anything longer than 200 characters is refused
  // before any test runs.
  var RULES = {
    mode: /^(iframe|mount)$/,
    country: /^[A-Za-z]{2}$/,
    lang: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/,
    ruleset: /^[a-z0-9]+(-[a-z0-9]+){0,7}$/,
    accent: /^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/,
    // An element id (with or without '#') or a CSS selector; only ever given to
    // getElementById / querySelector, never parsed as HTML.
    target: /^[^\u0000-\u001f\u007f<>]{1,200}$/,
    // Plain text; set as a property, never parsed as HTML. Control characters refused.
    title: /^[^\u0000-\u001f\u007f<>]{1,200}$/,
    height: /^[1-9][0-9]{1,4}$/,
  };

  function warn(message) {
    if (typeof console !== "undefined" && console.warn) console.warn(PREFIX + message);
  }

  function quote(value) {
    var s = String(value);
    return JSON.stringify(s.length > 40 ? s.slice(0, 40) + "…" : s);
  }

  var script = document.currentScript;
  if (!script || !script.src) {
    warn("load embed.js with a classic <script src=...> tag (not type=module, not inline)");
    return;
  }
  var base = new URL(".", script.src);
  var appOrigin = base.origin;

  // Read and validate every data-* attribute.
  var cfg = {};
  ATTRIBUTES.forEach(function (name) {
    var value = script.getAttribute("data-" + name);
    if (value === null) return;
    value = value.trim();
    // A rule set's id as a team may type it ("FI-PILOT-2025", "fi_pilot_2025"): read as meant.
    // One still not of an id's form goes on to the app, which tells the applicant on screen
    // that this page names rules it cannot use (found by an embedding audit: dropped here, the
    // applicant read only "no rules in force" on an embassy's page that offers the service).
    if (name === "ruleset") value = value.toLowerCase().replace(/_/g, "-");
    if (value.length > 200 || !RULES[name].test(value)) {
      if (name === "ruleset" && /^[a-z0-9][a-z0-9 .-]{0,63}$/.test(value)) {
        warn("data-ruleset=" + quote(value) + " is not a rule set's id; the applicant is told (docs/embedding.md)");
        cfg.ruleset = value;
        return;
      }
      warn("data-" + name + "=" + quote(value) + " is not valid; ignored (docs/embedding.md)");
      return;
    }
    cfg[name] = value;
  });
  Array.prototype.forEach.call(script.attributes, function (a) {
    if (a.name.indexOf("data-") === 0 && ATTRIBUTES.indexOf(a.name.slice(5)) < 0) {
      warn("unknown attribute " + a.name + "; ignored");
    }
  });
  if (cfg.country) cfg.country = cfg.country.toUpperCase();
  var mode = cfg.mode || "iframe";

  function whenReady(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn, { once: true });
    } else {
      fn();
    }
  }

  // Where to mount: the element data-target names (an id, or a CSS selector), else a new
  // <div> right after the script (at the end of <body> when the script is in <head>).
  function findTarget() {
    if (cfg.target) {
      var el = null;
      // A bare word is an id first ("iin"), then a selector ("main": found by an audit, the
      // docs promise any CSS selector).
      var simple = /^#?[A-Za-z][A-Za-z0-9_-]*$/.test(cfg.target);
      if (simple) el = document.getElementById(cfg.target.replace(/^#/, ""));
      if (!el && !(simple && cfg.target.charAt(0) === "#")) {
        try {
          el = document.querySelector(cfg.target);
        } catch (e) {
          warn("data-target " + quote(cfg.target) + " is not a CSS selector");
        }
      }
      if (el) return el;
      warn("data-target " + quote(cfg.target) + " names no element; mounting after the script");
    }
    var div = document.createElement("div");
    div.className = "iin-precheck";
    if (script.parentNode && document.body && document.body.contains(script)) {
      script.parentNode.insertBefore(div, script.nextSibling);
    } else {
      document.body.appendChild(div);
    }
    return div;
  }

  function announce(target, detail) {
    target.dispatchEvent(new CustomEvent("iin-precheck:ready", { detail: detail, bubbles: true }));
  }

  // The app's page in the language asked for: index.ru.html and index.kk.html carry their
  // start page pre-rendered in it, so the frame paints that language first even on a static
  // host that cannot choose the page by `?lang=` (found by an audit: a Russian frame there
  // painted English for about a second). Any other language is the app's to choose.
  function pageFile() {
    var primary = (cfg.lang || "").split("-")[0].toLowerCase();
    return primary === "ru" || primary === "kk" ? "index." + primary + ".html" : "index.html";
  }

  // The language of the loader's own words: data-lang's when the app has it, else English.
  function loaderLang() {
    var primary = (cfg.lang || "en").split("-")[0].toLowerCase();
    return TITLES[primary] ? primary : "en";
  }

  // "The check could not open here. Open it in a new tab": the app's own page, with the
  // preset country, rules and language, for an applicant the embed cannot serve.
  function fallbackLine() {
    var lang = loaderLang();
    var page = new URL(pageFile(), base);
    // No language given: the app chooses the browser's, as the embed would have.
    ["lang", "country", "ruleset"].forEach(function (name) {
      if (cfg[name]) page.searchParams.set(name, cfg[name]);
    });
    var words = FALLBACK[lang];
    var line = document.createElement("p");
    line.setAttribute("lang", lang);
    line.setAttribute("data-iin-precheck-fallback", "");
    line.appendChild(document.createTextNode(words[0] + " "));
    var link = document.createElement("a");
    link.href = page.href;
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = words[1];
    line.appendChild(link);
    return line;
  }

  function embedIframe(target) {
    var src = new URL(pageFile(), base);
    var origin = window.location.origin;
    src.searchParams.set("embed", "iframe");
    var canAnswer = /^https?:\/\//.test(origin);
    if (canAnswer) {
      src.searchParams.set("origin", origin);
    } else {
      warn("the host page has no http(s) origin (" + quote(origin) + "): the frame cannot resize");
    }
    ["country", "lang", "ruleset", "accent"].forEach(function (name) {
      if (cfg[name]) src.searchParams.set(name, cfg[name]);
    });
    var frame = document.createElement("iframe");
    frame.loading = "lazy";
    var titleLang = loaderLang();
    frame.title = cfg.title || TITLES[titleLang];
    // The language of the default title (the app then says which language is on screen).
    if (!cfg.title) frame.setAttribute("lang", titleLang);
    frame.referrerPolicy = "no-referrer";
    // "Copy link" on the result writes the applicant's own link to the clipboard: without this
    // the browser refuses it in a frame (found by an audit).
    frame.setAttribute("allow", "clipboard-write");
    // What the app needs, nothing more: its scripts on its own origin, forms, new tabs for
    // its source links, the print dialog. No top navigation.
    frame.setAttribute(
      "sandbox",
      "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals"
    );
    // CSSOM properties, not a style attribute: a strict style-src allows these.
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = (cfg.height || "600") + "px";

    function isOurs(data) {
      return (
        data !== null &&
        typeof data === "object" &&
        typeof data.type === "string" &&
        data.type.indexOf("iin-precheck:") === 0
      );
    }
    function isHeightMessage(data) {
      if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
      var keys = Object.keys(data);
      return (
        keys.length === 2 &&
        data.type === HEIGHT &&
        typeof data.height === "number" &&
        isFinite(data.height) &&
        data.height >= 0 &&
        data.height <= MAX_HEIGHT
      );
    }
    // The app's language, when it changes: `{ type: LANG, lang }`, one of the app's languages.
    function isLangMessage(data) {
      if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
      var keys = Object.keys(data);
      return keys.length === 2 && data.type === LANG && Object.prototype.hasOwnProperty.call(TITLES, data.lang);
    }
    var answered = false;
    var fallback = null;
    function heard() {
      answered = true;
      if (fallback && fallback.parentNode) fallback.parentNode.removeChild(fallback);
      fallback = null;
    }
    function notAnswered() {
      if (answered || fallback || !frame.isConnected) return;
      warn(
        "the app did not answer from its frame within " + ANSWER_WITHIN_MS / 1000 + " s: " +
          "is this page allowed to frame it (the app host's Content-Security-Policy " +
          "frame-ancestors, or X-Frame-Options)? A link to open it in a new tab is shown"
      );
      fallback = fallbackLine();
      if (frame.parentNode) frame.parentNode.insertBefore(fallback, frame.nextSibling);
    }
    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow) {
        // Other widgets (and other embeds of the app) talk too: complain only about
        // look-alikes of our messages from another origin.
        if (isOurs(event.data) && event.origin !== appOrigin) {
          warn("ignored a message from " + quote(event.origin) + ": not the app's frame");
        }
        return;
      }
      if (event.origin !== appOrigin) {
        warn("ignored a message from the frame with origin " + quote(event.origin));
        return;
      }
      if (isLangMessage(event.data)) {
        heard();
        // The frame named in the language on screen, unless the host named it (data-title).
        // The host's own title keeps its own language (found by a review).
        if (!cfg.title) {
          frame.title = TITLES[event.data.lang];
          frame.setAttribute("lang", event.data.lang);
        }
        return;
      }
      if (!isHeightMessage(event.data)) {
        warn("ignored a malformed message from the app");
        return;
      }
      heard();
      frame.style.height = Math.ceil(event.data.height) + "px";
    });
    frame.addEventListener("load", function () {
      // Without an origin to answer to, the app never answers: that is no sign of a refusal.
      if (!answered && canAnswer) setTimeout(notAnswered, ANSWER_WITHIN_MS);
      // In case the first height message came before this listener could matter.
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: REQUEST_HEIGHT }, appOrigin);
      }
    });
    frame.src = src.href;
    // The snippet pasted twice: one app, and a word to the team (found by an embedding audit:
    // two frames stacked, nothing said). A direct mount says so itself.
    if (target.querySelector("iframe[data-iin-precheck]")) {
      warn("this element already holds the app; the snippet is on the page twice, so this copy is skipped");
      return;
    }
    frame.setAttribute("data-iin-precheck", "");
    target.appendChild(frame);
    announce(target, { mode: "iframe", frame: frame });
  }

  // The API as a classic script (api/iin_precheck.classic.js, wasm inside): from another
  // origin it needs no CORS and no connect-src; it announces itself on its own element.
  function loadApi() {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = new URL("api/iin_precheck.classic.js", base).href;
      tag.addEventListener("iin-precheck:api", function (e) {
        resolve(e.detail);
      });
      tag.addEventListener("iin-precheck:api-error", function (e) {
        reject(e.detail);
      });
      tag.addEventListener("error", function () {
        reject(new Error("could not load " + tag.src));
      });
      (document.head || document.documentElement).appendChild(tag);
    });
  }

  function embedMount(target) {
    loadApi().then(
      function (api) {
        var options = { stylesheet: new URL("api/iin-precheck.css", base).href };
        ["country", "lang", "ruleset", "accent"].forEach(function (name) {
          if (cfg[name]) options[name] = cfg[name];
        });
        var handle;
        try {
          handle = api.mount(target, options);
        } catch (e) {
          // The element already holds the app, or is no place for it: a team's mistake the
          // message names; the app (if any) is still there.
          warn("could not mount the app: " + (e && e.message ? e.message : e));
          return;
        }
        announce(target, {
          mode: "mount",
          unmount: function () {
            handle.unmount();
          },
        });
      },
      function (e) {
        // The app's code did not arrive or could not run here (a CSP without
        // 'wasm-unsafe-eval', a blocked script host, no connection): the applicant gets the
        // app's own page in a new tab, not an empty box (found by an audit of the embeds).
        warn(
          "could not load the app (is the app's host in script-src, with 'wasm-unsafe-eval'? " +
            "docs/embedding.md): " + (e && e.message ? e.message : e) + ". A link to open it in a new tab is shown"
        );
        if (target.querySelector("[data-iin-precheck-fallback]")) return;
        var line = fallbackLine();
        if (target.shadowRoot && target.parentNode) {
          target.parentNode.insertBefore(line, target.nextSibling);
        } else {
          target.appendChild(line);
        }
      }
    );
  }

  whenReady(function () {
    try {
      var target = findTarget();
      if (mode === "mount") {
        embedMount(target);
      } else {
        embedIframe(target);
      }
    } catch (e) {
      warn("could not embed the app: " + (e && e.message ? e.message : e));
    }
  });
})();
