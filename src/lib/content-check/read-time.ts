import type { PostData } from '../../schema/post.ts';
import { parseReadTime } from '../reading-time.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** A warning (never an error) when the authored `readTime` and the computed one differ by more than half the larger. */
export function readTimeWarning(file: string, frontmatter: Frontmatter, data: PostData, computed: number): Problem[] {
  const authored = data.readTime === undefined ? undefined : parseReadTime(data.readTime);
  if (authored === undefined || Math.abs(authored - computed) <= Math.max(authored, computed) / 2) return [];
  return [
    {
      file,
      line: frontmatter.lines.get('readTime') ?? 1,
      field: 'readTime',
      message: `"${data.readTime}" is far from the computed ${computed} min — update it, or remove the line to have it computed`,
      severity: 'warning',
    },
  ];
}
