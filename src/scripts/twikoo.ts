import client from 'twikoo/dist/twikoo.min.js?url';

/** What Twikoo's client, a script of its own, puts on `window`. */
interface Twikoo {
  init(options: { envId: string; el: HTMLElement; path: string; lang: string }): Promise<unknown>;
}

/**
 * Twikoo's comments in `frame`, with the options `PostComments.astro` wrote in its `data-twikoo` (the server, the
 * post's path, the language). Its client is a script of the site's own (`twikoo.min.js`, without Tencent CloudBase's
 * SDK), loaded only now; it replaces the element it is given, so it gets one inside the frame.
 */
export function loadTwikoo(frame: HTMLElement) {
  const { envId, path, lang } = JSON.parse(frame.dataset.twikoo ?? '{}') as {
    envId: string;
    path: string;
    lang: string;
  };
  const el = frame.appendChild(document.createElement('div'));
  const script = Object.assign(document.createElement('script'), { src: client });
  script.addEventListener('load', () => {
    const twikoo = (window as unknown as { twikoo?: Twikoo }).twikoo;
    void twikoo?.init({ envId, el, path, lang });
  });
  document.head.append(script);
}
