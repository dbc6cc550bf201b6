/** An element id for the control of a path: `events[3].when.from` → `field-events-3-when-from`. */
export const controlId = (path: string) => `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
