import { termFeedRoute } from '../../../data/feed';

// The RSS feed of each tag page, beside it (`termFeedRoute`).
export const { getStaticPaths, GET } = termFeedRoute('tag');
