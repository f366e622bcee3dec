/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard-scss', 'stylelint-config-html/astro'],
  ignoreFiles: ['dist/**', '.dist.staging*/**', '.dist.previous*/**', 'tests/.tmp/**', '.tmp-cache/**'],
  rules: {
    // USWDS names classes BEM-style (`usa-accordion__button--open`), and our `cap-*` classes follow it.
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      { message: (selector) => `Expected class selector "${selector}" to be kebab-case BEM (block__element--modifier)` },
    ],
    // `:global()` is how an Astro component's scoped <style> reaches markup it does not render.
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
  },
};
