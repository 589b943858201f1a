-- Issue 15: the company's CNPJ (digits only), by which an agent finds a caller's company on the phone.
alter table company add column document varchar(14);
create unique index ux_company_document on company (document);
