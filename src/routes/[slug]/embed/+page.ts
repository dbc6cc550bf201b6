import { withLocale } from '$lib/i18n/locales';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => withLocale(data);
