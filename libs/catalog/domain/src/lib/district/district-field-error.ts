/** One failed check on a submitted value, named by its path in the request, with Thai and English messages. */
export interface DistrictFieldError {
  field: string;
  rule: string;
  messageTh: string;
  messageEn: string;
}

/** Most field errors one submission reports, so a file of bad records cannot produce a huge reply. */
export const maxDistrictFieldErrors = 50;

export function districtFieldError(field: string, rule: string, messageEn: string, messageTh: string): DistrictFieldError {
  return { field, rule, messageEn, messageTh };
}
