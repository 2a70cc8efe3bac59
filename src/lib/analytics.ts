/**
 * Whether a Plausible script is one Plausible gives a site of its own (`https://plausible.io/js/pa-….js`, since October
 * 2025), which knows the site and is started by a snippet, rather than `script.js`, which is told the site's domain.
 *
 * @example
 * isPlausibleSiteScript('https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js'); // true
 * isPlausibleSiteScript('https://stats.example.com/js/script.js'); // false
 */
export function isPlausibleSiteScript(src: string): boolean {
  return /\/pa-[\w-]+\.js$/u.test(URL.parse(src)?.pathname ?? '');
}
