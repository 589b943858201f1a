-- Benchmark figure 4 (docs/performance.md): the portal's dashboard and GET /api/tickets show a page of a
-- company's (administrator) or a contact's tickets, newest first. Without an index that starts with the owner and
-- is ordered by opened_at, the database reads and sorts all of that owner's tickets for every page, so the page
-- gets slower as the table grows. Portable SQL: H2 2.x and PostgreSQL.
create index ix_ticket_company_opened on ticket (company_id, opened_at desc);
create index ix_ticket_contact_opened on ticket (contact_id, opened_at desc);
