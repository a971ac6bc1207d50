import type { AssessmentKindName } from '@bma-kpi/contracts-catalog';
import { AUTO_CHECK_OPTIONS } from '@bma-kpi/contracts-catalog';

import type { Question, QuestionnaireContent } from './questionnaire.types';

/** A rule of a questionnaire that a field breaks, with its path in the request body. */
export interface QuestionnaireRuleError {
  field: string;
  rule: string;
  messageEn: string;
  messageTh: string;
}

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();

  for (const value of values) {
    if (seen.has(value)) {
      repeated.add(value);
    }
    seen.add(value);
  }

  return repeated;
}

function questionErrors(question: Question, path: string, kind: AssessmentKindName): QuestionnaireRuleError[] {
  const errors: QuestionnaireRuleError[] = [];
  const values = question.options.map((option) => option.value);

  for (const value of duplicates(values)) {
    errors.push({ field: `${path}.options`, rule: 'unique', messageEn: `option value ${value} is repeated`, messageTh: `ค่าตัวเลือก ${value} ซ้ำกัน` });
  }
  if (Math.max(...question.options.map((option) => option.points)) <= 0) {
    errors.push({
      field: `${path}.options`,
      rule: 'maxPointsPositive',
      messageEn: 'at least one option must give more than 0 points',
      messageTh: 'ต้องมีอย่างน้อยหนึ่งตัวเลือกที่ได้คะแนนมากกว่า 0',
    });
  }
  if (kind === 'readiness' && ((question.appliesTo ?? null) !== null || (question.autoCheck ?? null) !== null)) {
    errors.push({
      field: `${path}.${(question.autoCheck ?? null) === null ? 'appliesTo' : 'autoCheck'}`,
      rule: 'securityOnly',
      messageEn: 'appliesTo and autoCheck are allowed in security checklists only',
      messageTh: 'appliesTo และ autoCheck ใช้ได้เฉพาะรายการตรวจความมั่นคงปลอดภัย (security)',
    });
  }
  if ((question.autoCheck ?? null) !== null && !(values.includes(AUTO_CHECK_OPTIONS.met) && values.includes(AUTO_CHECK_OPTIONS.notMet))) {
    errors.push({
      field: `${path}.options`,
      rule: 'autoCheckOptions',
      messageEn: 'an automatically checked question must offer the option values met and notMet',
      messageTh: 'คำถามที่ระบบตรวจเองต้องมีตัวเลือกค่า met และ notMet',
    });
  }

  return errors;
}

/**
 * Checks the rules of a questionnaire that class-validator cannot express: unique component and
 * question codes, unique option values, a scale worth more than 0 points, and the security-only
 * fields. Returns every broken rule, with paths such as `components[1].questions[0].code`.
 */
export function validateQuestionnaire(kind: AssessmentKindName, content: QuestionnaireContent): QuestionnaireRuleError[] {
  const errors: QuestionnaireRuleError[] = [];
  const repeatedComponents = duplicates(content.components.map((component) => component.code));
  const repeatedQuestions = duplicates(content.components.flatMap((component) => component.questions.map((question) => question.code)));

  content.components.forEach((component, componentIndex) => {
    const componentPath = `components[${componentIndex}]`;

    if (repeatedComponents.has(component.code)) {
      errors.push({ field: `${componentPath}.code`, rule: 'unique', messageEn: `component code ${component.code} is repeated`, messageTh: `รหัสองค์ประกอบ ${component.code} ซ้ำกัน` });
    }
    component.questions.forEach((question, questionIndex) => {
      const path = `${componentPath}.questions[${questionIndex}]`;

      if (repeatedQuestions.has(question.code)) {
        errors.push({ field: `${path}.code`, rule: 'unique', messageEn: `question code ${question.code} is repeated`, messageTh: `รหัสคำถาม ${question.code} ซ้ำกัน` });
      }
      errors.push(...questionErrors(question, path, kind));
    });
  });

  return errors;
}
