-- Each area's rule for publishing papers: how many clear working days before a meeting, and whose
-- bank holidays do not count. An area without a row uses five clear days in England and Wales, with
-- the bank holidays shipped with Entente. An administrator may upload the area's own bank holiday
-- file (the shipped file's format), kept here as it was uploaded.
create table papers_rule (
    area_id                  bigint       primary key references area (id),
    region                   varchar(20)  not null,
    clear_days               smallint     not null,
    bank_holidays            text,
    bank_holidays_updated_at timestamptz,
    version                  integer      not null default 0,
    constraint papers_rule_region check (region in ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND')),
    constraint papers_rule_clear_days check (clear_days between 0 and 20)
);
