/** The story page's script: its header and timeline (components/StoryPage.svelte). */
import StoryPage from '../lib/components/StoryPage.svelte';
import { deferBodyLayout } from '../lib/dom/static-body';
import { segmentedFirst, startIsland } from './mount';

// Before hydrating: the parser has not reached the static body yet.
deferBodyLayout();
startIsland(StoryPage, segmentedFirst);
