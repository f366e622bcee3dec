import type { APIRoute } from 'astro';
import { securityTxt } from '../../lib/site-files.ts';
import { securityContact, vulnerabilityDisclosureUrl } from '../../site-config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    securityTxt({
      contact: securityContact,
      canonical: new URL('/.well-known/security.txt', site).href,
      now: new Date(),
      policy: vulnerabilityDisclosureUrl,
    }),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
