-- The customer's ticket lists (portal dashboard, GET /api/tickets) read a page of a company's (administrator) or a
-- contact's tickets, newest first, optionally of one status, and count tickets per status up to a cap. Each list
-- query has exactly one index whose columns match its equality conditions and then its ORDER BY, so a page or a
-- capped count reads only its own rows from the index however many tickets the table holds (benchmark figure 4,
-- docs/performance.md). One candidate per query also keeps H2 from keeping, in a pooled connection, a plan it
-- chose for another index while the table was small. Portable SQL: H2 2.x and PostgreSQL.
create index ix_ticket_company_opened on ticket (company_id, opened_at desc);
create index ix_ticket_contact_opened on ticket (contact_id, opened_at desc);
create index ix_ticket_status_company_opened on ticket (status, company_id, opened_at desc);
create index ix_ticket_status_contact_opened on ticket (status, contact_id, opened_at desc);
-- superseded: (company_id, status) and (contact_id) by the indexes above (same leading columns for lookups)
drop index ix_ticket_company_status;
drop index ix_ticket_contact;
-- open tickets per team (metrics): a range of the open statuses, not a scan of every closed ticket
create index ix_ticket_status_team on ticket (status, team);
