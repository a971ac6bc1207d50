/** A public holiday on the same month (1–12) and day every year. */
export interface FixedDateHoliday {
  month: number;
  day: number;
  nameTh: string;
  nameEn: string;
}

/**
 * Thai public holidays with fixed calendar dates, in date order. Songkran is three holidays
 * with the same name, one for each day.
 */
export const FIXED_THAI_HOLIDAYS: readonly FixedDateHoliday[] = [
  { month: 1, day: 1, nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day" },
  { month: 4, day: 6, nameTh: 'วันจักรี', nameEn: 'Chakri Memorial Day' },
  { month: 4, day: 13, nameTh: 'วันสงกรานต์', nameEn: 'Songkran' },
  { month: 4, day: 14, nameTh: 'วันสงกรานต์', nameEn: 'Songkran' },
  { month: 4, day: 15, nameTh: 'วันสงกรานต์', nameEn: 'Songkran' },
  { month: 5, day: 4, nameTh: 'วันฉัตรมงคล', nameEn: 'Coronation Day' },
  {
    month: 6,
    day: 3,
    nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี',
    nameEn: "Queen Suthida's Birthday",
  },
  {
    month: 7,
    day: 28,
    nameTh: 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว',
    nameEn: "King Vajiralongkorn's Birthday",
  },
  {
    month: 8,
    day: 12,
    nameTh: 'วันแม่แห่งชาติ',
    nameEn: "Queen Mother's Birthday and Mother's Day",
  },
  { month: 10, day: 13, nameTh: 'วันนวมินทรมหาราช', nameEn: 'King Bhumibol Memorial Day' },
  { month: 10, day: 23, nameTh: 'วันปิยมหาราช', nameEn: 'Chulalongkorn Day' },
  {
    month: 12,
    day: 5,
    nameTh: 'วันพ่อแห่งชาติ',
    nameEn: "King Bhumibol's Birthday and Father's Day",
  },
  { month: 12, day: 10, nameTh: 'วันรัฐธรรมนูญ', nameEn: 'Constitution Day' },
  { month: 12, day: 31, nameTh: 'วันสิ้นปี', nameEn: "New Year's Eve" },
];
