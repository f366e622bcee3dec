import { expect, type Page } from '@playwright/test';

/** How a focus ring can show: the outline, or a box shadow (which forced-colors mode drops). */
interface RingStyle {
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
}

/** The focused element and its ring, focused and not. */
export interface FocusStop {
  /** Tag, accessible text and href or type, to say in a failure which stop it was. */
  name: string;
  focused: RingStyle;
  unfocused: RingStyle;
  /** Whether what shows the ring (the element, or a USWDS checkbox's drawn box) lies inside the viewport. */
  inViewport: boolean;
}

/**
 * Reads the ring of the element that has focus, then blurs it, reads it again and focuses it again, so the caller
 * sees the difference focus makes. USWDS hides the checkbox input itself and draws the box, and its ring, as the
 * label's `::before`: that is where the ring is read for a checkbox.
 */
export async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(async () => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    // Let transitions that focus starts finish (USWDS slides the skip link in), so the ring is read where it comes to rest.
    await Promise.all(el.getAnimations().map((animation) => animation.finished));
    const drawnBox = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.labels?.[0] : undefined;
    const ringOf = (): RingStyle => {
      const style = drawnBox ? getComputedStyle(drawnBox, '::before') : getComputedStyle(el);
      return { outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth), outlineColor: style.outlineColor, boxShadow: style.boxShadow };
    };
    const focused = ringOf();
    const box = (drawnBox ?? el).getBoundingClientRect();
    const inViewport = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    el.blur();
    const unfocused = ringOf();
    el.focus({ preventScroll: true });
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const name = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}" ${el.getAttribute('href') ?? el.getAttribute('type') ?? ''}`.trim();
    return { name, focused, unfocused, inViewport };
  });
}

/** The widest length, in px, in a computed `box-shadow` ("rgb(…) 0px 0px 0px 4px" gives 4); 0 for none. */
function shadowSize(boxShadow: string): number {
  if (boxShadow === 'none') return 0;
  return Math.max(0, ...[...boxShadow.matchAll(/(-?[\d.]+)px/g)].map((match) => Math.abs(Number(match[1]))));
}

/** A ring a sighted keyboard user can see: a solid outline or a shadow at least 2 px wide, not there without focus. */
export function expectVisibleRing(stop: FocusStop | null, { shadowCounts = true } = {}): asserts stop is FocusStop {
  expect(stop, 'something has focus').not.toBeNull();
  if (!stop) return;
  const { focused, unfocused } = stop;
  const outline = focused.outlineStyle !== 'none' && focused.outlineStyle !== 'hidden' && focused.outlineWidth >= 2;
  const shadow = shadowCounts && shadowSize(focused.boxShadow) >= 2;
  expect(outline || shadow, `${stop.name}: a focus ring of 2 px or more (${JSON.stringify(focused)})`).toBe(true);
  const changed =
    (outline &&
      (focused.outlineStyle !== unfocused.outlineStyle ||
        focused.outlineWidth !== unfocused.outlineWidth ||
        focused.outlineColor !== unfocused.outlineColor)) ||
    (shadow && focused.boxShadow !== unfocused.boxShadow);
  expect(changed, `${stop.name}: focus changes the ring (unfocused ${JSON.stringify(unfocused)})`).toBe(true);
  expect(stop.inViewport, `${stop.name}: on screen when focused`).toBe(true);
}

/**
 * Presses Tab until `isTarget` holds for the focused element, checking the ring at every stop on the way, and
 * returns the names of the stops. Fails if the target is not reached within `maxStops` presses.
 */
export async function tabTo(page: Page, targetSelector: string, maxStops: number, options?: { shadowCounts?: boolean }): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    expectVisibleRing(stop, options);
    names.push(stop.name);
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, targetSelector)) return names;
  }
  throw new Error(`${targetSelector} not reached in ${maxStops} Tab presses; stops: ${names.join(' | ')}`);
}
