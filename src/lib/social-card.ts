/** The site's default social image in `public/`, drawn by `npm run social-image`; posts without a `cover` use it. */
export const SOCIAL_CARD = { path: '/social-card.png', width: 1200, height: 630 } as const;
