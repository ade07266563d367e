"""Accessibility checks in a real browser, shared by the web chat's and the admin's browser tests.

- `axe_violations(page)`: axe-core's WCAG 2.0/2.1/2.2 A and AA rules (and its best practices) on the page.
  axe-core comes from the npm registry into var/axe (`make axe`, part of `make browser` and `make test`).
- `keyboard_walk(page)`: Tab through every focus stop; a stop is hidden when part of it is off screen or
  covered by another element (the sticky input form); also its focus ring's contrast against what is
  behind it (computed styles), and its size as a touch target.
- Sizes: a phone (390×844) and 200 % zoom — a 1280×800 window at 200 % is 640×400 CSS pixels, and the
  same phone at 200 % is 195×422.

Chromium is Debian's (/usr/bin/chromium, `make browser`); without it, or without axe-core, the tests say
why they are skipped.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "var" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@dataclass(frozen=True)
class Size:
    name: str
    width: int
    height: int
    scale: float  # device pixels per CSS pixel (zoom doubles it)
    mobile: bool


PHONE = Size("phone", 390, 844, 2, True)
ZOOM_200 = Size("zoom200", 640, 400, 2, False)        # a 1280×800 window at 200 %
PHONE_ZOOM_200 = Size("phone-zoom200", 195, 422, 4, True)  # the phone at 200 %
SIZES = [PHONE, ZOOM_200, PHONE_ZOOM_200]


def need_chromium() -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium (as root)",
                    allow_module_level=True)  # called at module level too: skip, not a collection error


def need_axe() -> str:
    if not AXE.exists():
        why = ("`make axe` installs axe-core from the npm registry into var/axe" if shutil.which("npm")
               else "npm is missing, so axe-core cannot be installed (`make axe` needs npm)")
        pytest.skip(f"{AXE.relative_to(ROOT)} is missing: {why}")
    return AXE.read_text(encoding="utf-8")


def context_options(size: Size) -> dict[str, Any]:
    return {"viewport": {"width": size.width, "height": size.height}, "device_scale_factor": size.scale,
            "is_mobile": size.mobile, "has_touch": size.mobile, "locale": "ja-JP", "reduced_motion": "reduce"}


def axe_violations(page: Any, source: str) -> list[str]:
    """axe-core's violations on the page as it is now, one line each (rule, impact, where)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(source)  # evaluated by the browser's debugger, not as a page script: the CSP stays
    result = page.evaluate("""async (tags) => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
        return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
            + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n')[1])
                     .join(' | '));
    }""", AXE_TAGS)
    return list(result)


# The page-side half of the keyboard walk: where the focused element is, what covers it, its ring.
_INSPECT = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  const cs = getComputedStyle(el);
  const out = cs.outlineStyle === 'none' ? 0 : (parseFloat(cs.outlineOffset) || 0) + (parseFloat(cs.outlineWidth) || 0);
  const ring = {top: r.top - out, left: r.left - out, bottom: r.bottom + out, right: r.right + out};  // with its ring
  // A text area is scrolled into view only as far as its caret (the browser's doing, and a page without
  // script cannot change it): there its ring's top and its first line must show, not the whole box.
  if (el.tagName === 'TEXTAREA') {
    ring.bottom = Math.min(ring.bottom, r.top + (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.lineHeight) || 24));
  }
  // An element taller than the screen cannot show whole: then its top must.
  if (ring.bottom - ring.top > vh) ring.bottom = Math.min(ring.bottom, Math.max(ring.top, 0) + vh / 2);
  const problems = [];
  if (ring.top < 0 || ring.left < 0 || ring.bottom > vh || ring.right > vw) problems.push('off screen');
  // Points inside the element (a fifth in from each side: hit testing follows rounded corners).
  const xs = [.2, .5, .8].map(f => r.left + r.width * f), ys = [.2, .5, .8].map(f => r.top + r.height * f);
  const covers = new Set();
  const label = (n) => n.tagName.toLowerCase() + (n.id ? '#' + n.id : '');
  for (const x of xs) for (const y of ys) {
    if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
    const hit = document.elementFromPoint(x, y);
    if (hit && hit !== el && !el.contains(hit)) covers.add(label(hit.closest('form, header, [id]') || hit));
  }
  // Sticky or fixed boxes (the input form) over the element or its ring.
  for (const n of document.querySelectorAll('body *')) {
    const pos = getComputedStyle(n).position;
    if ((pos !== 'sticky' && pos !== 'fixed') || n.contains(el)) continue;
    const b = n.getBoundingClientRect();
    if (b.left < ring.right && b.right > ring.left && b.top < ring.bottom && b.bottom > ring.top) covers.add(label(n));
  }
  if (covers.size) problems.push('covered by ' + [...covers].join(', '));
  const parse = (c) => { const m = c.match(/[\\d.]+/g) || []; return m.map(Number); };
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const behind = (node) => {  // the first opaque background from the parent up
    for (let n = node.parentElement; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const width = parseFloat(cs.outlineWidth) || 0;
  const color = cs.outlineStyle !== 'none' && width >= 2 ? parse(cs.outlineColor).slice(0, 3) : null;
  const name = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || el.id || '').trim().slice(0, 40);
  return {
    tag: el.tagName.toLowerCase(), name, problems,
    ring: color ? ratio(color, behind(el)) : 0, ringWidth: width,
    w: r.width, h: r.height,
    at: [r.left, r.top, r.right, r.bottom].map(Math.round).join(',') + ' in ' + vw + '×' + vh,
  };
}"""


@dataclass
class Walk:
    stops: list[dict[str, Any]] = field(default_factory=list)

    @property
    def hidden(self) -> list[str]:
        return [f"{s['tag']} 「{s['name']}」 at {s['at']}: {', '.join(s['problems'])}" for s in self.stops if s["problems"]]

    @property
    def min_ring(self) -> float:
        return min((s["ring"] for s in self.stops), default=0.0)

    @property
    def small(self) -> list[str]:
        return [f"{s['tag']} 「{s['name']}」 {s['w']:.0f}×{s['h']:.0f}" for s in self.stops
                if s["tag"] != "textarea" and (s["w"] < 44 or s["h"] < 44)]


def inspect_focus(page: Any) -> dict[str, Any] | None:
    found: dict[str, Any] | None = page.evaluate(_INSPECT)
    return found


def keyboard_walk(page: Any, limit: int = 200) -> Walk:
    """Tab from the top of the page through every focus stop, recording each one as it is shown."""
    page.evaluate("""() => {  // the sequential focus starting point: the top of the page
        window.scrollTo(0, 0);
        document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex');
    }""")
    walk = Walk()
    first: Any = None
    for _ in range(limit):
        page.keyboard.press("Tab")
        page.wait_for_timeout(100)  # the page's own scrolling on focus (after a frame)
        handle = page.evaluate_handle("() => document.activeElement")
        if first is not None and page.evaluate("([a, b]) => a === b", [handle, first]):
            break
        stop = inspect_focus(page)
        if stop is None:
            break
        first = first or handle
        walk.stops.append(stop)
    return walk
