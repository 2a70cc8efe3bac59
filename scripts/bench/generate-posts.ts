/**
 * Generates seed-like Chinese posts for the benchmark: headings, paragraphs,
 * lists, quotes, GitHub alerts, tables, code in several languages, inline and
 * display math, and optionally K images per post (~1200×700 PNGs drawn with
 * sharp, referenced root-relative like the sample post). Deterministic: the
 * same seed and index always give the same post, whatever N is.
 *
 * Run alone to inspect a corpus:
 * `node scripts/bench/generate-posts.ts --posts 20 --images 1 --out /tmp/corpus`
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createRandom, mixSeed, type Random } from './random.ts';
import * as words from './vocabulary.ts';

export const DEFAULT_SEED = 1;

export interface GeneratedPost {
  /** File name under `content/blogs/`, e.g. `bench-0042.md`. */
  file: string;
  markdown: string;
  /** File names under `content/blogs/images/` the post references. */
  images: string[];
}

const pad = (index: number) => String(index).padStart(4, '0');

/** Fills `{n}`, `{m}` and `{v}` in a formula or snippet with fresh values. */
function fill(template: string, random: Random): string {
  const v = random.pick(['x', 'y', 'z', 'w', 'h', 'u']);
  return template
    .replaceAll('{n}', () => String(random.int(2, 512)))
    .replaceAll('{m}', () => String(random.int(1, 9)))
    .replaceAll('{v}', v);
}

function sentence(random: Random): string {
  const { pick } = random;
  const [s, v, o, t] = [pick(words.SUBJECTS), pick(words.VERBS), pick(words.OBJECTS), pick(words.TERMS)];
  const templates = [
    () => `${pick(words.CLAUSES)}，${s}${v}${o}。`,
    () => `${s}${v}${t}，从而${pick(words.VERBS)}${o}。`,
    () => `与${t}不同，${s}${v}${o}（${pick(words.TERMS)}）。`,
    () => `${s}在${t}的基础上${v}${o}，${pick(words.CLAUSES)}效果尤为明显。`,
    () => `其中$${fill(pick(words.INLINE_MATH), random)}$表示${o}的规模。`,
    () => `调用 \`${t.replace(/\W/g, '').toLowerCase()}.run()\` 即可${v}${o}。`,
    () => `**${t}**${v}${o}，这也是"${pick(words.OBJECTS)}"问题的关键。`,
    () => `详见[${pick(words.LINK_TEXTS)}](https://example.com/${encodeURIComponent(t)})。`,
  ];
  return pick(templates)();
}

const paragraph = (random: Random) => Array.from({ length: random.int(2, 6) }, () => sentence(random)).join('');

function list(random: Random): string {
  const bullet = random.pick(['*', '-']);
  return Array.from({ length: random.int(2, 5) }, () => `${bullet} ${sentence(random).slice(0, -1)}`).join('\n');
}

/** A numbered list with bold items and nested bullets, like the sample's "数据准备". */
function orderedList(random: Random): string {
  return Array.from({ length: random.int(2, 4) }, (_, i) => {
    const nested = Array.from({ length: random.int(1, 3) }, () => `   * ${sentence(random).slice(0, -1)}`);
    return `${i + 1}. **${random.pick(words.OBJECTS)}**\n${nested.join('\n')}`;
  }).join('\n\n');
}

const quote = (random: Random) => `> ${paragraph(random)}`;

const callout = (random: Random) => `> [!${random.pick(words.CALLOUTS)}]\n> ${paragraph(random)}`;

function table(random: Random): string {
  const columns = words.TABLE_COLUMNS.slice(0, random.int(3, words.TABLE_COLUMNS.length));
  const rows = Array.from({ length: random.int(3, 6) }, () => [
    `${random.pick(words.TERMS)}-${random.int(1, 9)}`,
    ...columns.slice(1).map(() => (random.next() * 100).toFixed(1)),
  ]);
  return [columns, columns.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function code(random: Random): string {
  const language = random.pick(Object.keys(words.CODE) as (keyof typeof words.CODE)[]);
  return `\`\`\`${language}\n${fill(words.CODE[language], random)}\n\`\`\``;
}

const displayMath = (random: Random) => `$$\n${fill(random.pick(words.DISPLAY_MATH), random)}\n$$`;

const BLOCKS: [weight: number, block: (random: Random) => string][] = [
  [5, paragraph],
  [2, list],
  [1.2, orderedList],
  [1, quote],
  [0.7, callout],
  [0.6, table],
  [1.2, code],
  [0.9, displayMath],
];
const TOTAL_WEIGHT = BLOCKS.reduce((sum, [weight]) => sum + weight, 0);

function block(random: Random): string {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const [weight, make] of BLOCKS) {
    roll -= weight;
    if (roll < 0) return make(random);
  }
  return paragraph(random);
}

function frontmatter(random: Random): string {
  const date = new Date(Date.UTC(2021, 0, 1) + random.int(0, 5 * 365) * 86_400_000).toISOString().slice(0, 10);
  const title = `${random.pick(words.TERMS)}和${random.pick(words.TERMS)}${random.pick(words.TITLE_SUFFIXES)}`;
  const readTime = random.chance(0.5) ? `readTime: ${random.int(2, 15)} min read\n` : '';
  return `---\ntitle: ${title}\ndate: ${date}\n${readTime}category: ${random.pick(words.CATEGORIES)}\n---`;
}

/** Post `index` of the corpus with `seed`, referencing `images` figures. */
export function generatePost(index: number, { seed = DEFAULT_SEED, images = 0 } = {}): GeneratedPost {
  const random = createRandom(mixSeed(seed, index));
  const sections: string[] = [frontmatter(random)];
  for (let h2 = random.int(3, 5); h2 > 0; h2--) {
    sections.push(`## ${random.pick(words.TERMS)}`);
    for (let h3 = random.int(1, 3); h3 > 0; h3--) {
      sections.push(`### ${random.pick(words.TERMS)} (${random.int(1, 700)}亿参数)`);
      for (let n = random.int(2, 4); n > 0; n--) sections.push(block(random));
    }
  }
  const imageNames = Array.from({ length: images }, (_, k) => `bench-${pad(index)}-${k + 1}.png`);
  // Placed without drawing from `random`, so the text of a post does not depend on K.
  imageNames.forEach((name, k) => {
    const at = 1 + Math.floor(((k + 1) * (sections.length - 1)) / (images + 1));
    const caption = words.CAPTIONS[(index + k) % words.CAPTIONS.length];
    sections.splice(at, 0, `![${caption}](/blogs/images/${name})`);
  });
  return { file: `bench-${pad(index)}.md`, markdown: `${sections.join('\n\n')}\n`, images: imageNames };
}

/** A 1200×700 figure: seeded boxes, arrows and a label. */
export async function drawImage(name: string, seed = DEFAULT_SEED): Promise<Buffer> {
  const random = createRandom(
    mixSeed(
      seed,
      [...name].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7),
    ),
  );
  const hue = random.int(0, 359);
  const boxes = Array.from({ length: random.int(4, 9) }, (_, i) => {
    const [x, y] = [60 + (i % 4) * 280, 140 + Math.floor(i / 4) * 200];
    return `<rect x="${x}" y="${y}" width="220" height="120" rx="14" fill="hsl(${(hue + i * 37) % 360} 70% 85%)" stroke="#1d1f23" stroke-width="3"/>
<line x1="${x + 220}" y1="${y + 60}" x2="${x + 280}" y2="${y + 60}" stroke="#1d1f23" stroke-width="3"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="700">
<rect width="100%" height="100%" fill="#fbfaf7"/>
<text x="600" y="80" font-family="sans-serif" font-size="44" text-anchor="middle" fill="#1d1f23">${name}</text>
${boxes.join('\n')}</svg>`;
  // Full-colour PNG: a palette PNG looks more like the sample's figures but takes 20× longer to draw.
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export interface CorpusOptions {
  posts: number;
  /** Images per post. Default: 0. */
  images?: number;
  seed?: number;
  /** First post index. Default: 0. */
  first?: number;
}

/** Writes posts to `blogsDir` and their images to `blogsDir/images/`; returns the posts. */
export async function writeCorpus(blogsDir: string, options: CorpusOptions): Promise<GeneratedPost[]> {
  const { posts: count, images = 0, seed = DEFAULT_SEED, first = 0 } = options;
  await mkdir(path.join(blogsDir, 'images'), { recursive: true });
  const posts = Array.from({ length: count }, (_, i) => generatePost(first + i, { seed, images }));
  await Promise.all(posts.map((post) => writeFile(path.join(blogsDir, post.file), post.markdown)));
  // Drawn a few at a time: sharp has its own thread pool.
  const names = posts.flatMap((post) => post.images);
  for (let i = 0; i < names.length; i += 8) {
    await Promise.all(
      names
        .slice(i, i + 8)
        .map(async (name) => writeFile(path.join(blogsDir, 'images', name), await drawImage(name, seed))),
    );
  }
  return posts;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '20' },
      images: { type: 'string', default: '0' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out <folder> is required (posts go to <folder>/, images to <folder>/images/)');
  const posts = await writeCorpus(path.resolve(values.out), {
    posts: Number(values.posts),
    images: Number(values.images),
    seed: Number(values.seed),
  });
  const bytes = posts.reduce((sum, post) => sum + Buffer.byteLength(post.markdown), 0);
  console.log(
    `wrote ${posts.length} posts (${Math.round(bytes / posts.length)} bytes each on average) to ${values.out}`,
  );
}
