import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../site-content.ts';
import { nginxRedirects, redirectsByAddress, siteRedirects } from '../lib/redirects.ts';
import { HEADERS_FILE_PATH, headersFile, nginxHeaders, nginxMaps, SERVER_FILES_PATH } from '../lib/security-headers.ts';
import { dapAgency, searchGovAffiliate } from '../site-config.ts';

// What web servers read beside the pages, from the same modules as the pages' own policy and redirect pages:
// `_headers` (Netlify, Cloudflare Pages), the files deploy/nginx.conf includes and the redirects as JSON, under `/_server/`,
// which deploy/nginx.conf refuses to serve.
export const getStaticPaths = (async () => {
  const { goals, posts } = await siteContent();
  const settings = { dapAgency, searchGovAffiliate };
  const redirects = siteRedirects(goals, posts);
  const files: [string, string][] = [
    [HEADERS_FILE_PATH, headersFile(settings)],
    [`${SERVER_FILES_PATH}nginx-maps.conf`, nginxMaps(settings)],
    [`${SERVER_FILES_PATH}nginx-headers.conf`, nginxHeaders()],
    [`${SERVER_FILES_PATH}nginx-redirects.conf`, nginxRedirects(redirects)],
    // For a CloudFront Function or any other host's redirect rules (README, "Serving").
    [`${SERVER_FILES_PATH}redirects.json`, `${JSON.stringify(redirectsByAddress(redirects), null, 1)}\n`],
  ];
  return files.map(([path, body]) => ({ params: { serverFile: path.slice(1) }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
