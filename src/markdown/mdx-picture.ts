import type { Expression, ModuleDeclaration, Program, Statement } from 'estree';
import type { ElementContent, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { MdxjsEsmHast } from 'mdast-util-mdxjs-esm';
import type { PictureProps } from './markdown-picture.ts';

/** The name Astro's `<Picture>` component is imported under in each MDX post. */
const PICTURE = '__InkstonePicture__';

const program = (body: (Statement | ModuleDeclaration)[]): Program => ({ type: 'Program', sourceType: 'module', body });
const literal = (value: string | number) => ({ type: 'Literal' as const, value, raw: JSON.stringify(value) });

function esm(declaration: ModuleDeclaration): MdxjsEsmHast {
  return { type: 'mdxjsEsm', value: '', data: { estree: program([declaration]) } };
}

function attribute(name: string, value: string | Expression): MdxJsxAttribute {
  if (typeof value === 'string') return { type: 'mdxJsxAttribute', name, value };
  const estree = program([{ type: 'ExpressionStatement', expression: value }]);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: '', data: { estree } },
  };
}

/**
 * Builds `<Picture>` elements for an MDX post, where Astro renders images as
 * components instead of filling in attributes of the HTML: the JSX element,
 * plus the ESM imports of the component and of each image file.
 */
export function mdxPictures() {
  const images = new Map<string, string>();
  return {
    /** `<__InkstonePicture__ src={image} alt formats widths sizes … />` for the image at `src`. */
    picture(src: string, props: PictureProps): ElementContent {
      const name = images.get(src) ?? `__inkstoneImage${images.size}`;
      images.set(src, name);
      const element: MdxJsxTextElementHast = {
        type: 'mdxJsxTextElement',
        name: PICTURE,
        attributes: [
          attribute('src', { type: 'Identifier', name }),
          attribute('alt', props.alt),
          attribute('formats', { type: 'ArrayExpression', elements: props.formats.map(literal) }),
          attribute('fallbackFormat', props.fallback),
          attribute('widths', { type: 'ArrayExpression', elements: props.widths.map(literal) }),
          attribute('sizes', props.sizes),
          ...Object.entries(props.loading).map(([key, value]) => attribute(key, value)),
        ],
        children: [],
      };
      return element as unknown as ElementContent;
    },
    /** The imports the pictures need, to put at the top of the tree. */
    imports(): RootContent[] {
      if (images.size === 0) return [];
      const component = esm({
        type: 'ImportDeclaration',
        specifiers: [
          {
            type: 'ImportSpecifier',
            imported: { type: 'Identifier', name: 'Picture' },
            local: { type: 'Identifier', name: PICTURE },
          },
        ],
        source: literal('astro:assets'),
        attributes: [],
      });
      const files = [...images].map(([src, name]) =>
        esm({
          type: 'ImportDeclaration',
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
          source: literal(src),
          attributes: [],
        }),
      );
      return [component, ...files] as unknown as RootContent[];
    },
  };
}
