/**
 * Author names as bylines write them: `"author": "By Jane Doe"`. The element writes its own
 * "By", so the content's is removed and the name shows once.
 */
import { text } from './schema.js';

/**
 * "By" in front of a name, in English and the languages the elements' readers use most:
 * `By`, `Written by`, `Words by`, `Par` (French), `Por` (Spanish, Portuguese), `Door` (Dutch),
 * `Av` (Swedish, Norwegian), `Af` (Danish), `Autor`/`Author`/`Автор` followed by a colon,
 * `Von` (German, see below), `بقلم` and `كتبه` (Arabic), `מאת` (Hebrew). Followed by a colon
 * or white space. `Di`, `Da` and `De` are left out: they begin Italian, Portuguese and French
 * surnames as often as bylines.
 */
const PREFIX =
  /^(?:(?:written |words )?by|par|por|door|av|af|بقلم|كتبه|מאת)(?:\s*:\s*|\s+)|^(?:author|autor|автор)\s*:\s*/iu;

/** `Von` (German "by") also begins surnames (`Von Miller`): removed only before two words. */
const VON = /^von\s+(?=\S+\s+\S)/iu;

/** A name without a byline prefix; a name that is only the prefix is left as written. */
export function withoutByline(name: string): string {
  const rest = name.replace(PREFIX, '').replace(VON, '');
  return rest === '' ? name : rest;
}

/**
 * The name of an author as plain text (see text()), without "By " or its equivalents in front
 * (withoutByline). For article.ts, which reads `author` strings and Person `name`s with it.
 */
export function bylineName(value: unknown): string | undefined {
  const name = text(value);
  return name === undefined ? undefined : withoutByline(name);
}
