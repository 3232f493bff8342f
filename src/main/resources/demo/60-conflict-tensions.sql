-- The tension log of the demo area: six tensions across sources and stages, most of them in the
-- community safety partnership, with notes, stage moves and one linked action; and a force-field
-- analysis, in two versions, of merging two overlapping theme groups.
-- Times are relative to the day the demo is loaded, so the story reads the same whatever the day.

insert into tension (area_id, partnership_id, title, description, source, severity, stage, barrier,
    raised_at, raised_by, version)
select a.id, p.id, v.title, v.description, v.source, v.severity, v.stage, v.barrier,
    now() - v.age, v.raised_by, 0
from area a
join (values
    ('Safer Shires Community Safety Partnership', 'Who funds the youth outreach post',
     'The county council, the police and the voluntary sector each expect another partner to pick up the cost of the youth outreach post when its grant ends in March. Without an answer the post holder will be given notice.',
     'PRIORITIES', 'HIGH', 'WITHIN_PARTNERSHIP', 'PROCESSES', interval '75 days', 'Olivia Officer'),
    ('Safer Shires Community Safety Partnership', 'Ever more junior police substitutes at the tensions group',
     'The police seat on the Community Tensions and Hate Crime Group is more and more often filled by a junior substitute who cannot commit resources, so decisions wait for the next meeting.',
     'UNEVEN_COMMITMENT', 'MEDIUM', 'RAISED', 'CULTURES', interval '20 days', 'Olivia Officer'),
    ('Safer Shires Community Safety Partnership', 'Nobody sure who chairs joint problem-solving meetings',
     'District community safety groups and the county team both called joint problem-solving meetings for the same hotspots, and neither knew who was in the chair.',
     'UNCLEAR_ROLES', 'LOW', 'RESOLVED', 'STRUCTURES', interval '200 days', 'Olivia Officer'),
    ('Safer Shires Community Safety Partnership', 'Hate crime incident data arrives late again',
     'The monthly community tension report depends on incident data from the police and the districts. Sharing broke down in the spring, was fixed, and has slipped again since the new recording system.',
     'COMMUNICATION', 'MEDIUM', 'RECURRING', null, interval '160 days', 'Olivia Officer'),
    ('Domestic Abuse Delivery Group', 'Refuge providers feel outvoted by statutory partners',
     'The specialist refuge provider feels that commissioning decisions are settled between the council and the police commissioner before the group meets.',
     'POWER_IMBALANCE', 'HIGH', 'EXTERNAL_HELP', 'CULTURES', interval '120 days', 'Olivia Officer'),
    ('Shires Stronger Communities Partnership', 'Grants panel and council differ on funding community activists',
     'Panel members want small grants to back informal groups of activists, council officers want them kept for constituted organisations that can account for the money.',
     'PHILOSOPHY', 'MEDIUM', 'RAISED', null, interval '35 days', 'Alex Admin')
  ) as v(partnership, title, description, source, severity, stage, barrier, age, raised_by)
  on true
join partnership p on p.area_id = a.id and p.name = v.partnership
where a.slug = 'demo';

insert into tension_party (tension_id, organisation_id)
select t.id, o.id
from tension t
join area a on a.id = t.area_id and a.slug = 'demo'
join (values
    ('Who funds the youth outreach post', 'Shires County Council'),
    ('Who funds the youth outreach post', 'Shires Police'),
    ('Who funds the youth outreach post', 'Shires Council for Voluntary Service'),
    ('Ever more junior police substitutes at the tensions group', 'Shires Police'),
    ('Nobody sure who chairs joint problem-solving meetings', 'Shires County Council'),
    ('Nobody sure who chairs joint problem-solving meetings', 'Southmoor District Council'),
    ('Hate crime incident data arrives late again', 'Shires Police'),
    ('Refuge providers feel outvoted by statutory partners', 'Safe Haven Shires'),
    ('Refuge providers feel outvoted by statutory partners', 'Shires County Council'),
    ('Grants panel and council differ on funding community activists', 'Shires County Council')
  ) as v(title, organisation) on v.title = t.title
join organisation o on o.area_id = t.area_id and o.name = v.organisation;

insert into tension_party (tension_id, body_id)
select t.id, b.id
from tension t
join area a on a.id = t.area_id and a.slug = 'demo'
join (values
    ('Ever more junior police substitutes at the tensions group', 'Community Tensions and Hate Crime Group'),
    ('Hate crime incident data arrives late again', 'Community Tensions and Hate Crime Group'),
    ('Grants panel and council differ on funding community activists', 'Community Small Grants Panel')
  ) as v(title, body) on v.title = t.title
join body b on b.partnership_id = t.partnership_id and b.name = v.body;

-- The timeline: stage moves carry the stage before and after, notes only text.
insert into tension_note (tension_id, noted_at, noted_by, text, stage_from, stage_to)
select t.id, now() - v.age, v.noted_by, v.text, v.stage_from, v.stage_to
from tension t
join area a on a.id = t.area_id and a.slug = 'demo'
join (values
    ('Who funds the youth outreach post', interval '60 days', 'Olivia Officer',
     'Put on the board agenda. Each partner to bring what it could contribute.', 'RAISED', 'WITHIN_PARTNERSHIP'),
    ('Who funds the youth outreach post', interval '30 days', 'Olivia Officer',
     'The board could not agree. The council will fund half if the police match it, the police say the post is not policing.', null, null),
    ('Ever more junior police substitutes at the tensions group', interval '20 days', 'Olivia Officer',
     'Raised with the chief inspector informally before taking it to the board.', null, null),
    ('Nobody sure who chairs joint problem-solving meetings', interval '180 days', 'Olivia Officer',
     null, 'RAISED', 'WITHIN_PARTNERSHIP'),
    ('Nobody sure who chairs joint problem-solving meetings', interval '150 days', 'Olivia Officer',
     'The board agreed that the district group chairs meetings about its own hotspots and the county team supports.', 'WITHIN_PARTNERSHIP', 'RESOLVED'),
    ('Hate crime incident data arrives late again', interval '140 days', 'Olivia Officer',
     'Analysts from both sides agreed a monthly extract.', 'RAISED', 'RESOLVED'),
    ('Hate crime incident data arrives late again', interval '25 days', 'Olivia Officer',
     'The extract stopped when the police changed their recording system.', 'RESOLVED', 'RECURRING'),
    ('Refuge providers feel outvoted by statutory partners', interval '100 days', 'Olivia Officer',
     null, 'RAISED', 'WITHIN_PARTNERSHIP'),
    ('Refuge providers feel outvoted by statutory partners', interval '45 days', 'Olivia Officer',
     'Two facilitated conversations did not help. The group agreed to ask an independent facilitator from the regional network.', 'WITHIN_PARTNERSHIP', 'EXTERNAL_HELP')
  ) as v(title, age, noted_by, text, stage_from, stage_to) on v.title = t.title;

-- One action raised from a tension and linked to it.
insert into action (area_id, partnership_id, meeting_id, description, owner_person_id, due_on,
    status, version, created_at)
select t.area_id, t.partnership_id, null,
    'Cost three ways of sharing the youth outreach post between the council, the police and the voluntary sector',
    per.id, current_date + 21, 'IN_PROGRESS', 0, now() - interval '30 days'
from tension t
join area a on a.id = t.area_id and a.slug = 'demo'
join person per on per.area_id = t.area_id and per.name = 'Margaret Hollis'
where t.title = 'Who funds the youth outreach post';

insert into tension_action (tension_id, action_id)
select t.id, x.id
from tension t
join area a on a.id = t.area_id and a.slug = 'demo'
join action x on x.partnership_id = t.partnership_id and x.meeting_id is null
    and x.description like 'Cost three ways of sharing the youth outreach post%'
where t.title = 'Who funds the youth outreach post';

-- A force-field analysis of merging the two overlapping theme groups that watch community
-- tensions: the safety partnership's group and the stronger communities group.
insert into force_field (area_id, partnership_id, version, created_at)
select a.id, p.id, 1, now() - interval '50 days'
from area a join partnership p on p.area_id = a.id
    and p.name = 'Safer Shires Community Safety Partnership'
where a.slug = 'demo';

insert into force_field_version (force_field_id, number, desired_change, description, saved_at,
    saved_by)
select f.id, v.number,
    'Merge the Community Tensions and Hate Crime Group with the Stronger Communities Partnership Group',
    'Both groups review community tension and cohesion work, with many of the same members. A single group would meet less often and see the whole picture.',
    now() - v.age, v.saved_by
from force_field f
join area a on a.id = f.area_id and a.slug = 'demo'
join (values (1, interval '50 days', 'Olivia Officer'), (2, interval '10 days', 'Olivia Officer'))
    as v(number, age, saved_by) on true;

insert into force_field_force (version_id, position, direction, description, strength, notes)
select fv.id, v.position, v.direction, v.description, v.strength, v.notes
from force_field_version fv
join force_field f on f.id = fv.force_field_id
join area a on a.id = f.area_id and a.slug = 'demo'
join (values
    (1, 0, 'DRIVING', 'The same members sit on both groups', 4, 'Seven of the eleven members attend both.'),
    (1, 1, 'DRIVING', 'Officer time spent servicing two groups', 3, null),
    (1, 2, 'DRIVING', 'Tension reports and cohesion plans overlap', 3, null),
    (1, 3, 'RESISTING', 'Hate crime work loses its statutory home', 4, 'The community safety partnership must keep the hate crime action plan.'),
    (1, 4, 'RESISTING', 'Voluntary groups fear losing their voice', 3, null),
    (1, 5, 'RESISTING', 'Different reporting lines and funding', 2, null),
    (2, 0, 'DRIVING', 'The same members sit on both groups', 4, 'Seven of the eleven members attend both.'),
    (2, 1, 'DRIVING', 'Officer time spent servicing two groups', 4, 'The county team has lost a post since version 1.'),
    (2, 2, 'DRIVING', 'Tension reports and cohesion plans overlap', 3, null),
    (2, 3, 'DRIVING', 'The board has asked for fewer meetings', 2, null),
    (2, 4, 'RESISTING', 'Hate crime work loses its statutory home', 2, 'A merged group could report to the safety board on hate crime.'),
    (2, 5, 'RESISTING', 'Voluntary groups fear losing their voice', 3, null)
  ) as v(number, position, direction, description, strength, notes) on v.number = fv.number;
