/**
 * The story as a file: tab-indented JSON like the stories in data/stories
 * (authoring/story-file.ts), but written exactly as the working copy holds it,
 * so that a story opened and saved unchanged is the same data: no field
 * added, none dropped, none reordered.
 */
import type { StoryInput } from '../story/schema';

export const storyText = (story: StoryInput): string => `${JSON.stringify(story, null, '\t')}\n`;

export const storyFileName = (story: StoryInput): string => `${typeof story.meta?.slug === 'string' && story.meta.slug ? story.meta.slug : 'story'}.json`;
