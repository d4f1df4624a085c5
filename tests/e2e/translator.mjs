// A page translator as Chrome's "Translate this page" works: each text node with words is
// replaced by <font><font>translation</font></font>, and text that appears later is
// translated as it comes (a MutationObserver). The "translation" here is the text itself, so
// that a test finds the page's elements by their usual names; what it catches is a text the
// app writes into a node the translator has taken off the page (ui/fresh.rs).
export const TRANSLATE = `(() => {
  if (window.__translated) return;
  window.__translated = true;
  // Chrome marks the page it has translated (and says the page's language is the reader's).
  document.documentElement.classList.add("translated-ltr");
  const skip = (el) => el && el.closest("script,style,noscript,textarea,title,[translate=no],font[data-translated]");
  const translate = (t) => {
    if (!t.parentNode || !/\\S/.test(t.data) || skip(t.parentElement)) return;
    const outer = document.createElement("font");
    outer.dataset.translated = "";
    const inner = document.createElement("font");
    inner.textContent = t.data;
    outer.appendChild(inner);
    t.parentNode.replaceChild(outer, t);
  };
  const all = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n);
    found.forEach(translate);
  };
  all(document.body);
  let pending = new Set();
  let timer = null;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "childList") r.addedNodes.forEach((n) => pending.add(n));
      else pending.add(r.target);
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = [...pending];
      pending = new Set();
      for (const n of now) {
        if (!n.isConnected) continue;
        if (n.nodeType === 3) translate(n);
        else if (n.nodeType === 1) all(n);
      }
    }, 30);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})();`;

/** Turns the translator on in `page` (after the app has taken over). */
export async function translate(page) {
  await page.evaluate(TRANSLATE);
}
