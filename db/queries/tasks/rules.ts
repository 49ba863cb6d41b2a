/** Every rule of Oppgaver, in the order their groups are shown. Add a rule here and nowhere else. */
import { appealNotForwarded } from './appeal-not-forwarded.ts';
import { caseTargetRule } from './case-target-rule.ts';
import { interimReplyRule } from './interim-reply-rule.ts';
import { korttidReviewDue } from './korttid-review-due.ts';
import { korttidYearDays } from './korttid-year-days.ts';
import type { TaskRule } from './task.ts';

export const TASK_RULES: readonly TaskRule[] = [interimReplyRule, caseTargetRule, korttidReviewDue, korttidYearDays, appealNotForwarded];
