-- Demo area, part 1: the directory.
-- Shires is a fictional two-tier English county: one county council, four district councils
-- and the police, fire, NHS, voluntary, business and parish partners that work with them.
-- Every name, person and address here is invented; e-mail and web addresses use the reserved
-- .example domain. Loaded in one transaction into empty tables; rows refer to each other by name.

insert into area (slug, name) values ('demo', 'Shires County');

-- Themes of the Shires community strategy.
insert into theme (area_id, name, description)
select a.id, v.name, v.description
from area a
cross join (values
    ('Safer communities',
     'People in Shires are safe and feel safe at home, in public places and online, with less crime, abuse and antisocial behaviour.'),
    ('Healthier lives',
     'Residents live longer, healthier and more independent lives, and the gap in healthy life expectancy between places narrows.'),
    ('Thriving economy',
     'A productive, inclusive economy in which local businesses grow and residents have the skills to get good jobs.'),
    ('Stronger communities',
     'Active, connected and resilient communities in which people volunteer, take part in local decisions and look out for each other.'),
    ('Environment and climate',
     'The county reaches net zero carbon by 2045, adapts to a changing climate and protects its countryside and rivers.'),
    ('Children and young people',
     'Every child gets a good start in life, is safe from harm and leaves education ready for work and adult life.'),
    ('Housing',
     'Everyone has a decent, affordable and warm home, and nobody has to sleep rough.')
) as v(name, description)
where a.slug = 'demo';

-- Partner organisations.
insert into organisation (area_id, name, sector, type, website)
select a.id, v.name, v.sector, v.type, v.website
from area a
cross join (values
    ('Shires County Council',                        'PUBLIC',    'COUNTY_COUNCIL',    'https://www.shirescc.example'),
    ('Northvale District Council',                   'PUBLIC',    'DISTRICT_COUNCIL',  'https://www.northvale-dc.example'),
    ('Southmoor District Council',                   'PUBLIC',    'DISTRICT_COUNCIL',  'https://www.southmoor-dc.example'),
    ('Eastbrook Borough Council',                    'PUBLIC',    'DISTRICT_COUNCIL',  'https://www.eastbrook-bc.example'),
    ('Westmere District Council',                    'PUBLIC',    'DISTRICT_COUNCIL',  'https://www.westmere-dc.example'),
    ('Shires Police',                                'PUBLIC',    'POLICE',            'https://www.shires-police.example'),
    ('Office of the Shires Police and Crime Commissioner', 'PUBLIC', 'OTHER_PUBLIC_BODY', 'https://www.shires-pcc.example'),
    ('Shires Fire and Rescue Service',               'PUBLIC',    'FIRE_AND_RESCUE',   'https://www.shires-fire.example'),
    ('NHS Shires Integrated Care Board',             'PUBLIC',    'NHS_BODY',          'https://www.shires-icb.example'),
    ('Shires Health and Care NHS Foundation Trust',  'PUBLIC',    'NHS_BODY',          'https://www.shires-healthcare.example'),
    ('Shires Probation Delivery Unit',               'PUBLIC',    'OTHER_PUBLIC_BODY', 'https://www.shires-probation.example'),
    ('Shires College',                               'PUBLIC',    'OTHER_PUBLIC_BODY', 'https://www.shires-college.example'),
    ('Shires Council for Voluntary Service',         'VOLUNTARY', 'VOLUNTARY_GROUP',   'https://www.shires-cvs.example'),
    ('Safe Haven Shires',                            'VOLUNTARY', 'VOLUNTARY_GROUP',   'https://www.safehavenshires.example'),
    ('Shires Homes Housing Association',             'VOLUNTARY', 'OTHER',             'https://www.shireshomes.example'),
    ('Shires Chamber of Commerce',                   'PRIVATE',   'BUSINESS_BODY',     'https://www.shires-chamber.example'),
    ('Millbrook Logistics Ltd',                      'PRIVATE',   'BUSINESS',          'https://www.millbrook-logistics.example'),
    ('Shires Association of Local Councils',         'PUBLIC',    'PARISH_COUNCIL',    'https://www.shires-alc.example'),
    ('Hollinford Town Council',                      'PUBLIC',    'PARISH_COUNCIL',    'https://www.hollinford-tc.example')
) as v(name, sector, type, website)
where a.slug = 'demo';

-- People: officers, representatives and elected members. All fictional.
insert into person (area_id, name, job_title, organisation_id, email)
select a.id, v.name, v.job_title,
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.email
from area a
cross join (values
    -- Shires County Council: officers
    ('Helen Marsh',        'Chief Executive',                                        'Shires County Council', 'helen.marsh@shirescc.example'),
    ('Andrew Pryce',       'Director of Adult Social Care',                          'Shires County Council', 'andrew.pryce@shirescc.example'),
    ('Fiona Caldwell',     'Director of Children''s Services',                       'Shires County Council', 'fiona.caldwell@shirescc.example'),
    ('Samira Khan',        'Director of Public Health',                              'Shires County Council', 'samira.khan@shirescc.example'),
    ('Martin Oduya',       'Director of Economy and Place',                          'Shires County Council', 'martin.oduya@shirescc.example'),
    ('Rebecca Lowe',       'Head of Partnerships and Policy',                        'Shires County Council', 'rebecca.lowe@shirescc.example'),
    ('Tom Ashworth',       'Partnership Officer',                                    'Shires County Council', 'tom.ashworth@shirescc.example'),
    ('Grace Whitfield',    'Community Safety Manager',                               'Shires County Council', 'grace.whitfield@shirescc.example'),
    ('Daniel Reeve',       'Domestic Abuse Co-ordinator',                            'Shires County Council', 'daniel.reeve@shirescc.example'),
    ('Lucy Brennan',       'Head of Youth Justice Service',                          'Shires County Council', 'lucy.brennan@shirescc.example'),
    ('Owen Pritchard',     'Drug and Alcohol Commissioning Manager',                 'Shires County Council', 'owen.pritchard@shirescc.example'),
    ('Claire Dobson',      'Climate Programme Manager',                              'Shires County Council', 'claire.dobson@shirescc.example'),
    ('Ben Hargreaves',     'Head of Early Help',                                     'Shires County Council', 'ben.hargreaves@shirescc.example'),
    ('Natalie Sheridan',   'Integrated Commissioning Manager',                       'Shires County Council', 'natalie.sheridan@shirescc.example'),
    -- Shires County Council: elected members
    ('Richard Fenwick',    'Leader of Shires County Council',                        'Shires County Council', 'cllr.richard.fenwick@shirescc.example'),
    ('Margaret Hollis',    'Cabinet Member for Communities and Community Safety',    'Shires County Council', 'cllr.margaret.hollis@shirescc.example'),
    ('Peter Danvers',      'Cabinet Member for Adult Social Care and Health',        'Shires County Council', 'cllr.peter.danvers@shirescc.example'),
    ('Aisha Rahman',       'Cabinet Member for Children and Families',               'Shires County Council', 'cllr.aisha.rahman@shirescc.example'),
    ('Graham Tulley',      'Cabinet Member for Economy and Skills',                  'Shires County Council', 'cllr.graham.tulley@shirescc.example'),
    ('Susan Pendle',       'Cabinet Member for Environment and Climate',             'Shires County Council', 'cllr.susan.pendle@shirescc.example'),
    ('Howard Blythe',      'Chair, Overview and Scrutiny Committee',                 'Shires County Council', 'cllr.howard.blythe@shirescc.example'),
    -- District councils
    ('James Holloway',     'Chief Executive',                                        'Northvale District Council', 'james.holloway@northvale-dc.example'),
    ('Brian Stokes',       'Leader of Northvale District Council',                   'Northvale District Council', 'cllr.brian.stokes@northvale-dc.example'),
    ('Joan Whitaker',      'Portfolio Holder for Communities and Wellbeing',         'Northvale District Council', 'cllr.joan.whitaker@northvale-dc.example'),
    ('Nadia Ferris',       'Partnerships and Communities Manager',                   'Northvale District Council', 'nadia.ferris@northvale-dc.example'),
    ('Karen Ellison',      'Chief Executive',                                        'Southmoor District Council', 'karen.ellison@southmoor-dc.example'),
    ('David Marlow',       'Leader of Southmoor District Council',                   'Southmoor District Council', 'cllr.david.marlow@southmoor-dc.example'),
    ('Priya Nair',         'Portfolio Holder for Community Safety',                  'Southmoor District Council', 'cllr.priya.nair@southmoor-dc.example'),
    ('Ian Chadwick',       'Community Development Officer',                          'Southmoor District Council', 'ian.chadwick@southmoor-dc.example'),
    ('Philip Garner',      'Chief Executive',                                        'Eastbrook Borough Council', 'philip.garner@eastbrook-bc.example'),
    ('Helen Okafor',       'Leader of Eastbrook Borough Council',                    'Eastbrook Borough Council', 'cllr.helen.okafor@eastbrook-bc.example'),
    ('Sophie Laidlaw',     'Regeneration and Partnerships Officer',                  'Eastbrook Borough Council', 'sophie.laidlaw@eastbrook-bc.example'),
    ('Mark Bennion',       'Chief Executive',                                        'Westmere District Council', 'mark.bennion@westmere-dc.example'),
    ('Ruth Cavendish',     'Leader of Westmere District Council',                    'Westmere District Council', 'cllr.ruth.cavendish@westmere-dc.example'),
    ('Stephen Yeo',        'Portfolio Holder for Housing and Homelessness',          'Westmere District Council', 'cllr.stephen.yeo@westmere-dc.example'),
    ('Leanne Tranter',     'Community Partnerships Officer',                         'Westmere District Council', 'leanne.tranter@westmere-dc.example'),
    -- Police, crime commissioner, probation, fire
    ('Julia Harding',      'Chief Constable',                                        'Shires Police', 'julia.harding@shires-police.example'),
    ('Neil Foster',        'Superintendent, Local Policing Commander',               'Shires Police', 'neil.foster@shires-police.example'),
    ('Amy Collier',        'Detective Inspector, Public Protection',                 'Shires Police', 'amy.collier@shires-police.example'),
    ('Alan Whitcombe',     'Police and Crime Commissioner',                          'Office of the Shires Police and Crime Commissioner', 'alan.whitcombe@shires-pcc.example'),
    ('Yvonne Adeyemi',     'Head of Probation Delivery Unit',                        'Shires Probation Delivery Unit', 'yvonne.adeyemi@shires-probation.example'),
    ('Gareth Rowlands',    'Chief Fire Officer',                                     'Shires Fire and Rescue Service', 'gareth.rowlands@shires-fire.example'),
    ('Kerry Oldham',       'Group Manager, Prevention and Protection',               'Shires Fire and Rescue Service', 'kerry.oldham@shires-fire.example'),
    -- NHS
    ('Jonathan Blake',     'Chief Executive',                                        'NHS Shires Integrated Care Board', 'jonathan.blake@shires-icb.example'),
    ('Michelle Harper',    'Director of Strategy and Partnerships',                  'NHS Shires Integrated Care Board', 'michelle.harper@shires-icb.example'),
    ('Anil Mehta',         'Clinical Director for Mental Health',                    'NHS Shires Integrated Care Board', 'anil.mehta@shires-icb.example'),
    ('Elaine Moss',        'Chief Executive',                                        'Shires Health and Care NHS Foundation Trust', 'elaine.moss@shires-healthcare.example'),
    ('Robert Quinn',       'Director of Operations',                                 'Shires Health and Care NHS Foundation Trust', 'robert.quinn@shires-healthcare.example'),
    -- Education, voluntary sector, housing, business, parishes
    ('Lynne Hartley',      'Principal',                                              'Shires College', 'lynne.hartley@shires-college.example'),
    ('Jenny Salter',       'Chief Executive',                                        'Shires Council for Voluntary Service', 'jenny.salter@shires-cvs.example'),
    ('Kwame Asante',       'Voluntary Sector Development Manager',                   'Shires Council for Voluntary Service', 'kwame.asante@shires-cvs.example'),
    ('Rachel Dunn',        'Service Director',                                       'Safe Haven Shires', 'rachel.dunn@safehavenshires.example'),
    ('Terry Gould',        'Director of Housing Services',                           'Shires Homes Housing Association', 'terry.gould@shireshomes.example'),
    ('Victoria Lang',      'Chief Executive',                                        'Shires Chamber of Commerce', 'victoria.lang@shires-chamber.example'),
    ('Hugh Pemberton',     'President',                                              'Shires Chamber of Commerce', 'hugh.pemberton@shires-chamber.example'),
    ('Dominic Rae',        'Managing Director',                                      'Millbrook Logistics Ltd', 'dominic.rae@millbrook-logistics.example'),
    ('Margaret Ellery',    'Chief Officer',                                          'Shires Association of Local Councils', 'margaret.ellery@shires-alc.example'),
    ('Colin Ridley',       'Chair',                                                  'Shires Association of Local Councils', 'colin.ridley@shires-alc.example'),
    ('Jean Haworth',       'Town Clerk',                                             'Hollinford Town Council', 'clerk@hollinford-tc.example')
) as v(name, job_title, organisation, email)
where a.slug = 'demo';
