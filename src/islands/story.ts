/** The story page's script: its header and timeline (components/StoryPage.svelte). */
import StoryPage from '../lib/components/StoryPage.svelte';
import { startIsland } from './mount';

startIsland(StoryPage);
