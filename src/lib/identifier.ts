/**
 * What the USWDS identifier (the footer every federal site carries) says about who runs
 * the site. This site has no About or FOIA pages of its own, so those required links point to
 * the agencies' own pages; privacy, vulnerability disclosure and contact come from site-config.
 * Check these addresses with the site owner before launch: agencies move them.
 */
import { DATA_PATH } from './open-data/paths.ts';
import { contactUrl, privacyPolicyUrl, vulnerabilityDisclosureUrl } from '../site-config.ts';
import { ACCESSIBILITY_PATH } from './urls.ts';

export interface IdentifierLink {
  label: string;
  href: string;
}

/** The site's own domain, shown first. */
export const siteDomain = 'performance.gov';

/** The agencies the site belongs to: the parent agency first. */
export const agencies: readonly IdentifierLink[] = [
  { label: 'Office of Management and Budget', href: 'https://www.whitehouse.gov/omb/' },
  { label: 'General Services Administration', href: 'https://www.gsa.gov/' },
];

/** The links USWDS requires in every identifier, in its order. */
export const requiredLinks: readonly IdentifierLink[] = [
  { label: 'About OMB', href: 'https://www.whitehouse.gov/omb/' },
  { label: 'Accessibility statement', href: ACCESSIBILITY_PATH },
  { label: 'FOIA requests', href: 'https://www.gsa.gov/reference/freedom-of-information-act-foia' },
  {
    label: 'No FEAR Act data',
    href: 'https://www.gsa.gov/reference/civil-rights-programs/notification-and-federal-employee-antidiscrimination-and-retaliation-act-of-2002',
  },
  { label: 'Office of the Inspector General', href: 'https://www.gsaig.gov/' },
  { label: 'Performance reports', href: 'https://www.gsa.gov/reference/reports/budget-performance' },
  { label: 'Privacy policy', href: privacyPolicyUrl },
  // Asked of every federal site by OMB M-20-32 and M-23-22; the same policy security.txt names.
  { label: 'Vulnerability disclosure policy', href: vulnerabilityDisclosureUrl },
  { label: 'Contact', href: contactUrl },
];

/** The site's own pages every footer links to, after the required links: the open data for developers. */
export const siteLinks: readonly IdentifierLink[] = [{ label: 'Open data', href: DATA_PATH }];
