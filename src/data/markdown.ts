import { ui } from './i18n.ts';

/** The words the Markdown plugins write into posts, in the site's language. */
export const markdownText = {
  callouts: {
    titles: {
      note: ui.t('callout.note'),
      tip: ui.t('callout.tip'),
      important: ui.t('callout.important'),
      warning: ui.t('callout.warning'),
      caution: ui.t('callout.caution'),
    },
  },
  diagrams: { errorText: ui.t('diagram.error', { reason: '{reason}' }) },
  code: { copyLabel: ui.t('code.copy'), copiedLabel: ui.t('code.copied') },
  embeds: {
    label: (site: string, title: string | undefined) =>
      title ? ui.t('embed.watchTitled', { site, title }) : ui.t('embed.watch', { site }),
    viewLabel: (site: string, what: string) => ui.t('embed.view', { site, what }),
  },
  headings: { label: (text: string) => ui.t('heading.anchor', { text }) },
  /** `remark-rehype` options: the footnotes heading and the back links. */
  footnotes: {
    footnoteLabel: ui.t('footnotes.label'),
    footnoteLabelProperties: { className: ['visually-hidden'] },
    footnoteBackLabel: (reference: number, rereference: number) =>
      ui.t('footnotes.backLabel', { n: rereference > 1 ? `${reference + 1}-${rereference}` : reference + 1 }),
  },
};
