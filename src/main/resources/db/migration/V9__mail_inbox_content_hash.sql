-- A second message with a Message-ID already processed is recorded (outcome DUPLICATE) instead of being
-- dropped without trace (issue 12). The content hash tells it from a re-read of the very same message
-- (after a crash between the commit and the \Seen flag), which stays silent.
alter table mail_inbox add column raw_sha256 varchar(64);
