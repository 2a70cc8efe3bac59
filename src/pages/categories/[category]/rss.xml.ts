import { termFeedRoute } from '../../../data/feed';

// The RSS feed of each category page, beside it (`termFeedRoute`).
export const { getStaticPaths, GET } = termFeedRoute('category');
