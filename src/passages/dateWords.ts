/** A month's name, whole or abbreviated, as a regular expression source (case-insensitive flag needed). */
export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A weekday's name, as a regular expression source (case-insensitive flag needed). */
export const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
