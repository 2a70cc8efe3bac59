import { termFeedRoute } from '../../../data/feed';

// The RSS feed of each author page, beside it (`termFeedRoute`).
export const { getStaticPaths, GET } = termFeedRoute('author');
