-- Demo area, part 2: the partnership register of Shires County.
-- One county strategic partnership with its public service board and seven thematic
-- partnerships; delivery and task-and-finish groups beneath them; a partnership in each of the
-- four districts, with theme groups and area forums; and a cross-border resilience forum.
-- Between them they use every cell of the typology grid, every life-cycle stage and every
-- formality. All names and events are fictional. Parents are inserted before their children.

-- ---------------------------------------------------------------------------------------------
-- County level
-- ---------------------------------------------------------------------------------------------

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Strategic Partnership', 'SSP',
    'The local strategic partnership for the whole county. It sets the shared vision in the Shires Community Strategy 2024-2034, agrees the priorities that partners align their own plans and budgets to, and monitors progress on the outcomes agreed for the county.',
    'STRATEGIC', 'COORDINATION', 'STRATEGIC',
    'FUNCTIONING', true, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Rebecca Lowe'),
    null,
    null,
    date '2008-04-01', null, date '2027-03-31',
    'No single organisation controls the levers on the county''s biggest problems: health inequality, low wages and rural isolation. A standing partnership of the main public, voluntary and business bodies is the only place where they can agree one set of priorities and hold each other to them. A contract would not work because nobody is buying a service.',
    'Ends by resolution of the board with six months'' notice to all partners. The county council, as accountable body, would return unspent programme contributions in proportion to what each partner paid in. The community strategy, performance records and minutes pass to the county council''s policy team.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Public Service Board', 'PSB',
    'The executive arm of the Shires Strategic Partnership. Chief executives of the main public bodies meet every two months to pool resources, unblock joint programmes such as the shared estate, and manage performance against the community strategy.',
    'STRATEGIC', 'INTEGRATION', 'STRATEGIC',
    'FLYING', true, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Helen Marsh'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    null,
    date '2016-09-01', null, date '2027-06-30',
    'Decisions on shared buildings, joint posts and pooled budgets need chief executives who can commit their organisations on the spot. The board is the only place where all of them meet, and it keeps that business out of the larger strategic partnership board.',
    'Would be folded back into the strategic partnership board. Jointly funded posts end at the close of the financial year in which notice is given and staff return to their employing body. Shared buildings stay with the partner that holds the lease.',
    false, null, null
from area a where a.slug = 'demo';

-- Thematic partnerships of the strategic partnership.

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Safer Shires Community Safety Partnership', 'Safer Shires',
    'Brings the responsible authorities together to reduce crime, antisocial behaviour, reoffending and substance misuse across Shires. It produces the annual strategic assessment and the three-year community safety plan, and oversees the domestic abuse, serious violence and drug and alcohol work.',
    'STATUTORY_STRATEGIC', 'COORDINATION', 'STRATEGIC',
    'FUNCTIONING', true, 'Crime and Disorder Act 1998, sections 5 to 7 and section 17', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Grace Whitfield'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Safer communities'),
    date '2010-04-01', null, date '2027-03-31',
    'Required by law: the councils, police, fire and rescue, probation and health bodies must work together on crime and disorder. One county-wide partnership covering the single police force area, with district groups beneath it, avoids four separate plans and four separate assessments.',
    'Cannot be ended while the statutory duty stands. If the arrangements were merged or split, the strategic assessment, the information-sharing agreement and the pooled community safety fund would transfer to the successor partnership, with any unspent grant returned to the police and crime commissioner.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Health and Wellbeing Board', 'HWB',
    'The statutory board for health and care in Shires. It assesses local need through the joint strategic needs assessment, publishes the joint local health and wellbeing strategy and encourages the NHS and the councils to integrate their services.',
    'STATUTORY_STRATEGIC', 'COORDINATION', 'STRATEGIC',
    'FRUSTRATION', true, 'Health and Social Care Act 2012, section 194', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Samira Khan'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Healthier lives'),
    date '2013-04-01', null, date '2026-03-31',
    'Required by law for every upper-tier council. It gives elected members, the NHS and the voluntary sector one place to agree health priorities and to sign off the Better Care Fund plan.',
    'A statutory committee of the county council: it continues as long as the duty does. Changes to membership or terms of reference go to full council. The needs assessment and strategy stay with the director of public health.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Children and Young People''s Partnership', 'CYPP',
    'Agrees and monitors the Shires children and young people''s plan, so that schools, health services, police, the college and the voluntary sector work to the same priorities for children, from the early years to leaving care.',
    'STATUTORY_STRATEGIC', 'COORDINATION', 'STRATEGIC',
    'FUNCTIONING', true, 'Children Act 2004, section 10 (co-operation to improve well-being)', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Fiona Caldwell'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Children and young people'),
    date '2005-04-01', null, date '2027-01-31',
    'The county council and its relevant partners have a legal duty to co-operate to improve children''s well-being. A single partnership lets them meet that duty once, with one plan, instead of in separate bilateral agreements.',
    'The duty to co-operate would remain. If the partnership ended, the children and young people''s plan and its performance framework would pass to the county council''s children''s services, and the youth justice, safeguarding hub and early help groups would report to the strategic partnership directly.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Economic Partnership', 'SEP',
    'Brings the councils, businesses, the college and the voluntary sector together to write and deliver the Shires local growth plan, now that the county council has taken over the functions of the former local enterprise partnership.',
    'STRATEGIC', 'COOPERATION', 'STRATEGIC',
    'FORMING', true, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Martin Oduya'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Thriving economy'),
    date '2025-04-01', null, date '2027-04-30',
    'Upper-tier councils are now expected to lead local growth planning with business. An advisory partnership keeps the business voice close to decisions without the cost of a separate company, and the growth funding stays within the county council''s audited accounts.',
    'An advisory partnership with no assets of its own. The county council would end it by cabinet decision after consulting members, keeping the growth plan, the business survey data and any unspent growth funding.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Stronger Communities Partnership', null,
    'Supports volunteering, community action and community cohesion across Shires, runs the small grants scheme and advises the strategic partnership on how to involve residents in its decisions.',
    'STRATEGIC', 'COOPERATION', 'STRATEGIC',
    'FAILING', false, null, 'UNDER_REVIEW', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Tom Ashworth'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Stronger communities'),
    date '2014-06-01', null, date '2025-06-30',
    'Set up so that the voluntary sector and parish councils had a direct route into the strategic partnership. Whether it still adds anything beyond the Council for Voluntary Service''s own forum is the question the current review is asking.',
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Climate and Environment Partnership', 'Climate Partnership',
    'Co-ordinates the five councils'' and their partners'' climate emergency action plans towards a county-wide net zero target of 2045, and leads joint work on flooding, nature recovery and adapting to hotter summers.',
    'STRATEGIC', 'COORDINATION', 'STRATEGIC',
    'FRUSTRATION', true, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Claire Dobson'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Environment and climate'),
    date '2020-01-15', null, date '2025-12-31',
    'Carbon, flooding and nature do not stop at council boundaries, and each council alone is too small to attract the funding or the contractors needed. A shared plan and a shared carbon baseline let partners bid jointly and report on one basis.',
    'Any council may leave on twelve months'' notice. On closure the shared carbon data service contract, held by the county council, would be ended at its next break point and the costs shared as in the current year. Joint bids in progress would be completed by the lead bidder.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Housing and Homelessness Partnership', 'Housing Partnership',
    'Joins up the four district housing authorities, the county council, the NHS and housing associations to prevent homelessness, commission supported housing jointly and end rough sleeping in Shires.',
    'STRATEGIC', 'COORDINATION', 'COMMISSIONING',
    'FUNCTIONING', true, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county (all four districts)',
    (select id from organisation where area_id = a.id and name = 'Northvale District Council'),
    (select id from person where area_id = a.id and name = 'Nadia Ferris'),
    (select id from partnership where area_id = a.id and name = 'Shires Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Housing'),
    date '2018-04-01', null, date '2027-03-31',
    'Each district is its own housing authority, but people who are homeless move between districts and supported housing is only viable at county scale. Joint commissioning through one host district is cheaper than four contracts and avoids people falling between services.',
    'Northvale District Council hosts the joint supported housing contract on behalf of the others. If the partnership ended, the contract would run to its expiry with costs shared on the current formula, after which each district would commission for itself. Shared client data would be split by district of residence.',
    false, null, null
from area a where a.slug = 'demo';

-- Delivery and task-and-finish groups under the thematic partnerships.

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Domestic Abuse Delivery Group', 'DA Delivery Group',
    'Delivers the Shires domestic abuse strategy: commissions and co-ordinates refuge and other safe accommodation, outreach and independent domestic violence advisers, and makes sure every agency responds to a disclosure in the same way.',
    'SERVICE_DELIVERY', 'COORDINATION', 'DELIVERY',
    'FRUSTRATION', true, 'Domestic Abuse Act 2021, Part 4 (support in safe accommodation)', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Daniel Reeve'),
    (select id from partnership where area_id = a.id and name = 'Safer Shires Community Safety Partnership'),
    (select id from theme where area_id = a.id and name = 'Safer communities'),
    date '2021-10-01', null, date '2027-03-31',
    'Victims move between police, health, housing and specialist services. A delivery group with a pooled budget lets one commissioner hold the safe accommodation contract while each partner keeps its own frontline staff in the joint response, so victims tell their story once.',
    'The county council keeps the safe accommodation contract and the statutory duty. Pooled funds are returned to contributors pro rata to the unspent balance. Case records stay with the agency that created them under the information-sharing agreement, and refuge addresses are never transferred.',
    true, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Drug and Alcohol Partnership', 'Drug and Alcohol Partnership',
    'Commissions drug and alcohol treatment and recovery services for adults and young people, and co-ordinates enforcement, treatment and prevention so that fewer people are harmed by drugs and alcohol.',
    'STRATEGIC', 'COORDINATION', 'COMMISSIONING',
    'FUNCTIONING', true, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Owen Pritchard'),
    (select id from partnership where area_id = a.id and name = 'Safer Shires Community Safety Partnership'),
    (select id from theme where area_id = a.id and name = 'Safer communities'),
    date '2012-04-01', null, date '2027-03-31',
    'Treatment is funded by public health, enforcement by the police and diversion by the police and crime commissioner and probation. Only joint commissioning stops people being arrested, released and lost between services.',
    'Treatment contracts are let by the county council and would run to expiry. Partner contributions for the current year would be returned pro rata. The shared treatment data would stay with public health under the existing data-sharing agreement.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Serious Violence Task and Finish Group', null,
    'Carries out the strategic needs assessment for serious violence, agrees the county''s response strategy and commissions violence prevention projects with the grant held by the police and crime commissioner.',
    'STRATEGIC', 'COORDINATION', 'COMMISSIONING',
    'FUNCTIONING', false, 'Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 1 (serious violence duty)', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Office of the Shires Police and Crime Commissioner'),
    (select id from person where area_id = a.id and name = 'Neil Foster'),
    (select id from partnership where area_id = a.id and name = 'Safer Shires Community Safety Partnership'),
    (select id from theme where area_id = a.id and name = 'Safer communities'),
    date '2023-01-31', date '2027-03-31', date '2026-12-31',
    null,
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Better Care Fund Joint Commissioning Group', 'BCF Group',
    'Manages the pooled Better Care Fund of the county council and the integrated care board, jointly commissioning community health, reablement and home adaptation services that keep people independent and out of hospital.',
    'STRATEGIC', 'INTEGRATION', 'COMMISSIONING',
    'FUNCTIONING', true, 'National Health Service Act 2006, section 75 (pooled budget agreement)', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Natalie Sheridan'),
    (select id from partnership where area_id = a.id and name = 'Shires Health and Wellbeing Board'),
    (select id from theme where area_id = a.id and name = 'Healthier lives'),
    date '2015-04-01', null, date '2027-03-31',
    'The fund must by law be pooled between the council and the NHS. A joint commissioning group with delegated authority lets the pooled money be spent on one set of services instead of being passed back and forth between two budgets.',
    'Governed by the section 75 agreement, which sets out how the pool is wound up: each partner takes back its share of any underspend and bears its agreed share of any overspend. Contracts let from the pool novate to the county council.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Hospital Discharge Task and Finish Group', null,
    'A time-limited group of ward, social care and community health managers working through the backlog of delayed discharges and testing a single discharge-to-assess pathway across the three hospital sites.',
    'INFORMAL_COLLABORATION', 'COOPERATION', 'DELIVERY',
    'FUNCTIONING', false, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county (three hospital sites)',
    (select id from organisation where area_id = a.id and name = 'NHS Shires Integrated Care Board'),
    (select id from person where area_id = a.id and name = 'Robert Quinn'),
    (select id from partnership where area_id = a.id and name = 'Shires Health and Wellbeing Board'),
    (select id from theme where area_id = a.id and name = 'Healthier lives'),
    date '2024-10-01', date '2025-09-30', date '2025-09-30',
    null,
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Active Shires Network', null,
    'An informal network of leisure providers, sports clubs, parish councils and health services that shares ideas and joins up activity programmes to get the least active residents moving.',
    'INFORMAL_COLLABORATION', 'COOPERATION', 'DELIVERY',
    'FORMING', false, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires Council for Voluntary Service'),
    (select id from person where area_id = a.id and name = 'Kwame Asante'),
    (select id from partnership where area_id = a.id and name = 'Shires Health and Wellbeing Board'),
    (select id from theme where area_id = a.id and name = 'Healthier lives'),
    date '2025-11-01', null, date '2027-05-31',
    null,
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Youth Justice Service Management Board', 'Youth Justice Board',
    'Oversees the multi-agency youth justice service, in which council, police, probation and health staff work as one team to prevent offending and reoffending by children aged 10 to 17.',
    'SERVICE_DELIVERY', 'INTEGRATION', 'DELIVERY',
    'FLYING', true, 'Crime and Disorder Act 1998, sections 38 to 41 (youth justice services and youth offending teams)', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Lucy Brennan'),
    (select id from partnership where area_id = a.id and name = 'Shires Children and Young People''s Partnership'),
    (select id from theme where area_id = a.id and name = 'Children and young people'),
    date '2000-04-01', null, date '2027-03-31',
    'The law requires a multi-agency youth offending team with staff from the council, police, probation and health. The board makes sure each partner provides its share of staff and money and that the team is held to account.',
    'A statutory service that cannot simply end. If partners changed, seconded staff would return to their employers on three months'' notice and the county council would remain responsible for the service and its case records.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Multi-Agency Safeguarding Hub', 'MASH',
    'A co-located team of social workers, police officers, health practitioners and education staff that screens safeguarding referrals together and shares information the same day, so that children and adults at risk get the right response quickly.',
    'SERVICE_DELIVERY', 'INTEGRATION', 'DELIVERY',
    'FLYING', true, 'Children Act 2004, section 11 (duty to safeguard and promote the welfare of children)', 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Amy Collier'),
    (select id from partnership where area_id = a.id and name = 'Shires Children and Young People''s Partnership'),
    (select id from theme where area_id = a.id and name = 'Children and young people'),
    date '2014-01-06', null, date '2027-09-30',
    'Serious case reviews found that each agency held part of the picture. Screening referrals together, with live access to each agency''s records, is the only reliable way to join that picture up within hours rather than weeks.',
    'Staff would return to their employing agencies. Each agency keeps its own records; joint screening notes are held by the county council under the information-sharing agreement and retained for the statutory period.',
    true, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Early Help Partnership', 'Early Help',
    'Co-ordinates family hubs, school nursing, health visiting and voluntary sector family support so that families get help early, from a single lead practitioner, before problems escalate.',
    'SERVICE_DELIVERY', 'COORDINATION', 'DELIVERY',
    'FUNCTIONING', false, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county (twelve family hub areas)',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Ben Hargreaves'),
    (select id from partnership where area_id = a.id and name = 'Shires Children and Young People''s Partnership'),
    (select id from theme where area_id = a.id and name = 'Children and young people'),
    date '2017-04-01', null, date '2026-09-30',
    'Families were seeing up to six different workers. Agreeing one lead practitioner and one family plan across agencies is cheaper and less confusing than each agency working alone.',
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Skills and Employment Board', 'Skills Board',
    'Agrees how the county''s adult skills budget and employment support funding are commissioned, so that courses and programmes match the skills local employers say they need.',
    'STRATEGIC', 'COOPERATION', 'COMMISSIONING',
    'FORMING', false, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Lynne Hartley'),
    (select id from partnership where area_id = a.id and name = 'Shires Economic Partnership'),
    (select id from theme where area_id = a.id and name = 'Thriving economy'),
    date '2025-09-01', null, date '2027-03-31',
    'Employers, the college and the council each hold part of the evidence on skills gaps. A board that meets before the adult skills budget is committed lets that evidence shape what is bought.',
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Net Zero Shires Delivery Group', 'Net Zero Group',
    'Officers from the five councils and their partners run joint projects from the climate action plan: public electric vehicle charge points, retrofitting public buildings and a shared method for reporting carbon emissions.',
    'INFORMAL_COLLABORATION', 'COORDINATION', 'DELIVERY',
    'FRUSTRATION', false, null, 'ACTIVE', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Claire Dobson'),
    (select id from partnership where area_id = a.id and name = 'Shires Climate and Environment Partnership'),
    (select id from theme where area_id = a.id and name = 'Environment and climate'),
    date '2022-03-01', null, date '2026-06-30',
    null,
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Warm Homes Programme Board', 'Warm Homes Board',
    'A proposed board to pool council and government retrofit funding and jointly commission insulation and heating upgrades for fuel-poor households in all four districts.',
    'STRATEGIC', 'INTEGRATION', 'COMMISSIONING',
    'FORMING', true, null, 'PROPOSED', 'COUNTY_WIDE', 'Shires county (all four districts)',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Claire Dobson'),
    (select id from partnership where area_id = a.id and name = 'Shires Housing and Homelessness Partnership'),
    (select id from theme where area_id = a.id and name = 'Housing'),
    date '2027-04-01', null, date '2027-10-31',
    'The four districts bid separately for retrofit funding in 2025 and lost out to larger areas. A single commissioning board would bid once, let one framework contract and target homes using shared data on fuel poverty.',
    'To be settled in the partnership agreement before launch. The draft proposes that unspent grant returns to the funding body, installed measures stay with the homeowner or landlord, and the framework contract novates to the county council.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires Community Cohesion Forum', null,
    'Brought together faith groups, voluntary organisations, the police and the councils to share information on community tensions and to plan joint events that built understanding between communities.',
    'INFORMAL_COLLABORATION', 'COOPERATION', 'STRATEGIC',
    'FAILING', false, null, 'CLOSED', 'COUNTY_WIDE', 'Shires county',
    (select id from organisation where area_id = a.id and name = 'Shires County Council'),
    (select id from person where area_id = a.id and name = 'Tom Ashworth'),
    (select id from partnership where area_id = a.id and name = 'Shires Stronger Communities Partnership'),
    (select id from theme where area_id = a.id and name = 'Stronger communities'),
    date '2016-10-01', date '2024-03-31', null,
    null,
    null,
    false, date '2024-03-31',
    'Overlapped with the Stronger Communities Partnership and with the community safety partnership''s hate crime work, and attendance had fallen to four members. Its tension-monitoring role and open actions passed to the Safer Shires Community Safety Partnership.'
from area a where a.slug = 'demo';

-- Resilience forum shared with the neighbouring county (no parent: it sits beside the county partnership).

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Shires and Fenmarsh Local Resilience Forum', 'LRF',
    'Plans and exercises the joint response of the emergency services, councils, NHS and utilities to major emergencies such as flooding, severe weather and disease outbreaks, across Shires and the neighbouring county of Fenmarsh.',
    'STATUTORY_STRATEGIC', 'COORDINATION', 'STRATEGIC',
    'FUNCTIONING', true, 'Civil Contingencies Act 2004, Part 1', 'ACTIVE', 'CROSS_BORDER', 'Shires and Fenmarsh (the shared police force area)',
    (select id from organisation where area_id = a.id and name = 'Shires Fire and Rescue Service'),
    (select id from person where area_id = a.id and name = 'Gareth Rowlands'),
    null,
    (select id from theme where area_id = a.id and name = 'Safer communities'),
    date '2005-04-01', null, date '2027-05-31',
    'Category one responders must co-operate through a local resilience forum covering the police force area. Sharing one forum with Fenmarsh matches the police boundary and the rivers that flood both counties.',
    'Cannot be ended while the duty stands. If the police force areas changed, the community risk register, plans and the secretariat budget held by Shires Fire and Rescue Service would be split between the successor forums by population.',
    false, null, null
from area a where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- District level: one partnership in each district, beside the county partnership (no parent)
-- ---------------------------------------------------------------------------------------------

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Northvale Together', null,
    'The district partnership for Northvale. It turns the county strategy into a local plan for Northvale''s market towns and villages and gives residents a say through its area forums.',
    'STRATEGIC', 'COORDINATION', 'STRATEGIC',
    'FUNCTIONING', true, null, 'ACTIVE', 'DISTRICT', 'Northvale district',
    (select id from organisation where area_id = a.id and name = 'Northvale District Council'),
    (select id from person where area_id = a.id and name = 'Nadia Ferris'),
    null,
    null,
    date '2009-07-01', null, date '2027-02-28',
    'County-wide priorities only work if they are turned into action in each town and village. The district partnership is where the district council, parishes and local groups agree that action, and its area forums are the main way residents are heard.',
    'Northvale District Council would end it by cabinet decision after three months'' consultation. The local plan and forum records pass to the district council; the small projects fund would be returned to contributors pro rata.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Northvale Town Area Forum', null,
    'A public forum for the four Northvale town wards where residents, ward councillors, the police and local groups raise local concerns and agree the area''s three priorities each year.',
    'INFORMAL_COLLABORATION', 'COOPERATION', 'STRATEGIC',
    'FUNCTIONING', false, null, 'ACTIVE', 'NEIGHBOURHOOD', 'Northvale town wards',
    (select id from organisation where area_id = a.id and name = 'Northvale District Council'),
    (select id from person where area_id = a.id and name = 'Nadia Ferris'),
    (select id from partnership where area_id = a.id and name = 'Northvale Together'),
    null,
    date '2011-03-01', null, date '2027-03-31',
    null, null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Hollinford and Villages Area Forum', null,
    'Brings Hollinford Town Council, the surrounding parish councils and local groups together to run small community projects such as the village transport scheme and the litter-picking network.',
    'INFORMAL_COLLABORATION', 'COOPERATION', 'DELIVERY',
    'FAILING', false, null, 'ACTIVE', 'NEIGHBOURHOOD', 'Hollinford town and eleven surrounding parishes',
    (select id from organisation where area_id = a.id and name = 'Hollinford Town Council'),
    (select id from person where area_id = a.id and name = 'Jean Haworth'),
    (select id from partnership where area_id = a.id and name = 'Northvale Together'),
    null,
    date '2011-03-01', null, date '2024-12-31',
    null, null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Ashwell Cross Area Forum', null,
    'A new forum for Ashwell Cross and the Vale villages, set up after the new housing estates were built, to welcome new residents and agree local priorities with the council and police.',
    'INFORMAL_COLLABORATION', 'COOPERATION', 'STRATEGIC',
    'FORMING', false, null, 'ACTIVE', 'NEIGHBOURHOOD', 'Ashwell Cross and the Vale villages',
    (select id from organisation where area_id = a.id and name = 'Northvale District Council'),
    (select id from person where area_id = a.id and name = 'Nadia Ferris'),
    (select id from partnership where area_id = a.id and name = 'Northvale Together'),
    null,
    date '2026-03-01', null, date '2027-03-31',
    null, null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Southmoor Partnership', null,
    'Southmoor''s district partnership. It agrees shared priorities for the district''s coastal towns and rural south, and co-ordinates the district council''s work with the police, health services and the voluntary sector.',
    'STRATEGIC', 'COOPERATION', 'STRATEGIC',
    'FRUSTRATION', false, null, 'ACTIVE', 'DISTRICT', 'Southmoor district',
    (select id from organisation where area_id = a.id and name = 'Southmoor District Council'),
    (select id from person where area_id = a.id and name = 'Ian Chadwick'),
    null,
    null,
    date '2010-01-01', null, date '2026-12-31',
    'Gives the district''s partners one place to agree priorities for Southmoor, so that the county partnership hears a single local view.',
    null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Southmoor Community Safety Group', null,
    'A local problem-solving group that tackles antisocial behaviour hotspots in Southmoor through joint patrols, youth outreach and targeted action against problem premises, reporting to both the district partnership and Safer Shires.',
    'STRATEGIC', 'COORDINATION', 'DELIVERY',
    'FUNCTIONING', false, null, 'ACTIVE', 'DISTRICT', 'Southmoor district',
    (select id from organisation where area_id = a.id and name = 'Southmoor District Council'),
    (select id from person where area_id = a.id and name = 'Ian Chadwick'),
    (select id from partnership where area_id = a.id and name = 'Southmoor Partnership'),
    (select id from theme where area_id = a.id and name = 'Safer communities'),
    date '2011-04-01', null, date '2027-01-31',
    null, null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Eastbrook Partnership Board', null,
    'Eastbrook''s district partnership. Partners share one plan, one joint projects budget and one performance framework for the borough''s town centre, health and skills priorities.',
    'STRATEGIC', 'INTEGRATION', 'STRATEGIC',
    'FLYING', true, null, 'ACTIVE', 'DISTRICT', 'Eastbrook borough',
    (select id from organisation where area_id = a.id and name = 'Eastbrook Borough Council'),
    (select id from person where area_id = a.id and name = 'Sophie Laidlaw'),
    null,
    null,
    date '2012-04-01', null, date '2027-04-30',
    'Eastbrook has the county''s highest deprivation in a small area. Partners decided that only a shared budget and jointly run projects, rather than separate programmes, would change outcomes at the pace residents expect.',
    'Any partner may withdraw on six months'' notice. The joint projects budget is held by Eastbrook Borough Council; on closure uncommitted funds are returned pro rata and committed projects completed by the council.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Eastbrook Town Centre Regeneration Partnership', 'Town Centre Partnership',
    'Jointly commissions and manages the Eastbrook town centre regeneration programme: redeveloping the market square, converting empty shops into homes, and building a new health and learning hub.',
    'STRATEGIC', 'INTEGRATION', 'COMMISSIONING',
    'FLYING', true, null, 'ACTIVE', 'NEIGHBOURHOOD', 'Eastbrook town centre',
    (select id from organisation where area_id = a.id and name = 'Eastbrook Borough Council'),
    (select id from person where area_id = a.id and name = 'Sophie Laidlaw'),
    (select id from partnership where area_id = a.id and name = 'Eastbrook Partnership Board'),
    (select id from theme where area_id = a.id and name = 'Thriving economy'),
    date '2019-06-01', date '2029-03-31', date '2027-03-31',
    'The programme combines council land, NHS premises money, college capital and private investment. No single partner could assemble the sites or the funding, and a jointly owned programme board avoids setting up a separate company.',
    'Ends when the programme completes in March 2029. Completed buildings stay with the partner that funded them, as set out in the development agreement. Any unspent pooled funds are returned in proportion to contributions.',
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Westmere Local Strategic Partnership', 'Westmere LSP',
    'Westmere''s district partnership, meant to bring local partners together around the Westmere community plan. It has met twice in two years and is being reviewed with a view to merging it into the county partnership''s locality arrangements.',
    'STRATEGIC', 'COOPERATION', 'STRATEGIC',
    'FAILING', false, null, 'UNDER_REVIEW', 'DISTRICT', 'Westmere district',
    (select id from organisation where area_id = a.id and name = 'Westmere District Council'),
    (select id from person where area_id = a.id and name = 'Leanne Tranter'),
    null,
    null,
    date '2008-10-01', null, date '2025-09-30',
    null, null,
    false, null, null
from area a where a.slug = 'demo';

insert into partnership (area_id, name, short_name, purpose, formality, collaboration_level, typology_function,
    lifecycle_stage, significant, statutory_basis, status, geography, geography_detail,
    accountable_body_id, lead_officer_id, parent_id, theme_id,
    start_date, end_date, review_date, justification, termination_arrangements,
    restricted, closed_on, closure_reason)
select a.id,
    'Westmere Housing Forum', null,
    'The district council and the housing associations working in Westmere agree which affordable housing schemes to back, how nominations to new homes work and how to support tenants at risk of eviction.',
    'INFORMAL_COLLABORATION', 'COOPERATION', 'COMMISSIONING',
    'FUNCTIONING', false, null, 'ACTIVE', 'DISTRICT', 'Westmere district',
    (select id from organisation where area_id = a.id and name = 'Westmere District Council'),
    (select id from person where area_id = a.id and name = 'Leanne Tranter'),
    (select id from partnership where area_id = a.id and name = 'Westmere Local Strategic Partnership'),
    (select id from theme where area_id = a.id and name = 'Housing'),
    date '2015-05-01', null, date '2027-05-31',
    null, null,
    false, null, null
from area a where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Portfolio holders: the executive councillors linked to each partnership
-- ---------------------------------------------------------------------------------------------

insert into partnership_portfolio_holder (partnership_id, person_id)
select (select p.id from partnership p where p.area_id = a.id and p.name = v.partnership),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person)
from area a
cross join (values
    ('Shires Strategic Partnership',                    'Richard Fenwick'),
    ('Shires Public Service Board',                     'Richard Fenwick'),
    ('Safer Shires Community Safety Partnership',       'Margaret Hollis'),
    ('Safer Shires Community Safety Partnership',       'Priya Nair'),
    ('Shires Health and Wellbeing Board',               'Peter Danvers'),
    ('Shires Children and Young People''s Partnership', 'Aisha Rahman'),
    ('Shires Economic Partnership',                     'Graham Tulley'),
    ('Shires Stronger Communities Partnership',         'Margaret Hollis'),
    ('Shires Climate and Environment Partnership',      'Susan Pendle'),
    ('Shires Housing and Homelessness Partnership',     'Stephen Yeo'),
    ('Domestic Abuse Delivery Group',                   'Margaret Hollis'),
    ('Shires Drug and Alcohol Partnership',             'Peter Danvers'),
    ('Shires Drug and Alcohol Partnership',             'Margaret Hollis'),
    ('Serious Violence Task and Finish Group',          'Margaret Hollis'),
    ('Better Care Fund Joint Commissioning Group',      'Peter Danvers'),
    ('Hospital Discharge Task and Finish Group',        'Peter Danvers'),
    ('Shires Youth Justice Service Management Board',   'Aisha Rahman'),
    ('Shires Multi-Agency Safeguarding Hub',            'Aisha Rahman'),
    ('Shires Early Help Partnership',                   'Aisha Rahman'),
    ('Shires Skills and Employment Board',              'Graham Tulley'),
    ('Net Zero Shires Delivery Group',                  'Susan Pendle'),
    ('Shires Warm Homes Programme Board',               'Susan Pendle'),
    ('Shires Warm Homes Programme Board',               'Stephen Yeo'),
    ('Shires Community Cohesion Forum',                 'Margaret Hollis'),
    ('Shires and Fenmarsh Local Resilience Forum',      'Margaret Hollis'),
    ('Northvale Together',                              'Brian Stokes'),
    ('Northvale Together',                              'Joan Whitaker'),
    ('Northvale Town Area Forum',                       'Joan Whitaker'),
    ('Ashwell Cross Area Forum',                        'Joan Whitaker'),
    ('Southmoor Partnership',                           'David Marlow'),
    ('Southmoor Community Safety Group',                'Priya Nair'),
    ('Eastbrook Partnership Board',                     'Helen Okafor'),
    ('Eastbrook Town Centre Regeneration Partnership',  'Helen Okafor'),
    ('Eastbrook Town Centre Regeneration Partnership',  'Graham Tulley'),
    ('Westmere Local Strategic Partnership',            'Ruth Cavendish'),
    ('Westmere Housing Forum',                          'Stephen Yeo')
) as v(partnership, person)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Partner organisations and the stance each takes (Sullivan)
-- ---------------------------------------------------------------------------------------------

insert into partnership_partner (partnership_id, organisation_id, stance)
select (select p.id from partnership p where p.area_id = a.id and p.name = v.partnership),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.stance
from area a
cross join (values
    ('Shires Strategic Partnership', 'Shires County Council',                         'ENTHUSIAST'),
    ('Shires Strategic Partnership', 'Northvale District Council',                    'ACTIVIST'),
    ('Shires Strategic Partnership', 'Southmoor District Council',                    'PRAGMATIST'),
    ('Shires Strategic Partnership', 'Eastbrook Borough Council',                     'ENTHUSIAST'),
    ('Shires Strategic Partnership', 'Westmere District Council',                     'OPPONENT'),
    ('Shires Strategic Partnership', 'Shires Police',                                 'PRAGMATIST'),
    ('Shires Strategic Partnership', 'NHS Shires Integrated Care Board',              'ACTIVIST'),
    ('Shires Strategic Partnership', 'Shires Council for Voluntary Service',          'ACTIVIST'),
    ('Shires Strategic Partnership', 'Shires Chamber of Commerce',                    'PRAGMATIST'),
    ('Shires Strategic Partnership', 'Shires Association of Local Councils',          'ACTIVIST'),

    ('Shires Public Service Board', 'Shires County Council',                          'ENTHUSIAST'),
    ('Shires Public Service Board', 'Shires Police',                                  'ACTIVIST'),
    ('Shires Public Service Board', 'Shires Fire and Rescue Service',                 'ENTHUSIAST'),
    ('Shires Public Service Board', 'NHS Shires Integrated Care Board',               'ENTHUSIAST'),
    ('Shires Public Service Board', 'Shires Health and Care NHS Foundation Trust',    'ACTIVIST'),
    ('Shires Public Service Board', 'Northvale District Council',                     'ACTIVIST'),
    ('Shires Public Service Board', 'Eastbrook Borough Council',                      'ENTHUSIAST'),

    ('Safer Shires Community Safety Partnership', 'Shires County Council',            'ACTIVIST'),
    ('Safer Shires Community Safety Partnership', 'Shires Police',                    'ENTHUSIAST'),
    ('Safer Shires Community Safety Partnership', 'Office of the Shires Police and Crime Commissioner', 'ACTIVIST'),
    ('Safer Shires Community Safety Partnership', 'Shires Fire and Rescue Service',   'ENTHUSIAST'),
    ('Safer Shires Community Safety Partnership', 'Shires Probation Delivery Unit',   'PRAGMATIST'),
    ('Safer Shires Community Safety Partnership', 'NHS Shires Integrated Care Board', 'PRAGMATIST'),
    ('Safer Shires Community Safety Partnership', 'Northvale District Council',       'ACTIVIST'),
    ('Safer Shires Community Safety Partnership', 'Westmere District Council',        'OPPONENT'),

    ('Shires Health and Wellbeing Board', 'Shires County Council',                    'ACTIVIST'),
    ('Shires Health and Wellbeing Board', 'NHS Shires Integrated Care Board',         'PRAGMATIST'),
    ('Shires Health and Wellbeing Board', 'Shires Health and Care NHS Foundation Trust', 'PRAGMATIST'),
    ('Shires Health and Wellbeing Board', 'Northvale District Council',               'ENTHUSIAST'),
    ('Shires Health and Wellbeing Board', 'Southmoor District Council',               'ACTIVIST'),
    ('Shires Health and Wellbeing Board', 'Shires Council for Voluntary Service',     'ENTHUSIAST'),
    ('Shires Health and Wellbeing Board', 'Shires Fire and Rescue Service',           'ACTIVIST'),

    ('Shires Children and Young People''s Partnership', 'Shires County Council',      'ENTHUSIAST'),
    ('Shires Children and Young People''s Partnership', 'NHS Shires Integrated Care Board', 'ACTIVIST'),
    ('Shires Children and Young People''s Partnership', 'Shires Health and Care NHS Foundation Trust', 'ACTIVIST'),
    ('Shires Children and Young People''s Partnership', 'Shires Police',              'PRAGMATIST'),
    ('Shires Children and Young People''s Partnership', 'Shires College',             'ENTHUSIAST'),
    ('Shires Children and Young People''s Partnership', 'Shires Council for Voluntary Service', 'ACTIVIST'),

    ('Shires Economic Partnership', 'Shires County Council',                          'ENTHUSIAST'),
    ('Shires Economic Partnership', 'Shires Chamber of Commerce',                     'ACTIVIST'),
    ('Shires Economic Partnership', 'Millbrook Logistics Ltd',                        'ENTHUSIAST'),
    ('Shires Economic Partnership', 'Shires College',                                 'ENTHUSIAST'),
    ('Shires Economic Partnership', 'Eastbrook Borough Council',                      'ACTIVIST'),
    ('Shires Economic Partnership', 'Southmoor District Council',                     'PRAGMATIST'),
    ('Shires Economic Partnership', 'Westmere District Council',                      'PRAGMATIST'),

    ('Shires Stronger Communities Partnership', 'Shires County Council',              'PRAGMATIST'),
    ('Shires Stronger Communities Partnership', 'Shires Council for Voluntary Service', 'ACTIVIST'),
    ('Shires Stronger Communities Partnership', 'Shires Association of Local Councils', 'OPPONENT'),
    ('Shires Stronger Communities Partnership', 'Northvale District Council',         'PRAGMATIST'),
    ('Shires Stronger Communities Partnership', 'Hollinford Town Council',            'ACTIVIST'),
    ('Shires Stronger Communities Partnership', 'Shires Homes Housing Association',   'PRAGMATIST'),

    ('Shires Climate and Environment Partnership', 'Shires County Council',           'ENTHUSIAST'),
    ('Shires Climate and Environment Partnership', 'Northvale District Council',      'ENTHUSIAST'),
    ('Shires Climate and Environment Partnership', 'Southmoor District Council',      'ACTIVIST'),
    ('Shires Climate and Environment Partnership', 'Eastbrook Borough Council',       'ACTIVIST'),
    ('Shires Climate and Environment Partnership', 'Westmere District Council',       'OPPONENT'),
    ('Shires Climate and Environment Partnership', 'Shires Fire and Rescue Service',  'PRAGMATIST'),
    ('Shires Climate and Environment Partnership', 'Shires Chamber of Commerce',      'PRAGMATIST'),
    ('Shires Climate and Environment Partnership', 'Shires Homes Housing Association', 'ACTIVIST'),

    ('Shires Housing and Homelessness Partnership', 'Northvale District Council',     'ENTHUSIAST'),
    ('Shires Housing and Homelessness Partnership', 'Southmoor District Council',     'ACTIVIST'),
    ('Shires Housing and Homelessness Partnership', 'Eastbrook Borough Council',      'ACTIVIST'),
    ('Shires Housing and Homelessness Partnership', 'Westmere District Council',      'PRAGMATIST'),
    ('Shires Housing and Homelessness Partnership', 'Shires County Council',          'PRAGMATIST'),
    ('Shires Housing and Homelessness Partnership', 'Shires Homes Housing Association', 'ENTHUSIAST'),
    ('Shires Housing and Homelessness Partnership', 'NHS Shires Integrated Care Board', 'PRAGMATIST'),

    ('Domestic Abuse Delivery Group', 'Shires County Council',                        'ACTIVIST'),
    ('Domestic Abuse Delivery Group', 'Shires Police',                                'PRAGMATIST'),
    ('Domestic Abuse Delivery Group', 'Office of the Shires Police and Crime Commissioner', 'ACTIVIST'),
    ('Domestic Abuse Delivery Group', 'Safe Haven Shires',                            'ENTHUSIAST'),
    ('Domestic Abuse Delivery Group', 'Shires Homes Housing Association',             'ACTIVIST'),
    ('Domestic Abuse Delivery Group', 'NHS Shires Integrated Care Board',             'PRAGMATIST'),
    ('Domestic Abuse Delivery Group', 'Eastbrook Borough Council',                    'ENTHUSIAST'),

    ('Shires Drug and Alcohol Partnership', 'Shires County Council',                  'ACTIVIST'),
    ('Shires Drug and Alcohol Partnership', 'Shires Police',                          'ACTIVIST'),
    ('Shires Drug and Alcohol Partnership', 'Office of the Shires Police and Crime Commissioner', 'PRAGMATIST'),
    ('Shires Drug and Alcohol Partnership', 'Shires Probation Delivery Unit',         'PRAGMATIST'),
    ('Shires Drug and Alcohol Partnership', 'NHS Shires Integrated Care Board',       'ACTIVIST'),
    ('Shires Drug and Alcohol Partnership', 'Shires Health and Care NHS Foundation Trust', 'ENTHUSIAST'),

    ('Serious Violence Task and Finish Group', 'Office of the Shires Police and Crime Commissioner', 'ENTHUSIAST'),
    ('Serious Violence Task and Finish Group', 'Shires Police',                       'ACTIVIST'),
    ('Serious Violence Task and Finish Group', 'Shires County Council',               'ACTIVIST'),
    ('Serious Violence Task and Finish Group', 'Shires Probation Delivery Unit',      'PRAGMATIST'),
    ('Serious Violence Task and Finish Group', 'NHS Shires Integrated Care Board',    'PRAGMATIST'),
    ('Serious Violence Task and Finish Group', 'Shires Fire and Rescue Service',      'PRAGMATIST'),
    ('Serious Violence Task and Finish Group', 'Shires College',                      'ACTIVIST'),

    ('Better Care Fund Joint Commissioning Group', 'Shires County Council',           'ACTIVIST'),
    ('Better Care Fund Joint Commissioning Group', 'NHS Shires Integrated Care Board', 'ACTIVIST'),
    ('Better Care Fund Joint Commissioning Group', 'Shires Health and Care NHS Foundation Trust', 'PRAGMATIST'),
    ('Better Care Fund Joint Commissioning Group', 'Northvale District Council',      'PRAGMATIST'),
    ('Better Care Fund Joint Commissioning Group', 'Westmere District Council',       'PRAGMATIST'),

    ('Hospital Discharge Task and Finish Group', 'NHS Shires Integrated Care Board',  'ENTHUSIAST'),
    ('Hospital Discharge Task and Finish Group', 'Shires Health and Care NHS Foundation Trust', 'ENTHUSIAST'),
    ('Hospital Discharge Task and Finish Group', 'Shires County Council',             'ACTIVIST'),
    ('Hospital Discharge Task and Finish Group', 'Shires Council for Voluntary Service', 'PRAGMATIST'),

    ('Active Shires Network', 'Shires Council for Voluntary Service',                 'ENTHUSIAST'),
    ('Active Shires Network', 'Shires County Council',                                'ENTHUSIAST'),
    ('Active Shires Network', 'Hollinford Town Council',                              'ACTIVIST'),
    ('Active Shires Network', 'Southmoor District Council',                           'PRAGMATIST'),

    ('Shires Youth Justice Service Management Board', 'Shires County Council',        'ENTHUSIAST'),
    ('Shires Youth Justice Service Management Board', 'Shires Police',                'ACTIVIST'),
    ('Shires Youth Justice Service Management Board', 'Shires Probation Delivery Unit', 'ACTIVIST'),
    ('Shires Youth Justice Service Management Board', 'NHS Shires Integrated Care Board', 'PRAGMATIST'),
    ('Shires Youth Justice Service Management Board', 'Office of the Shires Police and Crime Commissioner', 'ACTIVIST'),
    ('Shires Youth Justice Service Management Board', 'Shires College',               'PRAGMATIST'),

    ('Shires Multi-Agency Safeguarding Hub', 'Shires County Council',                 'ENTHUSIAST'),
    ('Shires Multi-Agency Safeguarding Hub', 'Shires Police',                         'ENTHUSIAST'),
    ('Shires Multi-Agency Safeguarding Hub', 'Shires Health and Care NHS Foundation Trust', 'ACTIVIST'),
    ('Shires Multi-Agency Safeguarding Hub', 'NHS Shires Integrated Care Board',      'PRAGMATIST'),
    ('Shires Multi-Agency Safeguarding Hub', 'Shires Probation Delivery Unit',        'PRAGMATIST'),

    ('Shires Early Help Partnership', 'Shires County Council',                        'ENTHUSIAST'),
    ('Shires Early Help Partnership', 'Shires Health and Care NHS Foundation Trust',  'ACTIVIST'),
    ('Shires Early Help Partnership', 'Shires Council for Voluntary Service',         'ACTIVIST'),
    ('Shires Early Help Partnership', 'Shires Police',                                'PRAGMATIST'),
    ('Shires Early Help Partnership', 'Shires Homes Housing Association',             'PRAGMATIST'),

    ('Shires Skills and Employment Board', 'Shires County Council',                   'ACTIVIST'),
    ('Shires Skills and Employment Board', 'Shires College',                          'ENTHUSIAST'),
    ('Shires Skills and Employment Board', 'Shires Chamber of Commerce',              'ACTIVIST'),
    ('Shires Skills and Employment Board', 'Millbrook Logistics Ltd',                 'ENTHUSIAST'),
    ('Shires Skills and Employment Board', 'Shires Council for Voluntary Service',    'PRAGMATIST'),

    ('Net Zero Shires Delivery Group', 'Shires County Council',                       'ENTHUSIAST'),
    ('Net Zero Shires Delivery Group', 'Northvale District Council',                  'ENTHUSIAST'),
    ('Net Zero Shires Delivery Group', 'Eastbrook Borough Council',                   'ACTIVIST'),
    ('Net Zero Shires Delivery Group', 'Westmere District Council',                   'OPPONENT'),
    ('Net Zero Shires Delivery Group', 'Shires Fire and Rescue Service',              'PRAGMATIST'),

    ('Shires Warm Homes Programme Board', 'Shires County Council',                    'ENTHUSIAST'),
    ('Shires Warm Homes Programme Board', 'Northvale District Council',               'ENTHUSIAST'),
    ('Shires Warm Homes Programme Board', 'Southmoor District Council',               'ACTIVIST'),
    ('Shires Warm Homes Programme Board', 'Eastbrook Borough Council',                'ENTHUSIAST'),
    ('Shires Warm Homes Programme Board', 'Westmere District Council',                'PRAGMATIST'),
    ('Shires Warm Homes Programme Board', 'Shires Homes Housing Association',         'ACTIVIST'),

    ('Shires Community Cohesion Forum', 'Shires County Council',                      'PRAGMATIST'),
    ('Shires Community Cohesion Forum', 'Shires Council for Voluntary Service',       'ACTIVIST'),
    ('Shires Community Cohesion Forum', 'Shires Police',                              'PRAGMATIST'),
    ('Shires Community Cohesion Forum', 'Shires Association of Local Councils',       'OPPONENT'),

    ('Shires and Fenmarsh Local Resilience Forum', 'Shires Fire and Rescue Service',  'ENTHUSIAST'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Shires Police',                   'ACTIVIST'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Shires County Council',           'ACTIVIST'),
    ('Shires and Fenmarsh Local Resilience Forum', 'NHS Shires Integrated Care Board', 'PRAGMATIST'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Shires Health and Care NHS Foundation Trust', 'PRAGMATIST'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Northvale District Council',      'PRAGMATIST'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Eastbrook Borough Council',       'PRAGMATIST'),

    ('Northvale Together', 'Northvale District Council',                              'ENTHUSIAST'),
    ('Northvale Together', 'Shires County Council',                                   'ACTIVIST'),
    ('Northvale Together', 'Shires Police',                                           'PRAGMATIST'),
    ('Northvale Together', 'Shires Council for Voluntary Service',                    'ENTHUSIAST'),
    ('Northvale Together', 'Hollinford Town Council',                                 'ACTIVIST'),
    ('Northvale Together', 'Shires Association of Local Councils',                    'ACTIVIST'),
    ('Northvale Together', 'Shires Chamber of Commerce',                              'PRAGMATIST'),

    ('Northvale Town Area Forum', 'Northvale District Council',                       'ENTHUSIAST'),
    ('Northvale Town Area Forum', 'Shires Police',                                    'PRAGMATIST'),
    ('Northvale Town Area Forum', 'Shires Council for Voluntary Service',             'ACTIVIST'),

    ('Hollinford and Villages Area Forum', 'Hollinford Town Council',                 'ACTIVIST'),
    ('Hollinford and Villages Area Forum', 'Shires Association of Local Councils',    'OPPONENT'),
    ('Hollinford and Villages Area Forum', 'Northvale District Council',              'PRAGMATIST'),
    ('Hollinford and Villages Area Forum', 'Shires Council for Voluntary Service',    'PRAGMATIST'),

    ('Ashwell Cross Area Forum', 'Northvale District Council',                        'ENTHUSIAST'),
    ('Ashwell Cross Area Forum', 'Shires Police',                                     'PRAGMATIST'),
    ('Ashwell Cross Area Forum', 'Shires Association of Local Councils',              null),

    ('Southmoor Partnership', 'Southmoor District Council',                           'ACTIVIST'),
    ('Southmoor Partnership', 'Shires County Council',                                'PRAGMATIST'),
    ('Southmoor Partnership', 'Shires Police',                                        'PRAGMATIST'),
    ('Southmoor Partnership', 'Shires Council for Voluntary Service',                 'ACTIVIST'),
    ('Southmoor Partnership', 'Shires Health and Care NHS Foundation Trust',          'PRAGMATIST'),
    ('Southmoor Partnership', 'Shires Association of Local Councils',                 'OPPONENT'),

    ('Southmoor Community Safety Group', 'Southmoor District Council',                'ENTHUSIAST'),
    ('Southmoor Community Safety Group', 'Shires Police',                             'ACTIVIST'),
    ('Southmoor Community Safety Group', 'Shires County Council',                     'PRAGMATIST'),
    ('Southmoor Community Safety Group', 'Shires Fire and Rescue Service',            'ACTIVIST'),
    ('Southmoor Community Safety Group', 'Shires Homes Housing Association',          'PRAGMATIST'),

    ('Eastbrook Partnership Board', 'Eastbrook Borough Council',                      'ENTHUSIAST'),
    ('Eastbrook Partnership Board', 'NHS Shires Integrated Care Board',               'ENTHUSIAST'),
    ('Eastbrook Partnership Board', 'Shires County Council',                          'ACTIVIST'),
    ('Eastbrook Partnership Board', 'Shires Police',                                  'ACTIVIST'),
    ('Eastbrook Partnership Board', 'Shires College',                                 'ENTHUSIAST'),
    ('Eastbrook Partnership Board', 'Shires Chamber of Commerce',                     'ACTIVIST'),
    ('Eastbrook Partnership Board', 'Shires Council for Voluntary Service',           'ACTIVIST'),

    ('Eastbrook Town Centre Regeneration Partnership', 'Eastbrook Borough Council',   'ENTHUSIAST'),
    ('Eastbrook Town Centre Regeneration Partnership', 'NHS Shires Integrated Care Board', 'ACTIVIST'),
    ('Eastbrook Town Centre Regeneration Partnership', 'Shires College',              'ENTHUSIAST'),
    ('Eastbrook Town Centre Regeneration Partnership', 'Shires Chamber of Commerce',  'ENTHUSIAST'),
    ('Eastbrook Town Centre Regeneration Partnership', 'Shires County Council',       'PRAGMATIST'),
    ('Eastbrook Town Centre Regeneration Partnership', 'Shires Homes Housing Association', 'ACTIVIST'),

    ('Westmere Local Strategic Partnership', 'Westmere District Council',             'OPPONENT'),
    ('Westmere Local Strategic Partnership', 'Shires County Council',                 'PRAGMATIST'),
    ('Westmere Local Strategic Partnership', 'Shires Police',                         'PRAGMATIST'),
    ('Westmere Local Strategic Partnership', 'Shires Council for Voluntary Service',  'ACTIVIST'),

    ('Westmere Housing Forum', 'Westmere District Council',                           'PRAGMATIST'),
    ('Westmere Housing Forum', 'Shires Homes Housing Association',                    'ENTHUSIAST'),
    ('Westmere Housing Forum', 'Shires County Council',                               null)
) as v(partnership, organisation, stance)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Costs by contributing organisation and financial year (2023 = 2023/24).
-- Each row below gives the amounts for 2023/24, 2024/25 and 2025/26; a blank year is null.
-- ---------------------------------------------------------------------------------------------

insert into partnership_cost (partnership_id, organisation_id, financial_year, kind, amount, note)
select (select p.id from partnership p where p.area_id = a.id and p.name = v.partnership),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       y.financial_year, v.kind, y.amount, v.note
from area a
cross join (values
    ('Shires Strategic Partnership', 'Shires County Council', 'CASH',                   120000.00, 125000.00, 118000.00, 'Programme fund and secretariat'),
    ('Shires Strategic Partnership', 'Shires County Council', 'STAFF_TIME',              85000.00,  88000.00,  91000.00, 'Partnerships team and director time'),
    ('Shires Strategic Partnership', 'Northvale District Council', 'CASH',               15000.00,  15000.00,  15000.00, 'District contribution to the programme fund'),
    ('Shires Strategic Partnership', 'Southmoor District Council', 'CASH',               15000.00,  15000.00,  15000.00, 'District contribution to the programme fund'),
    ('Shires Strategic Partnership', 'Eastbrook Borough Council', 'CASH',                15000.00,  15000.00,  15000.00, 'District contribution to the programme fund'),
    ('Shires Strategic Partnership', 'Westmere District Council', 'CASH',                15000.00,  15000.00,      null, 'District contribution to the programme fund, withheld in 2025/26'),
    ('Shires Strategic Partnership', 'NHS Shires Integrated Care Board', 'CASH',         40000.00,  40000.00,  35000.00, 'NHS contribution to the programme fund'),
    ('Shires Strategic Partnership', 'Shires Police', 'STAFF_TIME',                      18000.00,  18500.00,  19000.00, 'Superintendent and analyst time'),
    ('Shires Strategic Partnership', 'Shires Council for Voluntary Service', 'IN_KIND',  15000.00,  15000.00,  16000.00, 'Venues and community engagement events'),

    ('Shires Public Service Board', 'Shires County Council', 'CASH',                     60000.00,  65000.00,  70000.00, 'Share of the joint programme office'),
    ('Shires Public Service Board', 'Shires County Council', 'STAFF_TIME',               45000.00,  46000.00,  48000.00, 'Chief executive and programme office time'),
    ('Shires Public Service Board', 'NHS Shires Integrated Care Board', 'CASH',          60000.00,  65000.00,  70000.00, 'Share of the joint programme office'),
    ('Shires Public Service Board', 'Shires Police', 'CASH',                             30000.00,  30000.00,  25000.00, 'Share of the joint programme office'),
    ('Shires Public Service Board', 'Shires Fire and Rescue Service', 'IN_KIND',         15000.00,  15000.00,  15000.00, 'Meeting rooms and hub space at fire stations'),

    ('Safer Shires Community Safety Partnership', 'Office of the Shires Police and Crime Commissioner', 'CASH', 180000.00, 175000.00, 150000.00, 'Community safety grant'),
    ('Safer Shires Community Safety Partnership', 'Shires County Council', 'CASH',       95000.00,  95000.00,  95000.00, 'Community safety fund'),
    ('Safer Shires Community Safety Partnership', 'Shires County Council', 'STAFF_TIME', 120000.00, 124000.00, 128000.00, 'Community safety team'),
    ('Safer Shires Community Safety Partnership', 'Shires Police', 'STAFF_TIME',         90000.00,  92000.00,  95000.00, 'Analysts and neighbourhood inspectors'),
    ('Safer Shires Community Safety Partnership', 'Shires Fire and Rescue Service', 'STAFF_TIME', 25000.00, 26000.00, 27000.00, 'Arson reduction and prevention officers'),
    ('Safer Shires Community Safety Partnership', 'Shires Probation Delivery Unit', 'STAFF_TIME', 18000.00, 18000.00, 19000.00, 'Reducing reoffending lead'),
    ('Safer Shires Community Safety Partnership', 'Northvale District Council', 'CASH',  15000.00,  15000.00,  15000.00, 'District contribution to the community safety fund'),

    ('Shires Health and Wellbeing Board', 'Shires County Council', 'STAFF_TIME',         70000.00,  72000.00,  75000.00, 'Public health intelligence and board support'),
    ('Shires Health and Wellbeing Board', 'Shires County Council', 'CASH',               25000.00,  25000.00,  30000.00, 'Joint strategic needs assessment'),
    ('Shires Health and Wellbeing Board', 'NHS Shires Integrated Care Board', 'STAFF_TIME', 30000.00, 30000.00, 24000.00, 'Director and analyst time'),
    ('Shires Health and Wellbeing Board', 'Shires Health and Care NHS Foundation Trust', 'STAFF_TIME', 15000.00, 15000.00, 15000.00, 'Executive director time'),
    ('Shires Health and Wellbeing Board', 'Shires Council for Voluntary Service', 'IN_KIND', 15000.00, 15000.00, 15000.00, 'Community engagement on the needs assessment'),

    ('Shires Children and Young People''s Partnership', 'Shires County Council', 'STAFF_TIME', 60000.00, 62000.00, 64000.00, 'Children''s services planning team'),
    ('Shires Children and Young People''s Partnership', 'Shires County Council', 'CASH', 30000.00,  30000.00,  30000.00, 'Participation and youth voice programme'),
    ('Shires Children and Young People''s Partnership', 'NHS Shires Integrated Care Board', 'STAFF_TIME', 20000.00, 20000.00, 21000.00, 'Designated nurse and commissioner time'),
    ('Shires Children and Young People''s Partnership', 'Shires College', 'IN_KIND',    15000.00,  15000.00,  15000.00, 'Venue and student ambassadors'),

    ('Shires Economic Partnership', 'Shires County Council', 'STAFF_TIME',                   null,  20000.00,  65000.00, 'Set-up work in 2024/25, then secretariat'),
    ('Shires Economic Partnership', 'Shires County Council', 'CASH',                         null,      null, 150000.00, 'Growth programme management'),
    ('Shires Economic Partnership', 'Shires Chamber of Commerce', 'IN_KIND',                 null,      null,  20000.00, 'Business survey and events'),
    ('Shires Economic Partnership', 'Millbrook Logistics Ltd', 'IN_KIND',                    null,      null,  15000.00, 'Board member time and venue'),

    ('Shires Stronger Communities Partnership', 'Shires County Council', 'CASH',         40000.00,  35000.00,  20000.00, 'Small grants scheme'),
    ('Shires Stronger Communities Partnership', 'Shires County Council', 'STAFF_TIME',   22000.00,  20000.00,  15000.00, 'Partnership officer time'),
    ('Shires Stronger Communities Partnership', 'Shires Council for Voluntary Service', 'STAFF_TIME', 18000.00, 18000.00, 15000.00, 'Volunteering development'),

    ('Shires Climate and Environment Partnership', 'Shires County Council', 'CASH',      60000.00,  60000.00,  55000.00, 'Shared carbon data service and action plan'),
    ('Shires Climate and Environment Partnership', 'Shires County Council', 'STAFF_TIME', 45000.00, 47000.00,  48000.00, 'Climate programme team'),
    ('Shires Climate and Environment Partnership', 'Northvale District Council', 'CASH', 15000.00,  15000.00,  15000.00, 'Share of the carbon data service'),
    ('Shires Climate and Environment Partnership', 'Southmoor District Council', 'CASH', 15000.00,  15000.00,  15000.00, 'Share of the carbon data service'),
    ('Shires Climate and Environment Partnership', 'Eastbrook Borough Council', 'CASH',  15000.00,  15000.00,  15000.00, 'Share of the carbon data service'),
    ('Shires Climate and Environment Partnership', 'Westmere District Council', 'CASH',  15000.00,      null,      null, 'Share of the carbon data service, stopped after 2023/24'),

    ('Shires Housing and Homelessness Partnership', 'Northvale District Council', 'CASH', 35000.00, 36000.00,  38000.00, 'Share of the joint supported housing contract'),
    ('Shires Housing and Homelessness Partnership', 'Northvale District Council', 'STAFF_TIME', 28000.00, 29000.00, 30000.00, 'Host authority co-ordinator'),
    ('Shires Housing and Homelessness Partnership', 'Southmoor District Council', 'CASH', 35000.00, 36000.00,  38000.00, 'Share of the joint supported housing contract'),
    ('Shires Housing and Homelessness Partnership', 'Eastbrook Borough Council', 'CASH',  40000.00, 42000.00,  44000.00, 'Share of the joint supported housing contract'),
    ('Shires Housing and Homelessness Partnership', 'Westmere District Council', 'CASH',  30000.00, 31000.00,  32000.00, 'Share of the joint supported housing contract'),
    ('Shires Housing and Homelessness Partnership', 'Shires County Council', 'CASH',      80000.00, 80000.00,  85000.00, 'Housing-related support budget'),
    ('Shires Housing and Homelessness Partnership', 'Shires Homes Housing Association', 'IN_KIND', 24000.00, 24000.00, 26000.00, 'Homes for emergency accommodation at reduced rent'),

    ('Domestic Abuse Delivery Group', 'Shires County Council', 'CASH',                  320000.00, 335000.00, 350000.00, 'Safe accommodation grant and council top-up'),
    ('Domestic Abuse Delivery Group', 'Office of the Shires Police and Crime Commissioner', 'CASH', 110000.00, 110000.00, 85000.00, 'Independent domestic violence advisers, cut in 2025/26'),
    ('Domestic Abuse Delivery Group', 'Shires Police', 'STAFF_TIME',                     45000.00,  46000.00,  47000.00, 'Domestic abuse officers in the joint team'),
    ('Domestic Abuse Delivery Group', 'Safe Haven Shires', 'IN_KIND',                    30000.00,  32000.00,  34000.00, 'Volunteer helpline and peer support hours'),
    ('Domestic Abuse Delivery Group', 'Shires Homes Housing Association', 'IN_KIND',     24000.00,  24000.00,  24000.00, 'Dispersed refuge homes at reduced rent'),
    ('Domestic Abuse Delivery Group', 'Eastbrook Borough Council', 'CASH',               15000.00,  15000.00,  15000.00, 'Sanctuary scheme home security'),

    ('Shires Drug and Alcohol Partnership', 'Shires County Council', 'CASH',            450000.00, 450000.00, 440000.00, 'Public health grant: treatment and recovery services'),
    ('Shires Drug and Alcohol Partnership', 'Office of the Shires Police and Crime Commissioner', 'CASH', 60000.00, 60000.00, 60000.00, 'Criminal justice diversion'),
    ('Shires Drug and Alcohol Partnership', 'NHS Shires Integrated Care Board', 'CASH',  75000.00,  75000.00,  80000.00, 'Inpatient detoxification beds'),
    ('Shires Drug and Alcohol Partnership', 'Shires Police', 'STAFF_TIME',               20000.00,  20000.00,  21000.00, 'Drug intervention officers'),
    ('Shires Drug and Alcohol Partnership', 'Shires Probation Delivery Unit', 'STAFF_TIME', 15000.00, 15000.00, 16000.00, 'Drug rehabilitation requirement liaison'),

    ('Serious Violence Task and Finish Group', 'Office of the Shires Police and Crime Commissioner', 'CASH', 120000.00, 180000.00, 180000.00, 'Serious violence duty grant'),
    ('Serious Violence Task and Finish Group', 'Shires Police', 'STAFF_TIME',            25000.00,  26000.00,  27000.00, 'Analyst for the needs assessment'),
    ('Serious Violence Task and Finish Group', 'Shires County Council', 'STAFF_TIME',    15000.00,  15000.00,  16000.00, 'Community safety and public health time'),

    ('Better Care Fund Joint Commissioning Group', 'Shires County Council', 'CASH',     420000.00, 435000.00, 450000.00, 'Contribution to the pooled fund (adult social care element)'),
    ('Better Care Fund Joint Commissioning Group', 'Shires County Council', 'STAFF_TIME', 55000.00, 57000.00,  59000.00, 'Integrated commissioning team'),
    ('Better Care Fund Joint Commissioning Group', 'NHS Shires Integrated Care Board', 'CASH', 440000.00, 450000.00, 450000.00, 'Contribution to the pooled fund (community health element)'),
    ('Better Care Fund Joint Commissioning Group', 'Northvale District Council', 'STAFF_TIME', 15000.00, 15000.00, 15000.00, 'Home adaptations team liaison'),
    ('Better Care Fund Joint Commissioning Group', 'Westmere District Council', 'STAFF_TIME', 15000.00, 15000.00, 15000.00, 'Home adaptations team liaison'),

    ('Hospital Discharge Task and Finish Group', 'Shires Health and Care NHS Foundation Trust', 'STAFF_TIME', null, 35000.00, 40000.00, 'Discharge co-ordinators'),
    ('Hospital Discharge Task and Finish Group', 'Shires County Council', 'STAFF_TIME',       null,  25000.00,  28000.00, 'Hospital social work team'),
    ('Hospital Discharge Task and Finish Group', 'NHS Shires Integrated Care Board', 'CASH',      null,  50000.00,  30000.00, 'Discharge-to-assess pilot beds'),
    ('Hospital Discharge Task and Finish Group', 'Shires Council for Voluntary Service', 'IN_KIND', null,    null,  15000.00, 'Home from hospital volunteer hours'),

    ('Active Shires Network', 'Shires Council for Voluntary Service', 'STAFF_TIME',           null,      null,  15000.00, 'Network co-ordination'),
    ('Active Shires Network', 'Shires County Council', 'IN_KIND',                            null,      null,  15000.00, 'Public health campaign materials'),

    ('Shires Youth Justice Service Management Board', 'Shires County Council', 'CASH',  380000.00, 395000.00, 410000.00, 'Youth justice service budget'),
    ('Shires Youth Justice Service Management Board', 'Shires Police', 'STAFF_TIME',     65000.00,  66000.00,  68000.00, 'Two seconded police officers'),
    ('Shires Youth Justice Service Management Board', 'Shires Probation Delivery Unit', 'STAFF_TIME', 48000.00, 49000.00, 50000.00, 'Seconded probation officer'),
    ('Shires Youth Justice Service Management Board', 'NHS Shires Integrated Care Board', 'CASH', 35000.00, 35000.00, 36000.00, 'Health worker in the team'),
    ('Shires Youth Justice Service Management Board', 'Office of the Shires Police and Crime Commissioner', 'CASH', 30000.00, 30000.00, 30000.00, 'Prevention and diversion fund'),

    ('Shires Multi-Agency Safeguarding Hub', 'Shires County Council', 'STAFF_TIME',     280000.00, 290000.00, 300000.00, 'Social workers and managers in the hub'),
    ('Shires Multi-Agency Safeguarding Hub', 'Shires County Council', 'IN_KIND',         40000.00,  40000.00,  42000.00, 'Office accommodation and IT'),
    ('Shires Multi-Agency Safeguarding Hub', 'Shires Police', 'STAFF_TIME',             150000.00, 155000.00, 160000.00, 'Police referral unit staff'),
    ('Shires Multi-Agency Safeguarding Hub', 'Shires Health and Care NHS Foundation Trust', 'STAFF_TIME', 60000.00, 62000.00, 64000.00, 'Safeguarding nurses'),

    ('Shires Early Help Partnership', 'Shires County Council', 'CASH',                  200000.00, 210000.00, 215000.00, 'Family hubs programme'),
    ('Shires Early Help Partnership', 'Shires Health and Care NHS Foundation Trust', 'STAFF_TIME', 45000.00, 46000.00, 47000.00, 'Health visitors and school nurses'),
    ('Shires Early Help Partnership', 'Shires Council for Voluntary Service', 'IN_KIND', 15000.00,  15000.00,  15000.00, 'Volunteer family mentors'),

    ('Shires Skills and Employment Board', 'Shires County Council', 'STAFF_TIME',            null,      null,  30000.00, 'Skills team'),
    ('Shires Skills and Employment Board', 'Shires College', 'STAFF_TIME',                   null,      null,  20000.00, 'Principal and curriculum leads'),
    ('Shires Skills and Employment Board', 'Shires Chamber of Commerce', 'IN_KIND',          null,      null,  15000.00, 'Employer skills survey'),

    ('Net Zero Shires Delivery Group', 'Shires County Council', 'STAFF_TIME',            30000.00,  32000.00,  33000.00, 'Project officers'),
    ('Net Zero Shires Delivery Group', 'Northvale District Council', 'STAFF_TIME',       15000.00,  15000.00,  15000.00, 'Energy officer'),
    ('Net Zero Shires Delivery Group', 'Eastbrook Borough Council', 'STAFF_TIME',        15000.00,  15000.00,  15000.00, 'Energy officer'),

    ('Shires Warm Homes Programme Board', 'Shires County Council', 'STAFF_TIME',             null,      null,  15000.00, 'Business case development'),
    ('Shires Warm Homes Programme Board', 'Shires Homes Housing Association', 'IN_KIND',     null,      null,  15000.00, 'Stock condition data and surveys'),

    ('Shires Community Cohesion Forum', 'Shires County Council', 'STAFF_TIME',           15000.00,      null,      null, 'Officer support until closure'),

    ('Shires and Fenmarsh Local Resilience Forum', 'Shires Fire and Rescue Service', 'CASH', 85000.00, 88000.00, 90000.00, 'Secretariat and training'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Shires Fire and Rescue Service', 'STAFF_TIME', 40000.00, 41000.00, 42000.00, 'Resilience officers'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Shires Police', 'CASH',              45000.00,  45000.00,  46000.00, 'Contribution to the secretariat'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Shires County Council', 'CASH',      45000.00,  45000.00,  46000.00, 'Contribution to the secretariat'),
    ('Shires and Fenmarsh Local Resilience Forum', 'Shires County Council', 'STAFF_TIME', 35000.00, 36000.00,  37000.00, 'Emergency planning team'),
    ('Shires and Fenmarsh Local Resilience Forum', 'NHS Shires Integrated Care Board', 'STAFF_TIME', 20000.00, 20000.00, 21000.00, 'Emergency preparedness lead'),

    ('Northvale Together', 'Northvale District Council', 'CASH',                         45000.00,  45000.00,  42000.00, 'Small projects fund'),
    ('Northvale Together', 'Northvale District Council', 'STAFF_TIME',                   38000.00,  39000.00,  40000.00, 'Partnerships and communities team'),
    ('Northvale Together', 'Shires County Council', 'CASH',                              15000.00,  15000.00,  15000.00, 'County locality fund'),
    ('Northvale Together', 'Hollinford Town Council', 'IN_KIND',                         15000.00,  15000.00,  15000.00, 'Town hall for meetings and the annual conference'),

    ('Northvale Town Area Forum', 'Northvale District Council', 'STAFF_TIME',            15000.00,  15000.00,  15500.00, 'Forum support'),

    ('Hollinford and Villages Area Forum', 'Hollinford Town Council', 'IN_KIND',         15000.00,  15000.00,      null, 'Town hall and clerk time'),

    ('Ashwell Cross Area Forum', 'Northvale District Council', 'STAFF_TIME',                 null,      null,  15000.00, 'Set-up and forum support'),

    ('Southmoor Partnership', 'Southmoor District Council', 'CASH',                      30000.00,  30000.00,  18000.00, 'Community grants'),
    ('Southmoor Partnership', 'Southmoor District Council', 'STAFF_TIME',                25000.00,  25000.00,  26000.00, 'Community development team'),

    ('Southmoor Community Safety Group', 'Southmoor District Council', 'STAFF_TIME',     28000.00,  29000.00,  30000.00, 'Community safety officer'),
    ('Southmoor Community Safety Group', 'Shires Police', 'STAFF_TIME',                  22000.00,  22000.00,  23000.00, 'Neighbourhood team time'),
    ('Southmoor Community Safety Group', 'Shires County Council', 'CASH',                15000.00,  15000.00,  15000.00, 'Locality allocation from the Safer Shires fund'),

    ('Eastbrook Partnership Board', 'Eastbrook Borough Council', 'CASH',                 90000.00,  95000.00, 100000.00, 'Joint projects budget'),
    ('Eastbrook Partnership Board', 'Eastbrook Borough Council', 'STAFF_TIME',           40000.00,  42000.00,  43000.00, 'Partnership team'),
    ('Eastbrook Partnership Board', 'NHS Shires Integrated Care Board', 'CASH',          40000.00,  45000.00,  50000.00, 'Joint projects budget'),
    ('Eastbrook Partnership Board', 'Shires County Council', 'CASH',                     30000.00,  30000.00,  30000.00, 'Joint projects budget'),

    ('Eastbrook Town Centre Regeneration Partnership', 'Eastbrook Borough Council', 'CASH', 400000.00, 450000.00, 450000.00, 'Council capital share, excluding government grant'),
    ('Eastbrook Town Centre Regeneration Partnership', 'Eastbrook Borough Council', 'STAFF_TIME', 60000.00, 62000.00, 64000.00, 'Programme team'),
    ('Eastbrook Town Centre Regeneration Partnership', 'NHS Shires Integrated Care Board', 'CASH', 100000.00, 250000.00, 300000.00, 'Health hub fit-out'),
    ('Eastbrook Town Centre Regeneration Partnership', 'Shires College', 'CASH',        150000.00, 200000.00, 100000.00, 'Learning hub capital'),
    ('Eastbrook Town Centre Regeneration Partnership', 'Shires Chamber of Commerce', 'IN_KIND', 15000.00, 15000.00, 15000.00, 'Town centre business liaison'),

    ('Westmere Local Strategic Partnership', 'Westmere District Council', 'STAFF_TIME',  20000.00,  15000.00,      null, 'Officer support, withdrawn in 2025/26'),

    ('Westmere Housing Forum', 'Westmere District Council', 'STAFF_TIME',                15000.00,  15000.00,  15000.00, 'Housing strategy officer'),
    ('Westmere Housing Forum', 'Shires Homes Housing Association', 'IN_KIND',            15000.00,  15000.00,  15000.00, 'Meeting venue and lettings data')
) as v(partnership, organisation, kind, a2023, a2024, a2025, note)
cross join lateral (values (2023, v.a2023), (2024, v.a2024), (2025, v.a2025)) as y(financial_year, amount)
where a.slug = 'demo' and y.amount is not null;

-- ---------------------------------------------------------------------------------------------
-- Claimed benefits (collaborative gain) with their evidence
-- ---------------------------------------------------------------------------------------------

insert into partnership_benefit (partnership_id, kind, description, evidence)
select (select p.id from partnership p where p.area_id = a.id and p.name = v.partnership),
       v.kind, v.description, v.evidence
from area a
cross join (values
    ('Shires Strategic Partnership', 'RATIONALISATION',
     'Fewer, better-focused county partnership groups.',
     'Partnership mapping review reported to the board in March 2024: county-level groups cut from 41 to 27 by merging overlapping ones, saving an estimated 1,900 hours of officer time a year.'),
    ('Shires Strategic Partnership', 'TRANSPARENCY_ACCOUNTABILITY',
     'One published community strategy and annual report that residents and councillors can hold all partners to.',
     'Annual report 2024/25 published in September 2025 and considered by the county council''s Overview and Scrutiny Committee in October 2025.'),
    ('Shires Public Service Board', 'RATIONALISATION',
     'Shared estate: partners run fewer buildings and share the ones they keep.',
     'Estates review 2025: six buildings closed and services co-located in four hubs, cutting partners'' running costs by about £640,000 a year.'),
    ('Shires Public Service Board', 'CUSTOMER_EXPERIENCE',
     'Residents can get council, police and NHS advice in one place.',
     'Visitor survey at the Eastbrook and Northvale hubs, spring 2026: 87% found what they needed in one visit.'),
    ('Safer Shires Community Safety Partnership', 'BETTER_OUTCOMES',
     'Less antisocial behaviour in the priority neighbourhoods.',
     'Police incident data: antisocial behaviour incidents in the four priority neighbourhoods down 14% between 2022/23 and 2025/26, reported to the partnership in July 2026.'),
    ('Safer Shires Community Safety Partnership', 'COMPLIANCE_REPUTATION',
     'Statutory community safety duties met with one county-wide assessment and plan.',
     'Peer review by a neighbouring county''s partnership, February 2025: strategic assessment and plan judged sound, with two minor recommendations.'),
    ('Shires Health and Wellbeing Board', 'TRANSPARENCY_ACCOUNTABILITY',
     'The joint strategic needs assessment is open to everyone and used by partners and voluntary groups.',
     'Needs assessment web pages refreshed in June 2026: 3,400 visits in the first month, many from voluntary groups preparing funding bids.'),
    ('Shires Children and Young People''s Partnership', 'BETTER_OUTCOMES',
     'More children ready for school.',
     'Share of children reaching a good level of development at age five rose from 63% in 2023 to 68% in 2025 (early years foundation stage results).'),
    ('Shires Economic Partnership', 'ACCESS_TAKE_UP',
     'A single front door for business support across the county.',
     'Growth hub enquiries rose from 410 to 690 in the six months after launch (management information, October 2025).'),
    ('Shires Stronger Communities Partnership', 'ACCESS_TAKE_UP',
     'A county-wide volunteer matching service.',
     '1,150 volunteers placed in 2024/25, but no figures have been reported since the voluntary service contract changed.'),
    ('Shires Climate and Environment Partnership', 'RATIONALISATION',
     'One carbon baseline and reporting method instead of five.',
     'Shared carbon data service in place since 2022, saving each council an estimated £12,000 a year on its own carbon accounts.'),
    ('Shires Climate and Environment Partnership', 'COMPLIANCE_REPUTATION',
     'Joint bids win funding that single councils could not.',
     'Joint bid won £1.2 million for decarbonising public buildings in 2023.'),
    ('Shires Housing and Homelessness Partnership', 'BETTER_OUTCOMES',
     'Fewer people sleeping rough.',
     'Autumn street count: 38 people in 2022, 21 in 2025.'),
    ('Shires Housing and Homelessness Partnership', 'RATIONALISATION',
     'One supported housing contract replaced four district contracts.',
     'Procurement report, November 2024: saving of £120,000 a year against the four previous contracts.'),
    ('Domestic Abuse Delivery Group', 'ACCESS_TAKE_UP',
     'More victims reached by outreach, and sooner.',
     'Referrals to outreach up from 1,240 in 2023/24 to 1,610 in 2025/26; average wait for an independent domestic violence adviser down from 9 to 4 working days.'),
    ('Domestic Abuse Delivery Group', 'CUSTOMER_EXPERIENCE',
     'Victims tell their story once.',
     'Survivor feedback survey, March 2026: 78% said they did not have to repeat their story to another agency.'),
    ('Shires Drug and Alcohol Partnership', 'BETTER_OUTCOMES',
     'More people in treatment and recovery.',
     'Adults in treatment rose from 2,050 to 2,420 between March 2023 and March 2026 (national treatment monitoring data).'),
    ('Serious Violence Task and Finish Group', 'COMPLIANCE_REPUTATION',
     'Serious violence duty met on time.',
     'Strategic needs assessment and response strategy published in January 2024, ahead of the national deadline.'),
    ('Better Care Fund Joint Commissioning Group', 'BETTER_OUTCOMES',
     'Fewer people stuck in hospital when they are well enough to leave.',
     'Average delayed discharges per day fell from 96 in 2023/24 to 61 in 2025/26.'),
    ('Better Care Fund Joint Commissioning Group', 'RATIONALISATION',
     'One reablement service instead of two.',
     'Council and NHS reablement teams merged in 2024; management posts reduced from seven to four.'),
    ('Hospital Discharge Task and Finish Group', 'CUSTOMER_EXPERIENCE',
     'Patients and families get one discharge plan.',
     'Audit of 120 discharges in June 2025: 81% had a single shared plan, up from 40% in October 2024.'),
    ('Shires Youth Justice Service Management Board', 'BETTER_OUTCOMES',
     'Fewer children entering the justice system.',
     'First-time entrants per 100,000 children aged 10 to 17 fell from 162 in 2022 to 118 in 2025.'),
    ('Shires Youth Justice Service Management Board', 'COMPLIANCE_REPUTATION',
     'Good inspection outcome.',
     'Inspection of the youth justice service, 2024: rated good overall, with partnership arrangements rated outstanding.'),
    ('Shires Multi-Agency Safeguarding Hub', 'ACCESS_TAKE_UP',
     'Faster safeguarding decisions.',
     'Referrals with a decision within 24 hours rose from 71% in 2023/24 to 94% in 2025/26.'),
    ('Shires Multi-Agency Safeguarding Hub', 'BETTER_OUTCOMES',
     'Fewer children referred again within a year.',
     'Re-referrals within 12 months down from 24% to 17% over the same period.'),
    ('Shires Early Help Partnership', 'ACCESS_TAKE_UP',
     'More families helped early.',
     'Families supported through early help: 2,860 in 2025/26, up from 2,310 in 2023/24.'),
    ('Shires Skills and Employment Board', 'ACCESS_TAKE_UP',
     'Adult courses matched to what employers say they need (expected).',
     null),
    ('Net Zero Shires Delivery Group', 'RATIONALISATION',
     'One joint charge point contract for all councils.',
     '120 charge points installed through one contract in 2023, at a unit cost 18% below the councils'' previous separate contracts.'),
    ('Shires Warm Homes Programme Board', 'BETTER_OUTCOMES',
     'Warmer homes and lower bills for fuel-poor households (expected).',
     null),
    ('Shires and Fenmarsh Local Resilience Forum', 'COMPLIANCE_REPUTATION',
     'Civil contingencies duties met across both counties.',
     'Annual multi-agency flood exercise held every October since 2019; the 2025 debrief found all agencies met their activation times.'),
    ('Shires and Fenmarsh Local Resilience Forum', 'BETTER_OUTCOMES',
     'Faster joint response to flooding.',
     'During the February 2024 floods the joint rest centre opened within 90 minutes of the request.'),
    ('Northvale Together', 'TRANSPARENCY_ACCOUNTABILITY',
     'Residents set local priorities and hear what was done about them.',
     'Area forum priorities published each year and reported back at the annual Northvale Together conference; 260 residents attended in 2025.'),
    ('Northvale Town Area Forum', 'CUSTOMER_EXPERIENCE',
     'Local problems raised by residents get fixed.',
     'Forum action log 2025: 31 of 38 issues raised by residents resolved within three months.'),
    ('Southmoor Partnership', 'ACCESS_TAKE_UP',
     'Community grants reach small groups.',
     'Grants to 46 groups in 2024/25, 19 of them first-time applicants.'),
    ('Southmoor Community Safety Group', 'BETTER_OUTCOMES',
     'Fewer antisocial behaviour hotspots.',
     'Hotspots needing joint action down from nine to five between 2023 and 2025 (police and council data).'),
    ('Eastbrook Partnership Board', 'RATIONALISATION',
     'One borough plan instead of five.',
     'Five separate borough-level plans replaced by the Eastbrook Plan in 2022.'),
    ('Eastbrook Partnership Board', 'BETTER_OUTCOMES',
     'More adults with qualifications.',
     'Adults with no qualifications in Eastbrook down from 11% to 8.5% (2021 to 2025 survey estimates).'),
    ('Eastbrook Town Centre Regeneration Partnership', 'BETTER_OUTCOMES',
     'Empty shops brought back into use and new homes in the town centre.',
     'Town centre vacancy rate down from 19% in 2019 to 11% in 2025; 64 flats created above former shops.'),
    ('Eastbrook Town Centre Regeneration Partnership', 'ACCESS_TAKE_UP',
     'Health and learning services in one town centre hub.',
     'Hub opened in May 2025; by summer 2026 it served 1,900 patients and 450 learners a month.'),
    ('Westmere Housing Forum', 'ACCESS_TAKE_UP',
     'More affordable homes.',
     '142 affordable homes completed in Westmere from 2023 to 2025, against a target of 120.')
) as v(partnership, kind, description, evidence)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Life-cycle history. The latest change of each partnership matches its current stage.
-- ---------------------------------------------------------------------------------------------

insert into partnership_stage_change (partnership_id, stage, changed_on, reason, recorded_by, recorded_at)
select (select p.id from partnership p where p.area_id = a.id and p.name = v.partnership),
       v.stage, v.changed_on::date, v.reason, 'demo',
       (v.changed_on::date + time '10:00') at time zone 'Europe/London'
from area a
cross join (values
    ('Shires Strategic Partnership', 'FORMING',     '2008-04-01', 'Partnership established after the first community strategy consultation.'),
    ('Shires Strategic Partnership', 'FRUSTRATION', '2011-06-15', 'Dispute over sharing the reduced area-based grant; district councils felt the county had decided alone.'),
    ('Shires Strategic Partnership', 'FUNCTIONING', '2013-02-01', 'New constitution agreed, with clear roles for the board and the thematic partnerships.'),

    ('Shires Public Service Board', 'FORMING',     '2016-09-01', 'Set up so that chief executives could meet regularly to drive joint programmes.'),
    ('Shires Public Service Board', 'FUNCTIONING', '2018-03-20', 'Joint estates programme agreed and programme office staffed.'),
    ('Shires Public Service Board', 'FLYING',      '2023-05-10', 'First co-located hub opened on time and under budget; partners now propose joint work unprompted.'),

    ('Safer Shires Community Safety Partnership', 'FORMING',     '2010-04-01', 'County-wide partnership formed from the four district partnerships'' strategy groups.'),
    ('Safer Shires Community Safety Partnership', 'FUNCTIONING', '2012-01-15', 'First joint strategic assessment and single community safety plan adopted.'),
    ('Safer Shires Community Safety Partnership', 'FRUSTRATION', '2024-04-20', 'Tension over the community safety fund after the police and crime commissioner announced a 15% cut to the grant.'),
    ('Safer Shires Community Safety Partnership', 'FUNCTIONING', '2025-02-12', 'Partners agreed a reprioritised plan and a new funding formula.'),

    ('Shires Health and Wellbeing Board', 'FORMING',     '2013-04-01', 'Board established under the new statutory duty.'),
    ('Shires Health and Wellbeing Board', 'FUNCTIONING', '2015-03-01', 'First joint health and wellbeing strategy agreed by all members.'),
    ('Shires Health and Wellbeing Board', 'FRUSTRATION', '2025-09-18', 'NHS reorganisation left seats vacant for two meetings; disagreement over who leads on prevention and on the Better Care Fund plan.'),

    ('Shires Children and Young People''s Partnership', 'FORMING',     '2005-04-01', 'Set up as the county''s children''s trust partnership.'),
    ('Shires Children and Young People''s Partnership', 'FRUSTRATION', '2011-05-01', 'Statutory children''s trust boards abolished; partners unsure whether to carry on.'),
    ('Shires Children and Young People''s Partnership', 'FUNCTIONING', '2012-09-01', 'Relaunched under the duty to co-operate, with a shorter plan and fewer meetings.'),

    ('Shires Economic Partnership', 'FORMING', '2025-04-01', 'Launched when the local enterprise partnership''s functions transferred to the county council.'),

    ('Shires Stronger Communities Partnership', 'FORMING',     '2014-06-01', 'Formed from the former voluntary sector compact group.'),
    ('Shires Stronger Communities Partnership', 'FUNCTIONING', '2016-01-20', 'Volunteering strategy agreed and small grants scheme running.'),
    ('Shires Stronger Communities Partnership', 'FRUSTRATION', '2023-03-15', 'Small grants budget cut; voluntary sector members felt decisions were being made elsewhere.'),
    ('Shires Stronger Communities Partnership', 'FAILING',     '2025-01-22', 'Three meetings in a row inquorate; councils sending junior stand-ins.'),

    ('Shires Climate and Environment Partnership', 'FORMING',     '2020-01-15', 'Set up after all five councils declared a climate emergency.'),
    ('Shires Climate and Environment Partnership', 'FUNCTIONING', '2021-11-03', 'Joint climate action plan adopted with a shared carbon baseline.'),
    ('Shires Climate and Environment Partnership', 'FRUSTRATION', '2024-10-08', 'Councils disagree over the 2045 target date and over who pays for the carbon data service after Westmere stopped contributing.'),

    ('Shires Housing and Homelessness Partnership', 'FORMING',     '2018-04-01', 'Formed to bid jointly for rough sleeping funding.'),
    ('Shires Housing and Homelessness Partnership', 'FRUSTRATION', '2019-09-10', 'Districts disagreed over how to share the grant between urban and rural areas.'),
    ('Shires Housing and Homelessness Partnership', 'FUNCTIONING', '2020-07-01', 'Emergency accommodation programme during the pandemic built trust and a shared case management system.'),

    ('Domestic Abuse Delivery Group', 'FORMING',     '2021-10-01', 'Group formed to deliver the new safe accommodation duty.'),
    ('Domestic Abuse Delivery Group', 'FUNCTIONING', '2022-09-14', 'Joint commissioning of refuge and outreach services in place.'),
    ('Domestic Abuse Delivery Group', 'FRUSTRATION', '2025-05-07', 'Tension over pooled budget after police funding cut.'),

    ('Shires Drug and Alcohol Partnership', 'FORMING',     '2012-04-01', 'Successor to the drug action team, set up when public health moved to the county council.'),
    ('Shires Drug and Alcohol Partnership', 'FUNCTIONING', '2013-06-01', 'Single integrated treatment contract let.'),
    ('Shires Drug and Alcohol Partnership', 'FRUSTRATION', '2017-10-01', 'Treatment budget cut; police and health partners disagreed over priorities.'),
    ('Shires Drug and Alcohol Partnership', 'FUNCTIONING', '2022-11-01', 'Refreshed as the combating drugs partnership, with new national funding and an agreed plan.'),

    ('Serious Violence Task and Finish Group', 'FORMING',     '2023-01-31', 'Set up to meet the new serious violence duty.'),
    ('Serious Violence Task and Finish Group', 'FUNCTIONING', '2024-01-25', 'Needs assessment and response strategy published; first projects commissioned.'),

    ('Better Care Fund Joint Commissioning Group', 'FORMING',     '2015-04-01', 'Pooled fund created under the first Better Care Fund plan.'),
    ('Better Care Fund Joint Commissioning Group', 'FRUSTRATION', '2016-11-01', 'Overspend on the pooled budget led to arguments over the risk share.'),
    ('Better Care Fund Joint Commissioning Group', 'FUNCTIONING', '2018-04-01', 'New risk-share agreement signed and monthly joint finance reports introduced.'),

    ('Hospital Discharge Task and Finish Group', 'FORMING',     '2024-10-01', 'Set up by the health and wellbeing board for winter 2024/25.'),
    ('Hospital Discharge Task and Finish Group', 'FUNCTIONING', '2025-01-15', 'Daily multi-agency discharge huddle running on all three hospital sites.'),

    ('Active Shires Network', 'FORMING', '2025-11-01', 'First network meeting; members agreed to share activity timetables.'),

    ('Shires Youth Justice Service Management Board', 'FORMING',     '2000-04-01', 'Youth offending team set up under the 1998 Act.'),
    ('Shires Youth Justice Service Management Board', 'FRUSTRATION', '2014-09-01', 'Police and probation secondments withdrawn during budget reductions.'),
    ('Shires Youth Justice Service Management Board', 'FUNCTIONING', '2016-04-01', 'Secondments restored under a new partnership agreement.'),
    ('Shires Youth Justice Service Management Board', 'FLYING',      '2024-07-01', 'Good inspection outcome; partners now extending the model to young adults.'),

    ('Shires Multi-Agency Safeguarding Hub', 'FORMING',     '2014-01-06', 'Hub opened at county hall with police and children''s social care.'),
    ('Shires Multi-Agency Safeguarding Hub', 'FRUSTRATION', '2015-05-01', 'Health partners held back staff until an information-sharing agreement was signed.'),
    ('Shires Multi-Agency Safeguarding Hub', 'FUNCTIONING', '2016-02-01', 'Information-sharing agreement signed and safeguarding nurses joined the hub.'),
    ('Shires Multi-Agency Safeguarding Hub', 'FLYING',      '2023-10-01', 'Joint inspection praised the hub; adult safeguarding added at partners'' request.'),

    ('Shires Early Help Partnership', 'FORMING',     '2017-04-01', 'Partnership formed to roll out the lead practitioner model.'),
    ('Shires Early Help Partnership', 'FUNCTIONING', '2018-09-01', 'Common family assessment in use by all partners.'),

    ('Shires Skills and Employment Board', 'FORMING', '2025-09-01', 'First meeting held; terms of reference still in draft.'),

    ('Net Zero Shires Delivery Group', 'FORMING',     '2022-03-01', 'Officer group set up to deliver the joint climate action plan.'),
    ('Net Zero Shires Delivery Group', 'FUNCTIONING', '2023-02-01', 'First 120 charge points installed through a joint contract.'),
    ('Net Zero Shires Delivery Group', 'FRUSTRATION', '2025-06-11', 'Westmere withdrew from the retrofit programme and the others question how the carbon data costs are shared.'),

    ('Shires Warm Homes Programme Board', 'FORMING', '2026-01-20', 'Proposal agreed in principle by the housing partnership; business case being prepared.'),

    ('Shires Community Cohesion Forum', 'FORMING',     '2016-10-01', 'Forum set up after a rise in reported hate incidents.'),
    ('Shires Community Cohesion Forum', 'FUNCTIONING', '2017-06-01', 'Community tension monitoring and a joint events programme running.'),
    ('Shires Community Cohesion Forum', 'FAILING',     '2023-05-10', 'Attendance fell after the chair stood down and there was no agreed work programme.'),

    ('Shires and Fenmarsh Local Resilience Forum', 'FORMING',     '2005-04-01', 'Forum established under the new civil contingencies duty.'),
    ('Shires and Fenmarsh Local Resilience Forum', 'FUNCTIONING', '2007-09-01', 'Community risk register and joint flood plan published.'),
    ('Shires and Fenmarsh Local Resilience Forum', 'FRUSTRATION', '2021-03-15', 'Pandemic debrief exposed disagreements over how mass testing sites were run.'),
    ('Shires and Fenmarsh Local Resilience Forum', 'FUNCTIONING', '2022-01-20', 'Lessons-learned action plan completed and new governance agreed with Fenmarsh.'),

    ('Northvale Together', 'FORMING',     '2009-07-01', 'District partnership set up following the county''s second community strategy.'),
    ('Northvale Together', 'FUNCTIONING', '2011-03-01', 'Area forums set up and the Northvale local plan adopted.'),

    ('Northvale Town Area Forum', 'FORMING',     '2011-03-01', 'First forum meeting.'),
    ('Northvale Town Area Forum', 'FUNCTIONING', '2012-02-01', 'Annual setting of local priorities established.'),

    ('Hollinford and Villages Area Forum', 'FORMING',     '2011-03-01', 'First forum meeting.'),
    ('Hollinford and Villages Area Forum', 'FUNCTIONING', '2012-06-01', 'Village transport scheme launched.'),
    ('Hollinford and Villages Area Forum', 'FAILING',     '2024-09-12', 'Parish councils stopped attending after the district withdrew officer support; two meetings cancelled.'),

    ('Ashwell Cross Area Forum', 'FORMING', '2026-03-01', 'Inaugural meeting held in the new community centre.'),

    ('Southmoor Partnership', 'FORMING',     '2010-01-01', 'District partnership set up.'),
    ('Southmoor Partnership', 'FUNCTIONING', '2012-05-01', 'Southmoor plan agreed by all partners.'),
    ('Southmoor Partnership', 'FRUSTRATION', '2026-02-10', 'District council cut community grants without consulting partners; voluntary sector members threatened to walk out.'),

    ('Southmoor Community Safety Group', 'FORMING',     '2011-04-01', 'Set up as the district''s problem-solving group.'),
    ('Southmoor Community Safety Group', 'FUNCTIONING', '2012-03-01', 'Monthly tasking meeting with police and council established.'),

    ('Eastbrook Partnership Board', 'FORMING',     '2012-04-01', 'Partnership board set up.'),
    ('Eastbrook Partnership Board', 'FRUSTRATION', '2013-10-01', 'Business members felt sidelined by the public sector partners.'),
    ('Eastbrook Partnership Board', 'FUNCTIONING', '2015-01-01', 'Board restructured with a business co-chair.'),
    ('Eastbrook Partnership Board', 'FLYING',      '2022-06-01', 'Joint projects budget agreed and partners sharing the lead on each priority.'),

    ('Eastbrook Town Centre Regeneration Partnership', 'FORMING',     '2019-06-01', 'Regeneration programme board set up.'),
    ('Eastbrook Town Centre Regeneration Partnership', 'FUNCTIONING', '2020-09-01', 'Development agreement signed by all funders.'),
    ('Eastbrook Town Centre Regeneration Partnership', 'FLYING',      '2025-05-20', 'Health and learning hub opened on time; town centre vacancy rate at a ten-year low.'),

    ('Westmere Local Strategic Partnership', 'FORMING',     '2008-10-01', 'District partnership set up.'),
    ('Westmere Local Strategic Partnership', 'FUNCTIONING', '2010-06-01', 'Westmere community plan agreed.'),
    ('Westmere Local Strategic Partnership', 'FRUSTRATION', '2019-06-01', 'New council administration questioned the value of the partnership.'),
    ('Westmere Local Strategic Partnership', 'FAILING',     '2024-11-20', 'Council withdrew officer support and partners stopped attending.'),

    ('Westmere Housing Forum', 'FORMING',     '2015-05-01', 'Forum set up with the housing associations working in the district.'),
    ('Westmere Housing Forum', 'FUNCTIONING', '2016-04-01', 'Common nominations agreement signed.')
) as v(partnership, stage, changed_on, reason)
where a.slug = 'demo';
