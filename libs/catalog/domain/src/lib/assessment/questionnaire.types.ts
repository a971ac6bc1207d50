import type { AutoCheckName, EvidenceRequirement } from '@bma-kpi/contracts-catalog';

/** One choice of a question's answer scale. */
export interface AnswerOption {
  value: string;
  labelTh: string;
  labelEn: string;
  points: number;
}

/** Datasets a checklist item applies to; every condition given must hold. */
export interface QuestionScope {
  classifications?: string[];
  exceptClassifications?: string[];
  categories?: string[];
}

/** A question with its answer scale, weight within its component, and the evidence its answer needs. */
export interface Question {
  code: string;
  textTh: string;
  textEn: string;
  weight: number;
  evidence: EvidenceRequirement;
  options: AnswerOption[];
  appliesTo?: QuestionScope | null;
  autoCheck?: AutoCheckName | null;
}

/** A data governance component that groups questions, with its weight in the overall score. */
export interface QuestionnaireComponent {
  code: string;
  nameTh: string;
  nameEn: string;
  weight: number;
  questions: Question[];
}

/** The content of one questionnaire version. */
export interface QuestionnaireContent {
  titleTh: string;
  titleEn: string;
  components: QuestionnaireComponent[];
}

/** The dataset facts that decide which security checklist items apply. */
export interface AssessedDataset {
  category: string;
  classification: string;
}
