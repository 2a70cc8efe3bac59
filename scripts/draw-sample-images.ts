/**
 * Draws the three figures of the sample post (`gpt-and-deepseek.md`) as SVG
 * and rasterizes them with sharp into `content/blogs/images/`. They are
 * honest stand-ins for the original figures: what the post says, drawn plainly.
 *
 * Run: `npm run images`. Needs a CJK font (Debian: fonts-noto-cjk) for the labels.
 */
import { escapeXml, FONT, writePng } from './lib/svg-image.ts';

const WIDTH = 1600;

function text(x: number, y: number, value: string, size = 28, attrs = ''): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" ${attrs}>${escapeXml(value)}</text>`;
}

function svg(height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">
<rect width="100%" height="100%" fill="#fbfaf7"/>${body}</svg>`;
}

interface Milestone {
  year: string;
  name: string;
  note: string;
}

/** A horizontal timeline with labelled milestones, alternating above and below. */
function timeline(title: string, milestones: Milestone[], colour: string): string {
  const height = 760;
  const axisY = 400;
  const step = (WIDTH - 280) / (milestones.length - 1);
  const items = milestones
    .map((m, i) => {
      const x = 140 + i * step;
      const up = i % 2 === 0;
      const boxY = up ? axisY - 230 : axisY + 70;
      return `<line x1="${x}" y1="${axisY}" x2="${x}" y2="${up ? boxY + 150 : boxY}" stroke="${colour}" stroke-width="3"/>
<circle cx="${x}" cy="${axisY}" r="14" fill="${colour}"/>
<rect x="${x - 110}" y="${boxY}" width="220" height="150" rx="14" fill="#ffffff" stroke="${colour}" stroke-width="3"/>
${text(x, boxY + 42, m.year, 24, `text-anchor="middle" fill="#555"`)}
${text(x, boxY + 84, m.name, 30, `text-anchor="middle" font-weight="700" fill="#1d1f23"`)}
${text(x, boxY + 124, m.note, 22, `text-anchor="middle" fill="#333"`)}`;
    })
    .join('\n');
  return svg(
    height,
    `${text(WIDTH / 2, 80, title, 46, 'text-anchor="middle" font-weight="700" fill="#1d1f23"')}
<line x1="60" y1="${axisY}" x2="${WIDTH - 60}" y2="${axisY}" stroke="#9ca3af" stroke-width="6" stroke-linecap="round"/>
${items}`,
  );
}

function box(x: number, y: number, w: number, h: number, label: string, fill: string): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="${fill}" stroke="#1d1f23" stroke-width="2"/>
${text(x + w / 2, y + h / 2 + 10, label, 28, 'text-anchor="middle" fill="#1d1f23"')}`;
}

function arrow(x: number, y1: number, y2: number): string {
  return `<line x1="${x}" y1="${y1}" x2="${x}" y2="${y2 + 12}" stroke="#1d1f23" stroke-width="3"/>
<path d="M${x - 10} ${y2 + 14} L${x} ${y2} L${x + 10} ${y2 + 14} Z" fill="#1d1f23"/>`;
}

/** GPT-1: a 12-layer decoder stack on the left, the fine-tuning tasks on the right. */
function gpt1(): string {
  const stackX = 140;
  const w = 520;
  const layers = [
    ['文本与位置嵌入 Text & Position Embed', '#e0e7ff', 880],
    ['掩码多头自注意力 Masked Attention', '#fde68a', 720],
    ['层归一化 Layer Norm', '#e5e7eb', 620],
    ['前馈网络 Feed Forward', '#bbf7d0', 520],
    ['层归一化 Layer Norm', '#e5e7eb', 420],
  ] as const;
  const stack = layers.map(([label, fill, y]) => box(stackX, y, w, 70, label, fill)).join('\n');
  const arrows = [880, 720, 620, 520].map((y, i) => arrow(stackX + w / 2, y, [790, 690, 590, 490][i]!)).join('\n');
  const tasks = [
    ['分类 Classification', '开始 · 文本 · 抽取 → Transformer → 线性层'],
    ['蕴含 Entailment', '前提 · 分隔 · 假设 → Transformer → 线性层'],
    ['相似度 Similarity', '文本1 · 文本2 两种顺序 → 相加 → 线性层'],
    ['多项选择 Multiple Choice', '上下文 · 每个答案 → Transformer → Softmax'],
  ];
  const taskBoxes = tasks
    .map(([name, flow], i) => {
      const y = 300 + i * 150;
      return `<rect x="840" y="${y}" width="660" height="120" rx="14" fill="#ffffff" stroke="#6366f1" stroke-width="3"/>
${text(870, y + 48, name!, 30, 'font-weight="700" fill="#1d1f23"')}
${text(870, y + 92, flow!, 24, 'fill="#444"')}`;
    })
    .join('\n');
  return svg(
    1040,
    `${text(WIDTH / 2, 80, 'GPT-1 模型架构（1.1 亿参数）', 46, 'text-anchor="middle" font-weight="700" fill="#1d1f23"')}
${text(stackX + w / 2, 170, 'Decoder-only Transformer', 32, 'text-anchor="middle" fill="#333"')}
<rect x="${stackX - 30}" y="400" width="${w + 60}" height="420" rx="18" fill="none" stroke="#6366f1" stroke-width="4" stroke-dasharray="14 10"/>
${text(stackX + w + 45, 460, '× 12', 34, 'font-weight="700" fill="#6366f1"')}
${box(stackX, 250, w, 70, '文本预测 · 任务分类器', '#fecaca')}
${arrow(stackX + w / 2, 420, 330)}
${stack}
${arrows}
${text(1170, 240, '预训练后针对下游任务微调', 32, 'text-anchor="middle" font-weight="700" fill="#1d1f23"')}
${taskBoxes}`,
  );
}

const images: Record<string, string> = {
  'gpt_history.png': timeline(
    'GPT 模型的诞生和发展',
    [
      { year: '2018', name: 'GPT-1', note: '1.1 亿参数' },
      { year: '2019', name: 'GPT-2', note: '15 亿参数' },
      { year: '2020', name: 'GPT-3', note: '1750 亿参数' },
      { year: '2021', name: 'Codex', note: '代码生成' },
      { year: '2022', name: 'InstructGPT', note: 'RLHF' },
      { year: '2022', name: 'ChatGPT', note: '对话模型' },
      { year: '2023', name: 'GPT-4', note: '多模态' },
      { year: '2024', name: 'GPT-4o · o1', note: '原生多模态 · 推理' },
    ],
    '#10a37f',
  ),
  'gpt1.png': gpt1(),
  'deepseek_history.png': timeline(
    'DeepSeek 模型发展历程',
    [
      { year: '2023.06', name: 'HAI-LLM', note: '训练框架' },
      { year: '2023.11', name: 'DeepSeek LLM', note: 'V1 · Coder' },
      { year: '2024.02', name: 'Math · VL', note: '数学与多模态' },
      { year: '2024.05', name: 'DeepSeek-V2', note: 'MoE · MLA' },
      { year: '2024.12', name: 'DeepSeek-V3', note: '671B · MTP' },
      { year: '2025.01', name: 'DeepSeek-R1', note: '强化推理' },
    ],
    '#4d6bfe',
  ),
};

const outDir = new URL('../content/blogs/images/', import.meta.url);
for (const [name, source] of Object.entries(images)) await writePng(source, new URL(name, outDir));
