import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/lib/project-path.ts';

describe('projectPath', () => {
  it('names a file relative to the project, with forward slashes', () => {
    expect(projectPath('/site', '/site/content/blogs/a.md')).toBe('content/blogs/a.md');
    expect(projectPath('/site/', '/site/dist/blogs/a/index.html')).toBe('dist/blogs/a/index.html');
  });
});
