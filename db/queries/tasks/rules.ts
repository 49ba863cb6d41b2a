/** Every rule of Oppgaver, in the order their groups are shown. Add a rule here and nowhere else. */
import type { TaskRule } from './task.ts';
import { dischargeReadyRule } from './discharge-ready.ts';
import { guaranteeDateRule } from './guarantee-date.ts';
import { reservationPassedRule } from './reservation-passed.ts';
import { staleReportRule } from './stale-report.ts';
import { grantedWithoutEntryRule } from './granted-without-entry.ts';
import { duplicatePersonRule } from './duplicate-person.ts';
import { deceasedWaitingRule } from './deceased-waiting.ts';
import { reassessmentDueRule } from './reassessment-due.ts';
import { hospitalStayOpenRule } from './hospital-stay-open.ts';
import { korttidWithoutLangtidRule } from './korttid-without-langtid.ts';

export const TASK_RULES: readonly TaskRule[] = [
  dischargeReadyRule,
  guaranteeDateRule,
  reservationPassedRule,
  staleReportRule,
  // Corrections (urgency 'correction').
  grantedWithoutEntryRule,
  duplicatePersonRule,
  deceasedWaitingRule,
  reassessmentDueRule,
  hospitalStayOpenRule,
  korttidWithoutLangtidRule,
];
