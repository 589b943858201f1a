-- Issue 13.4: the customer's acceptance is recorded when it arrives; the ticket closes when the lifecycle reaches
-- its "closed (accepted)" end, so a step a process owner adds after the acceptance shows as RESOLVIDO, not FECHADO.
alter table ticket add column accepted_at timestamp(6) with time zone;
