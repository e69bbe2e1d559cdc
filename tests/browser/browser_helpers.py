"""Helpers shared by the browser tests (fixtures are in conftest.py)."""
from __future__ import annotations

from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
AXE = Path(__file__).resolve().parents[2] / "web" / "static" / "vendor" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def run_axe(page) -> list[dict]:
    """axe-core in the page (loaded from this site, so the CSP allows it); the violations."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(url="/static/vendor/axe-core/axe.min.js")
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
    }""")
    return result


def screenshot(page, name: str) -> Path:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def focused(page) -> dict:
    """What has the keyboard focus, and whether the focus is visible (an outline or a ring)."""
    return page.evaluate("""() => {
        const el = document.activeElement;
        if (!el || el === document.body) return {tag: 'body'};
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const ring = style.boxShadow && style.boxShadow !== 'none';
        return {tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'), type: el.getAttribute('type'),
                href: el.getAttribute('href'), text: (el.innerText || el.value || '').trim().slice(0, 80),
                cls: el.className || '', visible: outline || ring};
    }""")


def tab_to(page, predicate, limit: int = 250, backwards: bool = False) -> dict:
    """Press Tab until ``predicate(focused)`` holds; every stop on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        now = focused(page)
        if now["tag"] != "body":
            assert now["visible"], f"focus is not visible on {now}"
        if predicate(now):
            return now
    raise AssertionError("could not reach the element with the keyboard")


def open_chat_with_keyboard(page) -> None:
    """Tab to the chat launcher and press Enter: the panel opens and the input has the focus."""
    launcher = page.locator(".chat__launcher")
    assert launcher.get_attribute("aria-expanded") == "false"
    tab_to(page, lambda f: "chat__launcher" in f["cls"])
    page.keyboard.press("Enter")
    assert launcher.get_attribute("aria-expanded") == "true"
    assert focused(page)["id"] == "chat-input"
