/** The embed's script: its header, timeline and conversation with the host page (components/EmbedPage.svelte). */
import EmbedPage from '../lib/components/EmbedPage.svelte';
import { segmentedFirst, startIsland } from './mount';

startIsland(EmbedPage, segmentedFirst);
