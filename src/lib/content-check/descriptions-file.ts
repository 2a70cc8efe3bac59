import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { describeValue } from '../../schema/messages.ts';
import { SITE_PATH_OR_HTTPS } from '../../schema/site.ts';
import { tagSegment } from '../slugs.ts';
import { parseYaml } from './frontmatter.ts';
import type { CheckedPost } from './index.ts';
import type { Problem } from './problems.ts';
import { closeCategory } from './slugs.ts';

/** What a site may describe, each in a file of its own. */
export type Described = 'series' | 'category' | 'tag' | 'author';

/**
 * The files, from the project root, where a site says what each series, category and tag is about, and who each
 * author is (optional).
 */
export const DESCRIPTIONS_FILES: Readonly<Record<Described, string>> = {
  series: 'content/series.yaml',
  category: 'content/categories.yaml',
  tag: 'content/tags.yaml',
  author: 'content/authors.yaml',
};

/**
 * What makes two names one: a tag's or an author's URL segment (`Code Review` and `code review` are one tag,
 * `tagSegment`); a series' or category's name as written.
 */
const SAME_AS: Readonly<Record<Described, (name: string) => string>> = {
  series: (name) => name,
  category: (name) => name,
  tag: tagSegment,
  author: tagSegment,
};

/** The key two names of one series, category or tag share (`sameName('tag', 'Code Review') === sameName('tag', 'code review')`). */
export const sameName = (what: Described, name: string): string => SAME_AS[what](name);

/** Where an author is found besides their posts (`content/authors.yaml`): their own page, and their picture. */
export interface AuthorProfile {
  /** Their own site or page: `https://zhangsan.dev/`. */
  url?: string;
  /** Their picture: a path from the site's root (`/avatars/zhangsan.png`, a file of `public/`) or an https:// address. */
  avatar?: string;
}

/** What a descriptions file says, and what is wrong with it. */
export interface DescriptionsReading {
  /** Each description, by the name of the series, category or tag as the file writes it. */
  descriptions: Map<string, string>;
  /** Each author's page and picture, where the file gives them (authors only), by the name as the file writes it. */
  profiles: Map<string, AuthorProfile>;
  problems: Problem[];
}

/** The fields an entry may have besides its description: an author's page and picture. */
const PROFILE_FIELDS: Readonly<Record<Described, readonly (keyof AuthorProfile)[]>> = {
  series: [],
  category: [],
  tag: [],
  author: ['url', 'avatar'],
};

/** What each field of a profile must be, and how to write it. */
const PROFILE_CHECKS: Readonly<Record<keyof AuthorProfile, { valid: (value: string) => boolean; expected: string }>> = {
  url: {
    valid: (value) => /^https?:\/\/[^/\s]/u.test(value) && URL.canParse(value),
    expected: "the address of the author's own site or page, such as https://zhangsan.dev/",
  },
  avatar: {
    valid: (value) => SITE_PATH_OR_HTTPS.test(value) && /^\S+$/u.test(value.replace(SITE_PATH_OR_HTTPS, '')),
    expected: "a picture from the site's root (/avatars/zhangsan.png, a file of public/) or an https:// address",
  },
};

/** How to write a description, with an example of each. */
const FIX: Readonly<Record<Described, string>> = {
  series: 'write it indented below the name: "  description: 从检索到评测，一步步搭起一个大模型应用"',
  category: 'write it indented below the name: "  description: 大模型、检索与评测：人工智能落到应用里的那一面"',
  tag: 'write it indented below the name: "  description: 检索增强生成：先找到相关的文档，再让模型据此回答"',
  author: 'write it indented below the name: "  description: 前端工程师，写浏览器、构建工具和排版"',
};

const NAMES: Readonly<Record<Described, string>> = {
  series: 'series names',
  category: 'category names',
  tag: 'tag names',
  author: 'author names',
};

/**
 * Reads a descriptions file (`DESCRIPTIONS_FILES`): a series', category's, tag's or author's name as its posts write
 * it (`series:`, `category:`, `tags:`, `author:`; a tag or an author in any of its spellings), and below it its
 * `description`, which its page shows under its name, and the page of all of them beside it.
 *
 * @example
 * readDescriptionsFile('大模型应用工程:\n  description: 从检索到评测。\n', 'series');
 * // { descriptions: Map { '大模型应用工程' => '从检索到评测。' }, problems: [] }
 */
export function readDescriptionsFile(
  text: string,
  what: Described,
  file = DESCRIPTIONS_FILES[what],
): DescriptionsReading {
  const { descriptions, profiles, problems } = readWithLines(text, what, file);
  return { descriptions, profiles, problems };
}

/** `readDescriptionsFile`, with the line of each name. */
function readWithLines(
  text: string,
  what: Described,
  file: string,
): DescriptionsReading & { lines: ReadonlyMap<string, number> } {
  const descriptions = new Map<string, string>();
  const profiles = new Map<string, AuthorProfile>();
  const problems: Problem[] = [];
  const error = (line: number, field: string | undefined, message: string) =>
    problems.push({ file, line, ...(field !== undefined && { field }), message, severity: 'error' });
  const parsed = parseYaml(text.replace(/\r\n?/gu, '\n'), 0, `${NAMES[what]}, one per line, each with a description`);
  if (!parsed.ok) {
    error(parsed.error.line, 'yaml', parsed.error.message);
    return { descriptions, profiles, lines: new Map(), problems };
  }
  const { data, lines } = parsed.frontmatter;
  // The line of an entry's own field, for a problem there: the names' lines are all the parse above keeps.
  const fieldLine = (name: string, field: string) => {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    const entry = isMap(doc.contents) ? doc.contents.get(name, true) : undefined;
    const pair = isMap(entry) ? entry.items.find((item) => isScalar(item.key) && item.key.value === field) : undefined;
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? lines.get(name)! : counter.linePos(offset).line;
  };
  const firstOf = new Map<string, string>();
  for (const [name, value] of Object.entries(data)) {
    const line = lines.get(name)!;
    const first = firstOf.get(sameName(what, name));
    if (first !== undefined) {
      const fix = 'keep one description for both and remove the other';
      error(line, name, `the ${what} "${first}" (line ${lines.get(first)}) again, in another spelling — ${fix}`);
      continue;
    }
    firstOf.set(sameName(what, name), name);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      error(line, name, `expected a description below the name, found ${describeValue(value)} — ${FIX[what]}`);
      continue;
    }
    const fields = value as Record<string, unknown>;
    const known: readonly string[] = ['description', ...PROFILE_FIELDS[what]];
    const has =
      what === 'author' ? 'an author has a description, a url and an avatar' : `a ${what} has only a description`;
    for (const field of Object.keys(fields).filter((field) => !known.includes(field))) {
      error(fieldLine(name, field), `${name}.${field}`, `unknown field — ${has}`);
    }
    const profile: AuthorProfile = {};
    for (const field of PROFILE_FIELDS[what]) {
      const given = fields[field];
      if (given === undefined) continue;
      const { valid, expected } = PROFILE_CHECKS[field];
      if (typeof given === 'string' && valid(given.trim())) profile[field] = given.trim();
      else error(fieldLine(name, field), `${name}.${field}`, `expected ${expected}, found ${describeValue(given)}`);
    }
    if (Object.keys(profile).length > 0) profiles.set(name, profile);
    const description = fields.description;
    if (typeof description === 'string' && description.trim() !== '') {
      descriptions.set(name, description.trim());
    } else if (description === undefined) {
      // An author may be given a page or a picture alone.
      if (!PROFILE_FIELDS[what].some((field) => fields[field] !== undefined)) {
        error(line, name, `expected a description below the name, found none — ${FIX[what]}`);
      }
    } else {
      const found = describeValue(description);
      error(fieldLine(name, 'description'), `${name}.description`, `expected text, found ${found} — ${FIX[what]}`);
    }
  }
  return { descriptions, profiles, lines, problems };
}

/**
 * A descriptions file's problems (`readDescriptionsFile`), and a warning for each series or category it describes
 * that no post has, draft or published (`names` holds the posts' names): a slip in the name, most likely, whose page
 * would show no description.
 */
export function checkDescriptionsFile(
  text: string,
  what: Described,
  names: ReadonlySet<string>,
  file = DESCRIPTIONS_FILES[what],
): Problem[] {
  const { descriptions, profiles, lines, problems } = readWithLines(text, what, file);
  const known = new Set([...names].map((known) => sameName(what, known)));
  for (const name of new Set([...descriptions.keys(), ...profiles.keys()])) {
    if (known.has(sameName(what, name))) continue;
    const close = closeCategory(name, names);
    const field = what === 'tag' ? 'tags' : what;
    const fix = close
      ? `write the name as the posts do: ${close}`
      : `write the name as the posts' ${field}: field does, or remove it`;
    const none =
      what === 'tag'
        ? `no post has the tag "${name}"`
        : what === 'author'
          ? `no post is by "${name}"`
          : `no post is in the ${what} "${name}"`;
    problems.push({
      file,
      line: lines.get(name) ?? 1,
      field: name,
      message: `${none}, so no page shows ${descriptions.has(name) ? 'this description' : 'what it says'} — ${fix}`,
      severity: 'warning',
    });
  }
  return problems;
}

/**
 * `checkDescriptionsFile` of each of the project's descriptions files it has, against its posts' names: for authors,
 * the names posts give (`author`) and the site's author (`siteAuthor`), whom the others are by.
 */
export function checkProjectDescriptions(root: string, posts: readonly CheckedPost[], siteAuthor?: string): Problem[] {
  const namesOf: Record<Described, (post: CheckedPost) => string | readonly string[] | undefined> = {
    series: (post) => post.data.series,
    category: (post) => post.data.category,
    tag: (post) => post.data.tags,
    author: (post) => post.data.author ?? siteAuthor,
  };
  return (Object.keys(DESCRIPTIONS_FILES) as Described[]).flatMap((what) => {
    const absolute = path.join(root, DESCRIPTIONS_FILES[what]);
    if (!existsSync(absolute)) return [];
    const names = new Set(posts.flatMap((post) => namesOf[what](post) ?? []));
    return checkDescriptionsFile(readFileSync(absolute, 'utf8'), what, names);
  });
}
