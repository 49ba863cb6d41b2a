/** Every rule of Oppgaver, in the order their groups are shown. Add a rule here and nowhere else. */
import { appealNotForwarded } from './appeal-not-forwarded.ts';
import { caseTargetRule } from './case-target-rule.ts';
import { interimReplyRule } from './interim-reply-rule.ts';
import { korttidReviewDue } from './korttid-review-due.ts';
import { korttidYearDays } from './korttid-year-days.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { dischargeReadyRule } from './discharge-ready.ts';
import { guaranteeDateRule } from './guarantee-date.ts';
import { reservationPassedRule } from './reservation-passed.ts';
import { staleReportRule } from './stale-report.ts';
import { grantedWithoutEntryRule } from './granted-without-entry.ts';
import { duplicatePersonRule } from './duplicate-person.ts';
import { deceasedWaitingRule } from './deceased-waiting.ts';
import { reassessmentDueRule } from './reassessment-due.ts';
import { hospitalStayOpenRule } from './hospital-stay-open.ts';
import { korttidWithoutReviewRule } from './korttid-without-review.ts';
import { korttidWithoutLangtidRule } from './korttid-without-langtid.ts';

export const TASK_RULES: readonly TaskRule[] = [
  // Deadlines (urgency from their due dates).
  interimReplyRule,
  caseTargetRule,
  dischargeReadyRule,
  guaranteeDateRule,
  reservationPassedRule,
  korttidReviewDue,
  korttidYearDays,
  appealNotForwarded,
  staleReportRule,
  // Corrections (urgency 'correction').
  grantedWithoutEntryRule,
  duplicatePersonRule,
  deceasedWaitingRule,
  reassessmentDueRule,
  hospitalStayOpenRule,
  korttidWithoutLangtidRule,
  korttidWithoutReviewRule,
];
