import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { rssResponse, termFeeds } from '../../../data/feed';

export const getStaticPaths = (async () =>
  (await termFeeds('tag')).map(({ segment, props }) => ({
    params: { tag: segment },
    props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  rssResponse(props.channel, props.description);
