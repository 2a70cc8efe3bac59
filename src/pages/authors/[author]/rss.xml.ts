import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { rssResponse, termFeeds } from '../../../data/feed';

export const getStaticPaths = (async () =>
  (await termFeeds('author')).map(({ segment, props }) => ({
    params: { author: segment },
    props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  rssResponse(props.channel, props.description);
