import type { APIRoute } from 'astro';
import { openSearchDescription } from '../lib/opensearch';
import { site } from '../site.config';

export const GET: APIRoute = () =>
  new Response(
    openSearchDescription({
      title: site.title,
      description: site.description,
      url: site.url,
      language: site.language,
      searchPath: '/search/',
      icon: { path: '/favicon.svg', type: 'image/svg+xml' },
    }),
    { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } },
  );
