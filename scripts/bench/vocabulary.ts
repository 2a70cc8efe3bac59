/**
 * Word lists, formulas and code snippets the post generator draws from. They
 * imitate the sample post: Chinese technical prose with English terms mixed in.
 * `{n}`, `{m}` (numbers) and `{v}` (a variable letter) in formulas and code are
 * filled in per use, so most expressions differ, as they do in real writing.
 */

export const CATEGORIES = [
  '人工智能',
  '前端开发',
  '后端架构',
  '数据库',
  '算法笔记',
  '工具链',
  '分布式系统',
  '读书笔记',
];

export const TERMS = [
  'Transformer',
  'RLHF',
  'MoE',
  'KV Cache',
  'LoRA',
  'RAG',
  'Embedding',
  'WebAssembly',
  'Rust',
  'TypeScript',
  'GPU',
  'SIMD',
  'HTTP/3',
  'gRPC',
  'Kafka',
  'PostgreSQL',
  'Redis',
  'B+树',
  'LSM-Tree',
  'Raft',
  'CRDT',
  'Vite',
  'React',
  'Astro',
  'Docker',
  'Kubernetes',
  'PPO',
  'DPO',
  'FlashAttention',
  'BPE',
];

export const TITLE_SUFFIXES = ['模型', '入门', '实践', '原理解析', '性能调优笔记', '的设计与实现', '踩坑记录', '速览'];

export const SUBJECTS = [
  '这个模型',
  '该框架',
  '我们的系统',
  '注意力机制',
  '编译器',
  '缓存层',
  '调度器',
  '向量数据库',
  '推理服务',
  '训练流水线',
  '存储引擎',
  '构建工具',
  '前端路由',
  '共识算法',
  '预训练阶段',
];

export const VERBS = [
  '显著提升了',
  '有效降低了',
  '重新设计了',
  '依赖于',
  '支持',
  '引入了',
  '优化了',
  '简化了',
  '统一了',
  '扩展了',
  '改进了',
  '实现了',
];

export const OBJECTS = [
  '训练效率',
  '推理延迟',
  '内存占用',
  '代码可读性',
  '数据吞吐量',
  '模型的泛化能力',
  '系统的可扩展性',
  '冷启动时间',
  '上下文长度',
  '参数利用率',
  '查询性能',
  '并发处理能力',
  '错误恢复能力',
  '开发者体验',
];

export const CLAUSES = [
  '在大规模数据集上',
  '通过引入混合专家结构',
  '借助强化学习',
  '在实际生产环境中',
  '与上一代相比',
  '在资源受限的设备上',
  '经过多轮迭代之后',
  '在高并发场景下',
  '结合人类反馈',
  '从工程实现的角度看',
];

export const LINK_TEXTS = ['官方文档', '技术报告', '原始论文', '源码仓库', '基准测试结果'];

export const INLINE_MATH = [
  'd_{model} = {n}',
  '{v}_i',
  '\\alpha = 0.{n}',
  'O(n^2)',
  'O(n \\log n)',
  '\\theta',
  '10^{{n}}',
  '\\lambda \\in (0, 1)',
  'p({v} \\mid x)',
  '\\mathbb{R}^{{n}}',
  '\\hat{{v}}_t',
  '\\sqrt{{n}}',
];

export const DISPLAY_MATH = [
  '\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_{{n}}}}\\right)V',
  '\\mathcal{L}(\\theta) = -\\sum_{t=1}^{{n}} \\log p_\\theta(x_t \\mid x_{<t})',
  '\\nabla_\\theta J(\\theta) = \\mathbb{E}_{\\pi_\\theta}\\left[\\nabla_\\theta \\log \\pi_\\theta(a \\mid s) \\, A(s, a)\\right]',
  '\\int_0^{{n}} {v}^2 \\, d{v} = \\frac{{n}^3}{3}',
  '\\sigma({v}) = \\frac{1}{1 + e^{-{v}}}',
  '\\sum_{i=1}^{{n}} i = \\frac{{n}({n}+1)}{2}',
  '\\mathrm{FLOPs} \\approx {m} \\cdot N D',
  '{v}_{t+1} = {v}_t - \\eta \\nabla f({v}_t)',
  '\\|{v}\\|_2 = \\sqrt{\\sum_{i=1}^{{n}} {v}_i^2}',
  'P(A \\mid B) = \\frac{P(B \\mid A) P(A)}{P(B)}',
  '\\mathrm{KL}(p \\,\\|\\, q) = \\sum_{x} p(x) \\log \\frac{p(x)}{q(x)}',
  'r_t(\\theta) = \\frac{\\pi_\\theta(a_t \\mid s_t)}{\\pi_{\\theta_{\\mathrm{old}}}(a_t \\mid s_t)}',
  '\\mathrm{PPL} = \\exp\\left(-\\frac{1}{{n}}\\sum_{i=1}^{{n}} \\log p(x_i)\\right)',
  '\\begin{aligned} h_t &= \\tanh(W x_t + U h_{t-{m}} + b) \\\\ y_t &= V h_t \\end{aligned}',
  '\\begin{pmatrix} {n} & {m} \\\\ {m} & {n} \\end{pmatrix} \\begin{pmatrix} {v}_1 \\\\ {v}_2 \\end{pmatrix}',
];

export const CODE = {
  python: `def train_step(model, batch, lr={m}e-4):
    """One optimisation step over a batch of {n} samples."""
    logits = model(batch["input_ids"])
    loss = cross_entropy(logits[:, :-1], batch["input_ids"][:, 1:])
    loss.backward()
    for {v} in model.parameters():
        {v}.data -= lr * {v}.grad
        {v}.grad = None
    return loss.item()`,
  typescript: `export async function fetchPosts(page = {m}): Promise<Post[]> {
  const response = await fetch(\`/api/posts?page=\${page}&size={n}\`);
  if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
  const posts: Post[] = await response.json();
  return posts.filter(({v}) => !{v}.draft).sort((a, b) => b.date.localeCompare(a.date));
}`,
  bash: `#!/usr/bin/env bash
set -euo pipefail
for i in $(seq 1 {n}); do
  curl -s "http://localhost:{m}080/health" || echo "retry $i"
done
docker compose up -d --scale worker={m}`,
  json: `{
  "model": "deepseek-v{m}",
  "max_tokens": {n},
  "temperature": 0.{m},
  "messages": [{ "role": "user", "content": "你好" }]
}`,
  rust: `fn checksum(data: &[u8]) -> u32 {
    let mut {v}: u32 = {n};
    for byte in data {
        {v} = {v}.wrapping_mul({m}1).wrapping_add(*byte as u32);
    }
    {v}
}`,
  go: `func worker(id int, jobs <-chan Job, results chan<- Result) {
	for {v} := range jobs {
		time.Sleep({n} * time.Millisecond)
		results <- Result{ID: id, Value: {v}.Value * {m}}
	}
}`,
  sql: `SELECT category, COUNT(*) AS posts, AVG(read_minutes) AS minutes
FROM posts
WHERE published_at >= DATE '202{m}-01-01'
GROUP BY category
HAVING COUNT(*) > {n}
ORDER BY posts DESC;`,
  yaml: `jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: {n}
    steps:
      - uses: actions/checkout@v{m}
      - run: npm ci && npm run build`,
} as const;

export const TABLE_COLUMNS = ['模型', '参数量', '训练数据', '上下文', '得分', '延迟 (ms)', '显存 (GB)'];

export const CALLOUTS = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'] as const;

export const CAPTIONS = ['模型架构示意图', '训练流程', '性能对比', '系统整体结构', '发展历程', '实验结果'];
