-- Health-check instruments uploaded by administrators, kept as the file was uploaded. The
-- instruments shipped with Entente stay in src/main/resources/instruments and are not copied here.
-- A published version is never replaced or changed (rounds already run on it must read the same
-- questions for ever), so an upload always adds a new version and rows are never updated.
create table assessment_instrument_upload (
    id                bigserial    primary key,
    instrument_key    varchar(60)  not null,
    version           integer      not null,
    title             text         not null,
    file_name         varchar(255),
    content           text         not null,
    uploaded_by_id    bigint       references user_account (id),
    uploaded_by_name  text         not null,
    uploaded_in_area  bigint       references area (id),
    uploaded_at       timestamptz  not null default now(),
    constraint assessment_instrument_upload_version check (version >= 1),
    constraint assessment_instrument_upload_key_version unique (instrument_key, version)
);

create function assessment_instrument_upload_unchanged() returns trigger
language plpgsql as $$
begin
    raise exception 'a published instrument version cannot be changed or removed';
end;
$$;

create trigger assessment_instrument_upload_unchanged
    before update or delete on assessment_instrument_upload
    for each row execute function assessment_instrument_upload_unchanged();
