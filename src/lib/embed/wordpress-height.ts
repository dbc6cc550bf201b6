/**
 * The heights WordPress's wp-embed.js allows a frame (embed/wordpress.ts), apart
 * from the protocol so that the story page's script (the Embed dialog's note)
 * takes the number without the code only the embed runs.
 */

/** WordPress sizes a frame to at most this height; a taller embed scrolls inside it. */
export const WORDPRESS_MAX_HEIGHT = 1000;
/** …and to at least this one. */
export const WORDPRESS_MIN_HEIGHT = 200;
