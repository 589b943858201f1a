-- Issue 15, long periods on the managers' dashboard: the tickets opened on each Brasília day, summed per team,
-- classification, channel and product once they are closed (a closed ticket no longer changes), by the application
-- (io.atende.reporting.OpenedCounts). A period then reads one row per day and combination for the closed tickets and
-- the tickets themselves only for the others (counted = false: open, or closed since the last run).
alter table ticket add column counted boolean default false not null;
create index ix_ticket_counted_opened on ticket (counted, opened_at);

create table ticket_opened_day (
    on_day      date        not null,
    team        varchar(50) not null,
    priority    varchar(10) not null,
    channel     varchar(20) not null,
    product     varchar(20) not null,
    tickets     integer     not null,
    breached    integer     not null,
    transferred integer     not null,
    answered_1h  integer    not null,
    answered_4h  integer    not null,
    answered_8h  integer    not null,
    answered_24h integer    not null,
    answered_later integer  not null,
    unanswered  integer     not null,
    primary key (on_day, team, priority, channel, product)
);
