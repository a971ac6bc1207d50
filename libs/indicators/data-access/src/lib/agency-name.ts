/** Prefix of every district office name, สำนักงานเขต (district office). */
export const districtOfficePrefix = 'สำนักงานเขต';
/** Prefix of every district name, เขต (district). */
export const districtPrefix = 'เขต';

/** Normalises an agency name for matching: Unicode NFC, trimmed, runs of white space collapsed to one space. */
export function normalizeAgencyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * Returns the bare district name of `สำนักงานเขตบางนา`, `เขตบางนา` or `เขต บางนา` (`บางนา`), or
 * null when the normalised name has neither prefix.
 */
export function stripDistrictPrefix(name: string): string | null {
  const normalized = normalizeAgencyName(name);

  for (const prefix of [districtOfficePrefix, districtPrefix]) {
    if (normalized.startsWith(prefix) && normalized.length > prefix.length) {
      return normalized.slice(prefix.length).trim();
    }
  }

  return null;
}

/** Returns the aliases of a district office: `สำนักงานเขต<name>`, `เขต<name>` and `<name>`. */
export function districtAliases(bareName: string): string[] {
  const name = normalizeAgencyName(bareName);

  return [`${districtOfficePrefix}${name}`, `${districtPrefix}${name}`, name];
}
