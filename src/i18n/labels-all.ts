import type { LabelTable } from './labels.js';
import { labels as ar } from './labels-ar.js';
import { labels as de } from './labels-de.js';
import { labels as es } from './labels-es.js';
import { labels as fr } from './labels-fr.js';

/**
 * Every language's table, imported statically: for the server renderer, which renders any
 * language synchronously (`registerLabels(labelTables)`). The browser loads one at a time.
 */
export const labelTables: Readonly<Record<string, LabelTable>> = { de, fr, es, ar };
