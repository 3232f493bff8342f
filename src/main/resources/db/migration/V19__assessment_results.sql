-- The actions a health-check round's results produced, through the action plan drafted from them.
create table assessment_round_action (
    area_id       bigint      not null,
    round_id      bigint      not null,
    action_id     bigint      not null,
    dimension_key text        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    primary key (round_id, action_id)
);

create index assessment_round_action_area on assessment_round_action (area_id, round_id);
