import type { AgencySummary, ProgressResponse, QuarterTargetResponse } from './indicators.responses';

/** A progress note as the export returns it: the dates, the value rounded to the indicator's decimals and the text. */
export type ExportedProgressNote = Pick<ProgressResponse, 'id' | 'date' | 'dateTh' | 'fiscalYear' | 'quarter' | 'value' | 'text' | 'source' | 'createdAt'>;

/** An indicator of the progress export with its quarter plan and the progress notes of the period. */
export interface ProgressExportItem {
  id: string;
  code: string | null;
  title: string | null;
  fiscalYear: number;
  agency: AgencySummary | null;
  unit: string | null;
  decimals: number;
  target: number | null;
  actual: number | null;
  quarterTargets: Pick<QuarterTargetResponse, 'quarter' | 'plannedValue'>[];
  progress: ExportedProgressNote[];
  updatedAt: string;
}
