// The word lists speakerOf.ts reads names with: roles and titles before a name, capitalised words that are no name.

/**
 * Lowercase words that may come just before a speaker's name: roles ("shadow foreign secretary Michael
 * Ancram said"). Any other word makes the name an object or part of a longer one: "Howard denied Mr Yeo
 * said", "the Department of Trade and Industry said", "Macron and Putin said" (two people).
 */
export const ROLE = new Set(
  'president chancellor minister secretary judge film-maker filmmaker senator governor mayor chief executive director spokesman spokeswoman spokesperson ambassador general commissioner chairman chairwoman chair leader coach manager captain boss deputy mp premier envoy officer head professor lawyer attorney analyst economist expert editor correspondent reporter founder owner member official treasurer ex-minister colleague adviser advisor aide partner candidate player striker star actor actress singer author writer host presenter'.split(
    ' ',
  ),
);

/**
 * Capitalised words that start a sentence or clause but are no name ("But Biden said", "The Kremlin said",
 * "Both Boeing and Airbus").
 */
export const NOT_NAME = new Set(
  'a an the both either neither each every all some many most and but yet so then however meanwhile also later earlier now still in on at of for from with by to as after before when while if this that these those it its he she they we i you his her their our there here mr mrs ms dr sir dame lord lady monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december speaking asked'.split(
    ' ',
  ),
);

/**
 * Titles and affiliations before a name: a run is cut after the last of them ("Russian President Vladimir
 * Putin" → "Vladimir Putin", "Lib Dem Norman Baker" → "Norman Baker").
 */
export const TITLE = new Set(
  'president chancellor minister prime secretary foreign treasurer attorney judge justice senator sen. rep. representative governor gov. mayor chief executive director spokesman spokeswoman spokesperson ambassador general gen. colonel col. commissioner chairman chairwoman chair leader speaker king queen prince princess pope archbishop bishop dr dr. mr mr. mrs mrs. ms ms. sir dame lord lady coach manager captain boss deputy vice qc mp premier envoy officer head professor prof. sergeant sgt. inspector detective superintendent labour tory conservative liberal lib dem democrat republican green nationalist olympian briton'.split(
    ' ',
  ),
);

/** A title or role before a name, capitalised or not ("President", "Film-maker", "lawyer"). */
export function isTitle(word: string): boolean {
  // "Co-Chairman", "vice-president", "ex-chairman": the same title.
  const lower = word.toLowerCase().replace(/^(?:co|vice|ex)-(?=\p{L})/u, '');
  return TITLE.has(lower) || ROLE.has(lower);
}
