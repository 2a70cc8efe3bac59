import { useTranslations } from '../lib/i18n.ts';
import { site } from '../site.config.ts';

/** The UI strings and formatters of the configured site language. */
export const ui = useTranslations(site.language, site.timeZone);
