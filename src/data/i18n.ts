import { useTranslations } from '../lib/i18n';
import { site } from '../site.config';

/** The UI strings and formatters of the configured site language. */
export const ui = useTranslations(site.language, site.timeZone);
