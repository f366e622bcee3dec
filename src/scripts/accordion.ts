/**
 * `<cap-accordion>`: upgrades server-rendered sections (`<section id>` > `<h2>` + `<div id="{id}-content">`)
 * into a USWDS-styled accordion, following GOV.UK Frontend's accordion behaviour.
 *
 * - Each `<h2>` gets a `<button aria-expanded aria-controls>` holding its text; the heading level stays.
 * - Closed content gets `hidden="until-found"`, so find-in-page and fragment links still reach it
 *   (the browser fires `beforematch`, and we mark the section open); plain `hidden` where unsupported.
 * - A "Show all sections" / "Hide all sections" button; several sections may be open at once.
 * - A URL hash naming a section, or anything inside one, opens it (on load and on `hashchange`).
 * - Open sections are remembered for the session, per page path, in `sessionStorage`.
 * - `data-enhanced` on the element lets the accordion's CSS apply only once this script has run.
 *
 * Budget: 1 KB gzipped as shipped (tests/e2e/accordion-budget.spec.ts). Keep it small.
 */
const untilFound = 'onbeforematch' in document.body;
const storageKey = 'cap-accordion:' + location.pathname;

class CapAccordion extends HTMLElement {
  connectedCallback(): void {
    if (this.hasAttribute('data-enhanced')) return;
    const sections = [...this.querySelectorAll<HTMLElement>(':scope > section')];
    const buttons: HTMLButtonElement[] = [];
    const contents: HTMLElement[] = [];
    const open: boolean[] = [];
    const makeButton = (): HTMLButtonElement => {
      const button = document.createElement('button');
      button.type = 'button';
      return button;
    };
    const showAll = makeButton();
    showAll.className = 'usa-button usa-button--unstyled cap-accordion__all';

    /** Reflects `open` on the buttons, the content and the show-all label, and saves it. */
    const render = (): void => {
      const allOpen = !open.includes(false);
      open.forEach((isOpen, i) => {
        buttons[i]?.setAttribute('aria-expanded', String(isOpen));
        if (isOpen) contents[i]?.removeAttribute('hidden');
        else contents[i]?.setAttribute('hidden', untilFound ? 'until-found' : '');
      });
      showAll.setAttribute('aria-expanded', String(allOpen));
      showAll.textContent = (allOpen ? 'Hide' : 'Show') + ' all sections';
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(sections.filter((_, i) => open[i]).map((s) => s.id)));
      } catch {
        // Storage may be disabled or full: the accordion still works, it just forgets.
      }
    };

    /** Opens the section that the URL hash names or sits inside. */
    const openHash = (): void => {
      let target: Element | null = null;
      try {
        // Not `:target`: on load it is not set yet when this runs.
        target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      } catch {
        // A malformed escape in the hash names nothing.
      }
      const i = sections.findIndex((section) => section.contains(target));
      if (i >= 0) {
        open[i] = true;
        render();
        // With until-found the browser opens and scrolls by itself; plain `hidden` made it scroll to nothing.
        if (!untilFound) target?.scrollIntoView();
      }
    };

    let saved: string[] = [];
    try {
      saved = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]') as string[];
    } catch {
      // No storage: start with every section closed.
    }

    sections.forEach((section, i) => {
      const heading = section.querySelector('h2');
      const content = document.getElementById(section.id + '-content');
      // The server markup always has both; without them the sections and their buttons would fall out of step.
      if (!heading || !content) throw Error('cap-accordion: #' + section.id);
      const button = makeButton();
      button.className = 'usa-accordion__button';
      button.setAttribute('aria-controls', content.id);
      button.append(...heading.childNodes);
      heading.append(button);
      heading.classList.add('usa-accordion__heading');
      button.onclick = () => {
        open[i] = !open[i];
        render();
      };
      // Find-in-page or a fragment link is revealing closed content: the browser removes `hidden`.
      content.addEventListener('beforematch', () => {
        open[i] = true;
        render();
      });
      buttons.push(button);
      contents.push(content);
      open.push(saved.includes(section.id));
    });

    showAll.onclick = () => {
      open.fill(open.includes(false));
      render();
    };
    this.prepend(showAll);
    this.setAttribute('data-enhanced', '');
    render();
    openHash();
    addEventListener('hashchange', openHash);
  }
}

customElements.define('cap-accordion', CapAccordion);
