import type { APIRoute } from 'astro';
import { getFeedChannels, rssResponse } from '../data/feed';

export const GET: APIRoute = async () => rssResponse((await getFeedChannels())[0]!);
