import { termFeedRoute } from '../../../data/feed';

// The RSS feed of each series page, beside it (`termFeedRoute`).
export const { getStaticPaths, GET } = termFeedRoute('series');
