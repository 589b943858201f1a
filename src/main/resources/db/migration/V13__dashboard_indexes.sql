-- Issue 15, managers' dashboard: every table reads a period of opening (tickets, Ouvidoria cases) or of answer
-- (surveys); these indexes keep those range scans off the whole table.
create index ix_ticket_opened_at on ticket (opened_at, team);
create index ix_ticket_sla_breach_target on ticket_sla_breach (ticket_id, target);
create index ix_satisfaction_survey_answered on satisfaction_survey (answered_at);
create index ix_ouvidoria_case_opened on ouvidoria_case (opened_at);
