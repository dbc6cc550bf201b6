/** npm run schema:write: regenerates data/story.schema.json (for editors) from src/lib/story/schema.ts. */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from '../src/lib/story/schema';

writeFileSync('data/story.schema.json', JSON.stringify(storyJsonSchema(), null, '\t') + '\n');
console.log('wrote data/story.schema.json');
