/** The story editor's script (/edit): its forms, checks and preview (components/editor/EditorPage.svelte). */
import EditorPage from '../lib/components/editor/EditorPage.svelte';
import { startIsland } from './mount';

startIsland(EditorPage);
