-- The customer's ticket lists (portal dashboard, GET /api/tickets) read a page of a company's (administrator) or a
-- contact's tickets, newest first, optionally of one status, and count tickets per status up to a cap. Each of these
-- indexes starts with the owner (and the status) and is ordered by opened_at, so a page or a capped count reads only
-- its own rows from the index however many tickets the table holds (benchmark figure 4, docs/performance.md).
-- Portable SQL: H2 2.x and PostgreSQL.
create index ix_ticket_company_opened on ticket (company_id, opened_at desc);
create index ix_ticket_contact_opened on ticket (contact_id, opened_at desc);
create index ix_ticket_company_status_opened on ticket (company_id, status, opened_at desc);
create index ix_ticket_contact_status_opened on ticket (contact_id, status, opened_at desc);
-- superseded by ix_ticket_company_status_opened (same prefix)
drop index ix_ticket_company_status;
-- open tickets per team (metrics): a range of the open statuses, not a scan of every closed ticket
create index ix_ticket_status_team on ticket (status, team);
