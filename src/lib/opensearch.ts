import XMLBuilder from 'fast-xml-builder';
import { siteAddress } from './urls.ts';

/** What an OpenSearch description says of a site. */
export interface OpenSearchOptions {
  /** The site's name, as browsers list it among their search engines: cut to OpenSearch's 16 characters. */
  title: string;
  description: string;
  /** The site's address, with a trailing slash (`https://inkstone.example.com/`). */
  url: string;
  /** The site's language (`zh-CN`). */
  language: string;
  /** The path of the site's search page, which reads the query from `?q=`. */
  searchPath: string;
  /** The path of the site's icon, and its type. */
  icon: { path: string; type: string };
}

/** OpenSearch 1.1's limit on `ShortName`, in characters. */
const SHORT_NAME_LENGTH = 16;

/**
 * An OpenSearch 1.1 description of the site's search, which lets a browser add the site as a search engine (the head
 * links to it with `rel="search"`): a query typed in the address bar opens the search page with it.
 *
 * @example
 * openSearchDescription({ title: 'Inkstone', …, url: 'https://inkstone.example.com/', searchPath: '/search/' });
 * // <Url type="text/html" method="get" template="https://inkstone.example.com/search/?q={searchTerms}"/> among others
 */
export function openSearchDescription({ title, description, url, language, searchPath, icon }: OpenSearchOptions) {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    format: true,
    suppressEmptyNode: true,
  });
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    OpenSearchDescription: {
      '@xmlns': 'http://a9.com/-/spec/opensearch/1.1/',
      ShortName: Array.from(title).slice(0, SHORT_NAME_LENGTH).join(''),
      Description: description,
      InputEncoding: 'UTF-8',
      Language: language,
      Image: { '@type': icon.type, '#text': siteAddress(icon.path, url) },
      Url: { '@type': 'text/html', '@method': 'get', '@template': `${siteAddress(searchPath, url)}?q={searchTerms}` },
    },
  }) as string;
}
