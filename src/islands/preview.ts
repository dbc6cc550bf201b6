/** The editor's preview frame (/edit/preview): draws the story the editor sends with the site's own components. */
import PreviewFrame from '../lib/components/editor/PreviewFrame.svelte';
import { startIsland } from './mount';

startIsland(PreviewFrame);
