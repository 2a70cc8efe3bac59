import { describe, expect, it } from 'vitest';
import { openSearchDescription } from '../../src/lib/opensearch';

const options = {
  title: 'Inkstone',
  description: '写给技术写作者的博客',
  url: 'https://inkstone.example.com/',
  language: 'zh-CN',
  searchPath: '/search/',
  icon: { path: '/favicon.svg', type: 'image/svg+xml' },
};

describe('openSearchDescription', () => {
  it("describes the site's search page, reading the query from ?q=", () => {
    expect(openSearchDescription(options)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
        '  <ShortName>Inkstone</ShortName>',
        '  <Description>写给技术写作者的博客</Description>',
        '  <InputEncoding>UTF-8</InputEncoding>',
        '  <Language>zh-CN</Language>',
        '  <Image type="image/svg+xml">https://inkstone.example.com/favicon.svg</Image>',
        '  <Url type="text/html" method="get" template="https://inkstone.example.com/search/?q={searchTerms}"/>',
        '</OpenSearchDescription>',
        '',
      ].join('\n'),
    );
  });

  it('cuts the name to the 16 characters OpenSearch allows and keeps markup in the text as text', () => {
    const xml = openSearchDescription({
      ...options,
      title: 'R&D 笔记：一个名字很长很长的博客',
      description: 'A <b> & "c"',
    });
    expect(xml).toContain('<ShortName>R&amp;D 笔记：一个名字很长很长的</ShortName>');
    expect(xml).toContain('<Description>A &lt;b&gt; &amp; &quot;c&quot;</Description>');
  });
});
