-- Thai collation for sorting names in SQL (ORDER BY "nameTh" COLLATE "thai"). It orders Thai
-- text by dictionary order, reading leading vowels (เ แ โ ใ ไ) after the consonant they precede.
-- PGlite 0.5 ships ICU without the Thai locale data and falls back to the root collation, which
-- sorts Thai text the same way but puts Latin letters before Thai; PostgreSQL puts Thai first.
CREATE COLLATION IF NOT EXISTS "thai" (provider = icu, locale = 'th');
