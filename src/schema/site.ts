import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { isPlausibleSiteScript } from '../lib/analytics.ts';
import { expected } from './messages.ts';

/** The languages Inkstone ships UI strings for. */
export const SiteLanguageSchema = z.enum(['zh-CN', 'zh-TW', 'en'], {
  error: (issue) => expected('zh-CN, zh-TW or en', issue.input, "write language: 'zh-CN'"),
});

/** Text that must say something: `expected the site's title, found an empty value — write title: 'My blog'`. */
const text = (what: string, fix: string) =>
  z
    .string({ error: (issue) => expected(what, issue.input, fix) })
    .trim()
    .min(1, { error: (issue) => expected(what, issue.input, fix) });

/** A path from the site's root (`/about/`, not `//host/`) or an https:// address. */
export const SITE_PATH_OR_HTTPS = /^(?:\/(?!\/)|https:\/\/)/u;

/** One entry of the header navigation. */
export const NavItemSchema = z.strictObject({
  /** Key into the UI strings (`nav.home`, …) or a literal label. */
  label: text('a label', "write label: 'nav.home', or words of your own"),
  /** A path from the site's root (`/timeline/`), or another site's address (`https://github.com/me`). */
  href: z.string().regex(SITE_PATH_OR_HTTPS, {
    error: (issue) => {
      const path = `/${String(issue.input).replace(/^[./]+/u, '')}`;
      // A page's address ends in `/`, a file's in its extension.
      const fix = `write href: '${/(?:\/|\.\w+)$/u.test(path) ? path : `${path}/`}', or an https:// address`;
      return expected("a path from the site's root or an https:// address", issue.input, fix);
    },
  }),
});

/** An address a page may load from: a path from the site root (`public/`'s files), or an https:// address. */
const siteAsset = z.string().regex(SITE_PATH_OR_HTTPS, 'expected a path from the site root or an https:// address');

/** An ICP filing number as the MIIT's register gives it: `京ICP备2023012345号`, with its site's `-1` if it has one. */
const ICP_NUMBER = /^\p{Script=Han}ICP备\d{6,12}号(?:-\d+)?$/u;

/** A public security filing number: `京公网安备11010502030143号`, the digits (14) naming it in the register. */
export const POLICE_NUMBER = /^\p{Script=Han}公网安备\s?(\d{14})号$/u;

/** A filing number matching `pattern`, as the register shows it (`example`). */
const filingNumber = (pattern: RegExp, example: string) =>
  z
    .string()
    .trim()
    .regex(pattern, {
      error: (issue) => expected(`a filing number such as ${example}`, issue.input, 'copy it as the register shows it'),
    });

/** Every IANA time zone this Node knows (`Asia/Shanghai`), and UTC. */
const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/** A whole number from `min` up: `expected a whole number from 1, found "10" — write postsPerPage: 10`. */
const count = (field: string, min: number, example: number) =>
  z
    .number({ error: (issue) => expected(`a whole number from ${min}`, issue.input, `write ${field}: ${example}`) })
    .check((ctx) => {
      if (Number.isInteger(ctx.value) && ctx.value >= min) return;
      const message = expected(`a whole number from ${min}`, ctx.value, `write ${field}: ${example}`);
      ctx.issues.push({ code: 'custom', input: ctx.value, message });
    });

/** The one typed site configuration; see `src/site.config.ts`. */
export const SiteConfigSchema = z.strictObject({
  /** Site title, shown in the header and in every `<title>`. */
  title: text("the site's title", "write title: 'My blog'"),
  /** One-sentence description for the home page, feeds and search engines. */
  description: text(
    'a sentence saying what the site is about',
    "write description: '写给技术写作者的博客：人工智能、前端工程与写作工具。'",
  ),
  /** Default author of every post. */
  author: text("the name of the site's author", "write author: '张三'"),
  /**
   * The address the site is served at, ending in `/`: `https://blog.example.com/`, or a path under a host, as a GitHub
   * Pages project site is (`https://me.github.io/blog/`), under which every page, file and link of the site then is.
   */
  url: z
    .url({ error: (issue) => expected("the site's address", issue.input, "write url: 'https://blog.example.com/'") })
    .check((ctx) => {
      const url = URL.parse(ctx.value);
      // Not an address at all is said above.
      if (!url || (url.pathname.endsWith('/') && url.search === '' && url.hash === '')) return;
      const fix = `${url.origin}${url.pathname.replace(/\/?$/u, '/')}`;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `expected the site's address ending in /, without ? or #, found "${ctx.value}" — write ${fix}`,
      });
    }),
  /** Language of the UI and of `<html lang>`: `zh-CN`, the default, `zh-TW` (Traditional, as Taiwan writes it) or `en`. */
  language: SiteLanguageSchema.default('zh-CN'),
  /** IANA time zone in which date-times are turned into calendar dates. */
  timeZone: z
    .string()
    .check((ctx) => {
      if (TIME_ZONES.includes(ctx.value)) return;
      const near = closest(ctx.value, TIME_ZONES);
      const fix = distance(near, ctx.value) <= 3 ? `did you mean ${near}?` : "write one such as 'Asia/Shanghai'";
      ctx.issues.push({ code: 'custom', input: ctx.value, message: expected('an IANA time zone', ctx.value, fix) });
    })
    .default('Asia/Shanghai'),
  /** Posts per page on the home list. */
  postsPerPage: count('postsPerPage', 1, 10).default(10),
  /**
   * How many of the newest posts the RSS and Atom feeds carry, each in full. Readers poll feeds often, so a feed of
   * every post would grow without end (a thousand posts with math make tens of megabytes).
   */
  feedLimit: count('feedLimit', 1, 20).default(20),
  /** How many related posts (sharing tags, else the category) end each post; 0 for none. */
  relatedPosts: count('relatedPosts', 0, 3).default(3),
  /**
   * From how many days after its last change (`updated`, else `date`) a post tells its readers it may be out of date,
   * above its text (本文最后更新于2年前，其中的信息可能已经过时。); 0 for never.
   */
  outdatedAfterDays: count('outdatedAfterDays', 0, 365).default(0),
  /**
   * Ways readers may tip the author (赞赏), as Chinese blogs offer at the end of each post: each a name and a picture of
   * its QR code, `{ name: '微信', image: '/reward/wechat.png' }` (a file of `public/`, or an https:// address), shown
   * when a reader opens them, under `text` (the site's language's own words by default). None when absent; a post
   * with `reward: false` shows none either.
   */
  reward: z
    .strictObject({
      text: text('words above the codes', "write text: '请作者喝杯咖啡。', or leave it out").optional(),
      codes: z
        .array(z.strictObject({ name: text("the code's name", "write name: '微信'"), image: siteAsset }))
        .min(1, "expected at least one code, found none — add { name: '微信', image: '/reward/wechat.png' }"),
    })
    .optional(),
  /** Header navigation, in order. */
  nav: z.array(NavItemSchema).min(1, "expected at least one link, found none — add { label: 'nav.home', href: '/' }"),
  /**
   * Where a post's source can be edited, as documentation sites offer: its path from the project root is added to
   * `baseUrl` (`https://github.com/me/blog/edit/main/` → `…/edit/main/content/blogs/a.md`), and each post ends with a
   * link there. None when absent.
   */
  editLink: z
    .strictObject({
      baseUrl: z
        .url({
          error: (issue) =>
            expected('an address ending in /', issue.input, "write baseUrl: 'https://github.com/me/blog/edit/main/'"),
        })
        .check((ctx) => {
          if (ctx.value.endsWith('/')) return;
          const message = expected('an address ending in /', ctx.value, `write baseUrl: '${ctx.value}/'`);
          ctx.issues.push({ code: 'custom', input: ctx.value, message });
        }),
    })
    .optional(),
  /**
   * The license the posts are published under, as `{ name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/…' }`:
   * each post ends with a notice of its author, its address and the license (a 版权声明, as Chinese blogs have, so a
   * reader who shares it knows the terms and whom to credit), which the footer and the post's JSON-LD name too.
   * None when absent.
   */
  license: z
    .strictObject({
      name: text("the license's name", "write name: 'CC BY-NC-SA 4.0'"),
      url: z
        .url({
          error: (issue) =>
            expected("the address of the license's text", issue.input, 'write its full address, or leave url out'),
        })
        .optional(),
    })
    .optional(),
  /**
   * The site's filings, which a site hosted in mainland China must show at the foot of every page, each linked to its
   * register: `icp`, its ICP 备案号 (`京ICP备2023012345号-1`, to beian.miit.gov.cn), and `police`, its 公安备案号
   * (`京公网安备11010502030143号`, to beian.mps.gov.cn). None when absent.
   */
  beian: z
    .strictObject({
      icp: filingNumber(ICP_NUMBER, '京ICP备2023012345号-1').optional(),
      police: filingNumber(POLICE_NUMBER, '京公网安备11010502030143号').optional(),
    })
    .optional(),
  /**
   * Counting the site's readers, by the services named (any of them): each page of a build loads the service's script
   * from the service, the dev server's none, so an author's own previews count for nothing. None when absent.
   */
  analytics: z
    .strictObject({
      /** [Umami](https://umami.is), the cloud's or a server of the site's own: its script's address and the site's id. */
      umami: z
        .strictObject({
          src: z.url({
            protocol: /^https$/u,
            error: "expected the address of Umami's script, e.g. https://cloud.umami.is/script.js",
          }),
          websiteId: z.uuid({
            error: "expected the website's id Umami gives, e.g. 94db1cb1-74f4-4a40-ad6c-962362670409",
          }),
        })
        .optional(),
      /** Google Analytics 4, by the web stream's measurement id. */
      google: z
        .strictObject({
          measurementId: z.string().regex(/^G-[A-Z\d]{4,}$/u, 'expected a measurement id such as G-ABC123DEF4'),
        })
        .optional(),
      /** Baidu Tongji (百度统计), by the site's id: the 32 characters after `hm.js?` in the code it gives. */
      baidu: z
        .strictObject({
          id: z
            .string()
            .regex(/^[\da-f]{32}$/u, 'expected the 32 characters after hm.js? in the code Baidu Tongji gives'),
        })
        .optional(),
      /**
       * [Plausible](https://plausible.io), by the address of the script it gives the site (`https://plausible.io/js/pa-….js`
       * since October 2025), or a server of the site's own: its `script.js` with the site's `domain`.
       */
      plausible: z
        .strictObject({
          src: z.url({
            protocol: /^https$/u,
            error:
              "expected the address of Plausible's script for the site, e.g. https://plausible.io/js/pa-XXXXXXXX.js",
          }),
          domain: z
            .string()
            .regex(
              /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}$/u,
              'expected the domain the site has in Plausible, e.g. blog.example.com',
            )
            .optional(),
        })
        .check((ctx) => {
          // A site's own script (`pa-….js`) knows its site; Plausible's older `script.js` is told it.
          const { src, domain } = ctx.value;
          if (isPlausibleSiteScript(src) === (domain === undefined)) return;
          const message = isPlausibleSiteScript(src)
            ? `expected no domain with ${src}, which knows its site, found "${domain}" — remove domain`
            : `expected the domain the site has in Plausible, which ${src} needs — write domain: 'blog.example.com', or src: the pa-….js address Plausible gives`;
          ctx.issues.push({ code: 'custom', input: ctx.value, path: ['domain'], message });
        })
        .optional(),
      /** 51.la (我要啦统计), by the site's id in its code (`LA.init({id: '…', ck: '…'})`); `ck` is the id unless given. */
      '51la': z
        .strictObject({
          id: z.string().regex(/^[A-Za-z\d]{16}$/u, 'expected the 16 letters and digits of id in the code 51.la gives'),
          ck: z
            .string()
            .regex(/^[A-Za-z\d]{16}$/u, 'expected the 16 letters and digits of ck in the code 51.la gives')
            .optional(),
        })
        .optional(),
      /** Cloudflare Web Analytics, by the site's token (`data-cf-beacon`'s `token`). */
      cloudflare: z
        .strictObject({
          token: z.string().regex(/^[\da-f]{32}$/u, "expected the 32 characters of the token in Cloudflare's snippet"),
        })
        .optional(),
    })
    .optional(),
  /**
   * Comments under each post (but those with `comments: false`), by one of three services, named by its key: giscus,
   * Waline or Twikoo. Loaded when a reader asks for them, so that no page connects to the service before. None when
   * absent.
   */
  comments: z
    .strictObject({
      /**
       * Comments kept in GitHub Discussions by [giscus](https://giscus.app): the values its configuration page gives
       * for the repository. Readers comment with a GitHub account.
       */
      giscus: z
        .strictObject({
          /** The repository, `owner/name`, whose Discussions keep the comments. */
          repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/u, 'expected a repository as owner/name, e.g. me/blog'),
          repoId: text("the repository's id giscus gives", "copy data-repo-id from giscus' configuration page"),
          /** The Discussions category new threads go in, and its id. */
          category: text('a Discussions category', "copy data-category from giscus' configuration page"),
          categoryId: text("the category's id giscus gives", "copy data-category-id from giscus' configuration page"),
          /** How a page finds its thread: by its path (the default), URL, title or `og:title`. */
          mapping: z.enum(['pathname', 'url', 'title', 'og:title']).default('pathname'),
          /** Reactions to the post itself, above the comments. */
          reactions: z.boolean().default(true),
          /** Where the comment box goes: under the comments (the default), or above. */
          inputPosition: z.enum(['top', 'bottom']).default('bottom'),
        })
        .optional(),
      /**
       * Comments kept by a [Waline](https://waline.js.org) server of the site's own (on Vercel, a VPS, …), which
       * readers can reach where GitHub is slow or blocked; they comment with a name, or anonymously. Its client comes
       * with the site, not from a CDN; commenters' pictures come from where the server says (Gravatar by default).
       */
      waline: z
        .strictObject({
          /** The Waline server's address, e.g. `https://comments.example.com`. */
          serverURL: z.url({
            protocol: /^https?$/u,
            error: 'expected the address of the Waline server, e.g. https://comments.example.com',
          }),
          /** Whether readers may sign in (`enable`, the default), must (`force`), or may not (`disable`). */
          login: z.enum(['enable', 'force', 'disable']).default('enable'),
          /** Which of a comment's name, email and website are required; none by default. */
          requiredMeta: z.array(z.enum(['nick', 'mail', 'link'])).default([]),
          /**
           * Emoji sets, each the address of a folder with Waline's `info.json` (`/emojis/weibo/`, under `public/`, or a
           * server's). None by default: Waline's own come from a CDN.
           */
          emoji: z.array(siteAsset).default([]),
          /** Reactions to the post itself, above the comments: one image each (at most nine). None by default. */
          reaction: z.array(siteAsset).max(9).default([]),
          /**
           * How many times each post was read (阅读 128), counted by the server and shown under its title: each post page
           * asks the server as it loads, before any comment is asked for. Off by default.
           */
          pageview: z.boolean().default(false),
          /**
           * How many comments each post has (评论 3), shown beside it in the lists of posts: each list page asks the
           * server for its posts' counts as it loads. Off by default.
           */
          commentCount: z.boolean().default(false),
        })
        .optional(),
      /**
       * Comments kept by a [Twikoo](https://twikoo.js.org) server of the site's own (on Vercel, Netlify, a VPS with its
       * Docker image), as many Chinese blogs have them; readers comment with a name, or anonymously. Its client comes
       * with the site, not from a CDN (Tencent CloudBase's environments, which need Tencent's SDK, are not taken).
       */
      twikoo: z
        .strictObject({
          /** The Twikoo server's address, e.g. `https://twikoo.example.com` (Twikoo's `envId`). */
          envId: z.url({
            protocol: /^https?$/u,
            error:
              "expected the address of the Twikoo server, e.g. https://twikoo.example.com (a CloudBase environment's id is not taken)",
          }),
          /**
           * How many comments each post has (评论 3), shown beside it in the lists of posts: each list page asks the
           * server for its posts' counts as it loads. Off by default.
           */
          commentCount: z.boolean().default(false),
        })
        .optional(),
    })
    .refine(
      (comments) => [comments.giscus, comments.waline, comments.twikoo].filter(Boolean).length === 1,
      'expected one service, giscus, waline or twikoo — keep the one whose comments the site shows',
    )
    .optional(),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
export type SiteLanguage = z.infer<typeof SiteLanguageSchema>;

/** The fields of the object at `path` in the site config's schema (`['comments', 'waline']`), if it is one. */
function fieldsAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType | undefined = SiteConfigSchema;
  for (const key of [...path, undefined]) {
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
    if (key === undefined) break;
    if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject) schema = (schema.shape as Record<PropertyKey, z.ZodType>)[key];
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** A field the site config has no use for, which would otherwise be dropped without a word: a typo, most likely. */
function unknownField(path: readonly PropertyKey[], key: string): string {
  const fields = fieldsAt(path);
  const near = fields.length > 0 ? closest(key, fields) : undefined;
  if (near !== undefined && distance(near, key) <= Math.max(2, key.length / 3)) {
    return `unknown field — did you mean "${near}"?`;
  }
  return `unknown field — expected one of ${fields.join(', ')}`;
}

/** Where the site config is, as its problems name it. */
export const SITE_CONFIG_FILE = 'src/site.config.ts';

/**
 * The site config, validated and with its defaults, typed as it is written (so an editor completes and checks the
 * fields). A mistake stops the build with each field's problem and the fix:
 *
 * @example
 * defineSiteConfig({ …, url: 'https://me.github.io/blog' });
 * // throws: 1 problem in src/site.config.ts; nothing was built:
 * //   url: expected the site's address ending in /, without ? or #, found "https://me.github.io/blog" — write https://me.github.io/blog/
 */
export function defineSiteConfig(config: z.input<typeof SiteConfigSchema>): SiteConfig {
  const result = SiteConfigSchema.safeParse(config);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `  ${[...issue.path, key].join('.')}: ${unknownField(issue.path, key)}`)
      : [`  ${issue.path.join('.') || 'the config'}: ${issue.message}`],
  );
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  throw new Error([`${count} in ${SITE_CONFIG_FILE}; nothing was built:`, ...issues].join('\n'));
}
