import type { AnswerInput } from '@bma-kpi/contracts-catalog';
import { AUTO_CHECK_OPTIONS } from '@bma-kpi/contracts-catalog';
import type { AnswerWrite, AssessmentAnswerRecord, PersonalDataField } from '@bma-kpi/catalog-data-access';
import { applicableQuestions, type AssessedDataset, type Question, type QuestionnaireContent } from '@bma-kpi/catalog-domain';
import type { FieldError } from '@bma-kpi/errors';

import { fieldError } from './assessment.exceptions';

function findQuestion(content: QuestionnaireContent, code: string): Question | undefined {
  return content.components.flatMap((component) => component.questions).find((question) => question.code === code);
}

function checkAnswer(answer: AnswerInput, path: string, content: QuestionnaireContent, applicable: ReadonlySet<string>): FieldError[] {
  const question = findQuestion(content, answer.questionCode);

  if (question === undefined) {
    return [fieldError(`${path}.questionCode`, 'exists', `question ${answer.questionCode} is not in the questionnaire`, `ไม่มีคำถาม ${answer.questionCode} ในแบบประเมิน`)];
  }
  if (!applicable.has(question.code)) {
    return [fieldError(`${path}.questionCode`, 'applies', `question ${question.code} does not apply to this dataset's classification or category`, `คำถาม ${question.code} ไม่ใช้กับชั้นความลับหรือหมวดหมู่ของชุดข้อมูลนี้`)];
  }
  if ((question.autoCheck ?? null) !== null) {
    return [fieldError(`${path}.questionCode`, 'automatic', `question ${question.code} is checked by the service and cannot be answered`, `คำถาม ${question.code} ระบบตรวจเอง ไม่ต้องตอบ`)];
  }
  const values = question.options.map((option) => option.value);

  if (!values.includes(answer.optionValue)) {
    return [
      fieldError(
        `${path}.optionValue`,
        'isIn',
        `${answer.optionValue} is not on the scale of question ${question.code}; use one of ${values.join(', ')}`,
        `${answer.optionValue} ไม่อยู่ในตัวเลือกของคำถาม ${question.code} ให้ใช้ ${values.join(', ')}`,
      ),
    ];
  }

  return [];
}

/** Checks answers against the questionnaire and returns the writes, or every field error found. */
export function answerWrites(
  content: QuestionnaireContent,
  dataset: AssessedDataset | null,
  answers: readonly AnswerInput[],
): { writes: AnswerWrite[]; errors: FieldError[] } {
  const applicable = new Set(applicableQuestions(content, dataset).map((question) => question.code));
  const seen = new Set<string>();
  const errors: FieldError[] = [];

  answers.forEach((answer, index) => {
    const path = `answers[${index}]`;

    if (seen.has(answer.questionCode)) {
      errors.push(fieldError(`${path}.questionCode`, 'unique', `question ${answer.questionCode} is answered twice`, `ตอบคำถาม ${answer.questionCode} ซ้ำ`));
    }
    seen.add(answer.questionCode);
    errors.push(...checkAnswer(answer, path, content, applicable));
  });
  const writes = answers.map((answer): AnswerWrite => {
    const option = findQuestion(content, answer.questionCode)?.options.find((candidate) => candidate.value === answer.optionValue);

    return {
      questionCode: answer.questionCode,
      optionValue: answer.optionValue,
      points: String(option?.points ?? 0),
      note: answer.note ?? null,
      documents: answer.documents ?? [],
      links: answer.links ?? [],
      automatic: false,
    };
  });

  return { writes, errors };
}

/**
 * Fills in the automatic checks from the catalog's data. `personalDataLegalBasis` is met when every
 * personal-data field of the dataset's dictionary names a legal basis, which includes a dictionary
 * without personal-data fields.
 */
export function automaticAnswers(content: QuestionnaireContent, dataset: AssessedDataset | null, personalFields: readonly PersonalDataField[]): AnswerWrite[] {
  const missing = personalFields.filter((field) => field.legalBasis === null).map((field) => field.name);
  const met = missing.length === 0;
  const note = met
    ? `ฟิลด์ข้อมูลส่วนบุคคล ${personalFields.length} ฟิลด์ระบุฐานทางกฎหมายครบ / All ${personalFields.length} personal-data fields name a legal basis`
    : `ฟิลด์ข้อมูลส่วนบุคคลที่ยังไม่ระบุฐานทางกฎหมาย / Personal-data fields without a legal basis: ${missing.join(', ')}`;

  return applicableQuestions(content, dataset)
    .filter((question) => question.autoCheck === 'personalDataLegalBasis')
    .map((question) => {
      const value = met ? AUTO_CHECK_OPTIONS.met : AUTO_CHECK_OPTIONS.notMet;
      const option = question.options.find((candidate) => candidate.value === value);

      return { questionCode: question.code, optionValue: value, points: String(option?.points ?? 0), note, documents: [], links: [], automatic: true };
    });
}

/** Tells whether a stored automatic answer has the option and note of a fresh check, so it need not be rewritten. */
export function isUnchanged(write: AnswerWrite, stored: AssessmentAnswerRecord | undefined): boolean {
  return stored !== undefined && stored.optionValue === write.optionValue && stored.note === write.note;
}

function evidenceError(question: Question, answer: AssessmentAnswerRecord): FieldError | null {
  const points = question.options.find((option) => option.value === answer.optionValue)?.points ?? 0;

  // An answer that earns nothing (such as "not started") has nothing to prove.
  if (points === 0) {
    return null;
  }
  if (question.evidence === 'document' && answer.documents.length === 0) {
    return fieldError(`answers.${question.code}.documents`, 'evidenceRequired', `question ${question.code} needs at least one evidence file`, `คำถาม ${question.code} ต้องแนบไฟล์หลักฐานอย่างน้อยหนึ่งไฟล์`);
  }
  if (question.evidence === 'link' && answer.links.length === 0) {
    return fieldError(`answers.${question.code}.links`, 'evidenceRequired', `question ${question.code} needs at least one evidence link`, `คำถาม ${question.code} ต้องระบุลิงก์หลักฐานอย่างน้อยหนึ่งลิงก์`);
  }

  return null;
}

/** Lists what blocks a submission: applicable questions without an answer, and answers without the evidence they need. */
export function submissionErrors(content: QuestionnaireContent, dataset: AssessedDataset | null, answers: readonly AssessmentAnswerRecord[]): FieldError[] {
  const byCode = new Map(answers.map((answer) => [answer.questionCode, answer]));
  const errors: FieldError[] = [];

  for (const question of applicableQuestions(content, dataset)) {
    const answer = byCode.get(question.code);

    if (answer === undefined) {
      errors.push(fieldError(`answers.${question.code}`, 'required', `question ${question.code} has no answer`, `คำถาม ${question.code} ยังไม่ได้ตอบ`));
      continue;
    }
    const error = evidenceError(question, answer);

    if (error !== null) {
      errors.push(error);
    }
  }

  return errors;
}
