import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const fiscalYearMessage = '$property must be a Buddhist-era (พ.ศ.) fiscal year such as 2569';

/** Request for every planned reminder of one Buddhist-era fiscal year, with what was issued. */
export class ReminderPlanRequest {
  @Type(() => Number)
  @Min(2485, { message: fiscalYearMessage })
  @Max(2700, { message: fiscalYearMessage })
  @IsInt({ message: fiscalYearMessage })
  fiscalYear: number;
}

/** Request to run the reminder scheduler for one Bangkok date now. */
export class ReminderRunRequest {
  /** Bangkok date, `YYYY-MM-DD` in the Christian era, to run the reminders of. */
  @Matches(/^(194[1-9]|19[5-9]\d|20\d\d|21[0-4]\d|215[0-6])-/, {
    message: '$property must be a Christian-era date such as 2025-11-12; a Buddhist-era year such as 2568 is 543 years later',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  @IsString()
  date: string;

  /** True lists what the run would issue without recording or sending anything. */
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
