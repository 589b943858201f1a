-- R4 "the contact's permission": whether a contact may download update packages (issue 14, the download centre).
-- The company's administrator grants or takes it on the portal's contact page; administrators always may.
alter table contact add column may_download boolean default true not null;
