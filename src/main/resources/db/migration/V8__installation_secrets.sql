-- Secrets generated once per installation (issue 12): e.g. the key that signs one-click links when
-- atende.mail.tokens.secret is not configured. Every node of a cluster reads the same row.
create table installation_secret (
    name         varchar(100) primary key,
    secret_value varchar(200) not null,
    created_at   timestamp    not null
);
