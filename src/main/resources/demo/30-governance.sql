-- Demo area, part 3: the bodies through which the Shires partnerships act, their seats and who
-- has filled them. Loaded after 10-directory.sql and 20-partnership.sql in the same transaction;
-- rows refer to each other by name within the demo area. All people are fictional.
--
-- What the composition checks should show, against the default guidance for each kind of body:
--   * Shires Strategic Partnership Board: 22 seats (guidance 12-15), one member below the expected
--     tier (Westmere now sends an officer) and two seats without a designated deputy.
--   * Climate and Environment Partnership Board: Westmere's seat vacant since June 2025 and two
--     seats without deputies.
--   * Safer Shires Board: 14 seats, every seat filled at tier 1 or 2 with a deputy; no warnings.
--   * Domestic Abuse Delivery Group: a delivery group of 6 seats ending on 31 March 2027.
--   * Partnerships in trouble look it: the Westmere Partnership Board (vacant seats, missing
--     deputies, two members below tier), the Stronger Communities Partnership Group and the
--     Hollinford and Villages Area Forum (vacant seats), and missing deputies on the Health and
--     Wellbeing Board and the Southmoor Partnership Board.
--   * Hospital Discharge Task and Finish Group: past its end date (30 September 2025).
--   * Community Cohesion Forum: closed on 31 March 2024, its seats abolished.
--   * Warm Homes Programme Design Group: works ahead of the proposed partnership's April 2027 start.
-- History: the local policing lead on the Safer Shires and district boards retired in May 2024
-- and his successor moved to a new post in August 2025; a new police and crime commissioner took
-- office in May 2024; probation, NHS place, Chamber and cabinet changes in 2024 and 2025.

-- ---------------------------------------------------------------------------------------------
-- People who sit on the bodies below and are not in the directory yet
-- ---------------------------------------------------------------------------------------------

insert into person (area_id, name, job_title, organisation_id, email)
select a.id, v.name, v.job_title,
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.email
from area a
cross join (values
    ('Catherine Wells', 'Executive Director of Resources and Deputy Chief Executive', 'Shires County Council', 'catherine.wells@shirescc.example'),
    ('Paula Greenwood', 'Director of Communities and Public Protection', 'Shires County Council', 'paula.greenwood@shirescc.example'),
    ('Simon Archer', 'Assistant Director, Adult Social Care Commissioning', 'Shires County Council', 'simon.archer@shirescc.example'),
    ('Joanne Firth', 'Assistant Director, Children''s Social Care', 'Shires County Council', 'joanne.firth@shirescc.example'),
    ('Paul Ingram', 'Assistant Director, Education and Inclusion', 'Shires County Council', 'paul.ingram@shirescc.example'),
    ('Mei Ling Chow', 'Consultant in Public Health', 'Shires County Council', 'mei.ling.chow@shirescc.example'),
    ('Gavin Shaw', 'Assistant Director, Highways and Environment', 'Shires County Council', 'gavin.shaw@shirescc.example'),
    ('Harriet Vaughan', 'Head of Economic Growth', 'Shires County Council', 'harriet.vaughan@shirescc.example'),
    ('Ravi Sharma', 'Head of Skills and Employment', 'Shires County Council', 'ravi.sharma@shirescc.example'),
    ('Derek Amos', 'Head of Emergency Planning', 'Shires County Council', 'derek.amos@shirescc.example'),
    ('Nicola Barnes', 'Head of Safeguarding and Quality Assurance', 'Shires County Council', 'nicola.barnes@shirescc.example'),
    ('Sian Pugh', 'Head of Adult Safeguarding', 'Shires County Council', 'sian.pugh@shirescc.example'),
    ('Kevin Doyle', 'Head of Property and Estates', 'Shires County Council', 'kevin.doyle@shirescc.example'),
    ('Martin Hebden', 'Flood Risk Manager', 'Shires County Council', 'martin.hebden@shirescc.example'),
    ('Alan Royce', 'Head of Finance, Adults and Health', 'Shires County Council', 'alan.royce@shirescc.example'),
    ('Mandeep Gill', 'Finance Business Partner, Adults and Health', 'Shires County Council', 'mandeep.gill@shirescc.example'),
    ('Deborah Lyle', 'MASH Team Manager', 'Shires County Council', 'deborah.lyle@shirescc.example'),
    ('Emma Richardson', 'Hospital Social Work Team Manager', 'Shires County Council', 'emma.richardson@shirescc.example'),
    ('Laura Kent', 'Family Hubs Co-ordinator', 'Shires County Council', 'laura.kent@shirescc.example'),
    ('Ayesha Begum', 'Community Cohesion Officer', 'Shires County Council', 'ayesha.begum@shirescc.example'),
    ('Jack Morrell', 'Grants and Volunteering Officer', 'Shires County Council', 'jack.morrell@shirescc.example'),
    ('Jade Horrocks', 'Physical Activity Lead, Public Health', 'Shires County Council', 'jade.horrocks@shirescc.example'),
    ('Rosie Bannister', 'Treatment Commissioning Officer', 'Shires County Council', 'rosie.bannister@shirescc.example'),
    ('Lauren Beck', 'Emergency Planning Officer', 'Shires County Council', 'lauren.beck@shirescc.example'),
    ('Sam Whitcroft', 'Education Safeguarding Lead', 'Shires County Council', 'sam.whitcroft@shirescc.example'),
    ('Farah Aziz', 'MASH Senior Practitioner', 'Shires County Council', 'farah.aziz@shirescc.example'),
    ('Diane Forsyth', 'Deputy Leader of Shires County Council', 'Shires County Council', 'cllr.diane.forsyth@shirescc.example'),
    ('Trevor Hale', 'Cabinet Member for Highways and Transport', 'Shires County Council', 'cllr.trevor.hale@shirescc.example'),
    ('Linda Moorcroft', 'Deputy Cabinet Member for Communities', 'Shires County Council', 'cllr.linda.moorcroft@shirescc.example'),
    ('Anthony Greaves', 'County Councillor (Cabinet Member for Environment until May 2025)', 'Shires County Council', 'cllr.anthony.greaves@shirescc.example'),
    ('Owen Lacey', 'County Councillor for Hollinford', 'Shires County Council', 'cllr.owen.lacey@shirescc.example'),
    ('Beverley Nash', 'County Councillor for Ashwell and the Vale', 'Shires County Council', 'cllr.beverley.nash@shirescc.example'),
    ('Clare Hinchliffe', 'Director of Communities and Housing', 'Northvale District Council', 'clare.hinchliffe@northvale-dc.example'),
    ('Rob Ansell', 'Head of Housing', 'Northvale District Council', 'rob.ansell@northvale-dc.example'),
    ('Dawn Fletcher', 'Property Services Manager', 'Northvale District Council', 'dawn.fletcher@northvale-dc.example'),
    ('Sally Norbury', 'Environmental Sustainability Officer', 'Northvale District Council', 'sally.norbury@northvale-dc.example'),
    ('Kieran Walsh', 'Community Safety Officer', 'Northvale District Council', 'kieran.walsh@northvale-dc.example'),
    ('Steve Kirkby', 'Emergency Planning and Business Continuity Officer', 'Northvale District Council', 'steve.kirkby@northvale-dc.example'),
    ('Rosemary Hunt', 'Deputy Leader and Portfolio Holder for Environment', 'Northvale District Council', 'cllr.rosemary.hunt@northvale-dc.example'),
    ('Tom Parry', 'Ward Councillor, Northvale Central', 'Northvale District Council', 'cllr.tom.parry@northvale-dc.example'),
    ('Gillian Foy', 'Ward Councillor, Northvale North', 'Northvale District Council', 'cllr.gillian.foy@northvale-dc.example'),
    ('Martin Keys', 'Ward Councillor, Northvale East', 'Northvale District Council', 'cllr.martin.keys@northvale-dc.example'),
    ('Anita Lowry', 'Ward Councillor, Northvale West', 'Northvale District Council', 'cllr.anita.lowry@northvale-dc.example'),
    ('Brenda Coyle', 'Former Ward Councillor, Northvale West', 'Northvale District Council', 'cllr.brenda.coyle@northvale-dc.example'),
    ('Peter Quayle', 'Ward Councillor, Ashwell Cross', 'Northvale District Council', 'cllr.peter.quayle@northvale-dc.example'),
    ('Alison Pickering', 'Deputy Chief Executive', 'Southmoor District Council', 'alison.pickering@southmoor-dc.example'),
    ('Gordon Fairley', 'Head of Housing and Environmental Health', 'Southmoor District Council', 'gordon.fairley@southmoor-dc.example'),
    ('Megan Rowe', 'Community Safety and Licensing Manager', 'Southmoor District Council', 'megan.rowe@southmoor-dc.example'),
    ('Craig Eastwood', 'Leisure Services Manager', 'Southmoor District Council', 'craig.eastwood@southmoor-dc.example'),
    ('Darren Oakes', 'Antisocial Behaviour Officer', 'Southmoor District Council', 'darren.oakes@southmoor-dc.example'),
    ('Vicky Hollins', 'Housing Options Team Leader', 'Southmoor District Council', 'vicky.hollins@southmoor-dc.example'),
    ('Colin Baxter', 'Portfolio Holder for Environment', 'Southmoor District Council', 'cllr.colin.baxter@southmoor-dc.example'),
    ('Wendy Sutcliffe', 'Portfolio Holder for Housing', 'Southmoor District Council', 'cllr.wendy.sutcliffe@southmoor-dc.example'),
    ('Keith Arden', 'District Councillor (Portfolio Holder for Housing until May 2024)', 'Southmoor District Council', 'cllr.keith.arden@southmoor-dc.example'),
    ('Marcus Bellamy', 'Director of Place', 'Eastbrook Borough Council', 'marcus.bellamy@eastbrook-bc.example'),
    ('Joanna Pike', 'Director of Communities', 'Eastbrook Borough Council', 'joanna.pike@eastbrook-bc.example'),
    ('Ed Fairweather', 'Regeneration Programme Manager', 'Eastbrook Borough Council', 'ed.fairweather@eastbrook-bc.example'),
    ('Tasha Greene', 'Head of Housing Needs', 'Eastbrook Borough Council', 'tasha.greene@eastbrook-bc.example'),
    ('Neil Oxley', 'Climate Change Officer', 'Eastbrook Borough Council', 'neil.oxley@eastbrook-bc.example'),
    ('Aaron Whitley', 'Community Safety Officer', 'Eastbrook Borough Council', 'aaron.whitley@eastbrook-bc.example'),
    ('Hassan Malik', 'Deputy Leader and Portfolio Holder for Regeneration', 'Eastbrook Borough Council', 'cllr.hassan.malik@eastbrook-bc.example'),
    ('Lorraine Cobb', 'Portfolio Holder for Housing and Communities', 'Eastbrook Borough Council', 'cllr.lorraine.cobb@eastbrook-bc.example'),
    ('Adrian Cope', 'Strategic Director', 'Westmere District Council', 'adrian.cope@westmere-dc.example'),
    ('Fiona Birtles', 'Head of Housing and Communities', 'Westmere District Council', 'fiona.birtles@westmere-dc.example'),
    ('Kate Lomas', 'Housing Options Manager', 'Westmere District Council', 'kate.lomas@westmere-dc.example'),
    ('Philippa Hurst', 'Environmental Health Officer', 'Westmere District Council', 'philippa.hurst@westmere-dc.example'),
    ('Sean Doherty', 'Tenancy Sustainment Officer', 'Westmere District Council', 'sean.doherty@westmere-dc.example'),
    ('Roger Milne', 'Portfolio Holder for Environment', 'Westmere District Council', 'cllr.roger.milne@westmere-dc.example'),
    ('Richard Okonjo', 'Deputy Chief Constable', 'Shires Police', 'richard.okonjo@shires-police.example'),
    ('Sarah Kendrick', 'Assistant Chief Constable', 'Shires Police', 'sarah.kendrick@shires-police.example'),
    ('Marcus Thorne', 'Chief Superintendent, Head of Local Policing', 'Shires Police', 'marcus.thorne@shires-police.example'),
    ('Louise Barraclough', 'Chief Superintendent, Head of Public Protection', 'Shires Police', 'louise.barraclough@shires-police.example'),
    ('Paul Mercer', 'Chief Superintendent (retired 2024)', 'Shires Police', 'paul.mercer@shires-police.example'),
    ('Stephen Rourke', 'Chief Constable (retired 2023)', 'Shires Police', 'stephen.rourke@shires-police.example'),
    ('Tariq Hussain', 'Detective Superintendent, Public Protection', 'Shires Police', 'tariq.hussain@shires-police.example'),
    ('Jo Kingsley', 'Superintendent, Operations and Emergency Planning', 'Shires Police', 'jo.kingsley@shires-police.example'),
    ('Gary Webb', 'Chief Inspector, Northvale and Westmere', 'Shires Police', 'gary.webb@shires-police.example'),
    ('Hannah Fyfe', 'Chief Inspector, Southmoor and Eastbrook', 'Shires Police', 'hannah.fyfe@shires-police.example'),
    ('Robert Haines', 'Chief Inspector (retired 2025)', 'Shires Police', 'robert.haines@shires-police.example'),
    ('Bryony Castle', 'Head of Estates', 'Shires Police', 'bryony.castle@shires-police.example'),
    ('Ollie Grant', 'Inspector, Northvale Neighbourhood Policing', 'Shires Police', 'ollie.grant@shires-police.example'),
    ('Beth Carver', 'Inspector, Southmoor Neighbourhood Policing', 'Shires Police', 'beth.carver@shires-police.example'),
    ('Amrit Dhillon', 'Inspector, Eastbrook Neighbourhood Policing', 'Shires Police', 'amrit.dhillon@shires-police.example'),
    ('Dave Pruitt', 'Inspector, Emergency Planning', 'Shires Police', 'dave.pruitt@shires-police.example'),
    ('Jamie Lister', 'Police Constable, Southmoor Neighbourhood Team', 'Shires Police', 'jamie.lister@shires-police.example'),
    ('Callum Dobbs', 'Detective Sergeant, Domestic Abuse Unit', 'Shires Police', 'callum.dobbs@shires-police.example'),
    ('Shannon Briggs', 'Police Community Support Officer, Northvale', 'Shires Police', 'shannon.briggs@shires-police.example'),
    ('Geoffrey Lund', 'Former Police and Crime Commissioner (2021 to 2024)', 'Office of the Shires Police and Crime Commissioner', 'geoffrey.lund@shires-pcc.example'),
    ('Bernard Achebe', 'Chief Executive', 'Office of the Shires Police and Crime Commissioner', 'bernard.achebe@shires-pcc.example'),
    ('Sophie Garland', 'Head of Commissioning and Partnerships', 'Office of the Shires Police and Crime Commissioner', 'sophie.garland@shires-pcc.example'),
    ('Jasmine Cole', 'Violence Reduction Programme Manager', 'Office of the Shires Police and Crime Commissioner', 'jasmine.cole@shires-pcc.example'),
    ('Martin Gale', 'Head of Probation Delivery Unit (retired 2024)', 'Shires Probation Delivery Unit', 'martin.gale@shires-probation.example'),
    ('Femi Oladipo', 'Deputy Head of Probation Delivery Unit', 'Shires Probation Delivery Unit', 'femi.oladipo@shires-probation.example'),
    ('Chloe Danes', 'Senior Probation Officer', 'Shires Probation Delivery Unit', 'chloe.danes@shires-probation.example'),
    ('Andrea Blackwood', 'Deputy Chief Fire Officer', 'Shires Fire and Rescue Service', 'andrea.blackwood@shires-fire.example'),
    ('Ian Mortimer', 'Area Manager, Community Risk', 'Shires Fire and Rescue Service', 'ian.mortimer@shires-fire.example'),
    ('Scott Pennington', 'Station Manager, Southmoor', 'Shires Fire and Rescue Service', 'scott.pennington@shires-fire.example'),
    ('Gemma Royle', 'Director of Place', 'NHS Shires Integrated Care Board', 'gemma.royle@shires-icb.example'),
    ('Bethan Grant', 'Former Director of Place (left August 2024)', 'NHS Shires Integrated Care Board', 'bethan.grant@shires-icb.example'),
    ('Chris Turnbull', 'Director of Nursing and Quality', 'NHS Shires Integrated Care Board', 'chris.turnbull@shires-icb.example'),
    ('Lisa Harrow', 'Head of Urgent and Emergency Care', 'NHS Shires Integrated Care Board', 'lisa.harrow@shires-icb.example'),
    ('Sunita Patel', 'Head of Children''s Commissioning', 'NHS Shires Integrated Care Board', 'sunita.patel@shires-icb.example'),
    ('Mark Fielding', 'Designated Nurse for Safeguarding Children', 'NHS Shires Integrated Care Board', 'mark.fielding@shires-icb.example'),
    ('Tom Whitlock', 'Head of Mental Health Commissioning', 'NHS Shires Integrated Care Board', 'tom.whitlock@shires-icb.example'),
    ('Rebecca Hume', 'Head of Population Health Analytics', 'NHS Shires Integrated Care Board', 'rebecca.hume@shires-icb.example'),
    ('Rachel Amadi', 'Head of Emergency Preparedness', 'NHS Shires Integrated Care Board', 'rachel.amadi@shires-icb.example'),
    ('Oliver Stroud', 'Head of Primary Care Estates', 'NHS Shires Integrated Care Board', 'oliver.stroud@shires-icb.example'),
    ('Lucy Ormerod', 'Head of Sustainability', 'NHS Shires Integrated Care Board', 'lucy.ormerod@shires-icb.example'),
    ('Niamh Kelly', 'Designated Safeguarding Adults Lead', 'NHS Shires Integrated Care Board', 'niamh.kelly@shires-icb.example'),
    ('Jane Ferrier', 'Director of Nursing', 'Shires Health and Care NHS Foundation Trust', 'jane.ferrier@shires-healthcare.example'),
    ('Alistair Boyd', 'Medical Director', 'Shires Health and Care NHS Foundation Trust', 'alistair.boyd@shires-healthcare.example'),
    ('Kim Sandford', 'Head of Patient Flow', 'Shires Health and Care NHS Foundation Trust', 'kim.sandford@shires-healthcare.example'),
    ('Nick Ambrose', 'Head of Community Services', 'Shires Health and Care NHS Foundation Trust', 'nick.ambrose@shires-healthcare.example'),
    ('Yasmin Qureshi', 'Head of Safeguarding', 'Shires Health and Care NHS Foundation Trust', 'yasmin.qureshi@shires-healthcare.example'),
    ('Dylan Price', 'Substance Misuse Service Manager', 'Shires Health and Care NHS Foundation Trust', 'dylan.price@shires-healthcare.example'),
    ('Gordon Tait', 'Emergency Planning Manager', 'Shires Health and Care NHS Foundation Trust', 'gordon.tait@shires-healthcare.example'),
    ('Gail Hendry', 'Community Services Manager', 'Shires Health and Care NHS Foundation Trust', 'gail.hendry@shires-healthcare.example'),
    ('Paula Reid', 'Ward Manager, Elder Care', 'Shires Health and Care NHS Foundation Trust', 'paula.reid@shires-healthcare.example'),
    ('Carol Ingleby', 'Health Visiting Service Lead', 'Shires Health and Care NHS Foundation Trust', 'carol.ingleby@shires-healthcare.example'),
    ('Ruth Penhale', 'Named Nurse for Safeguarding', 'Shires Health and Care NHS Foundation Trust', 'ruth.penhale@shires-healthcare.example'),
    ('Graham Oates', 'Vice Principal, Curriculum and Skills', 'Shires College', 'graham.oates@shires-college.example'),
    ('Denise Farrow', 'Vice Principal (retired 2024)', 'Shires College', 'denise.farrow@shires-college.example'),
    ('Amira Hassan', 'Head of Employer Partnerships', 'Shires College', 'amira.hassan@shires-college.example'),
    ('Joel Barker', 'Head of Student Services', 'Shires College', 'joel.barker@shires-college.example'),
    ('Bridget Owusu', 'Deputy Chief Executive', 'Shires Council for Voluntary Service', 'bridget.owusu@shires-cvs.example'),
    ('Patricia Moyo', 'Health and Wellbeing Network Lead', 'Shires Council for Voluntary Service', 'patricia.moyo@shires-cvs.example'),
    ('Liam Carter', 'Volunteering Development Officer', 'Shires Council for Voluntary Service', 'liam.carter@shires-cvs.example'),
    ('Imogen Shaw', 'Chief Executive', 'Safe Haven Shires', 'imogen.shaw@safehavenshires.example'),
    ('Diane Welling', 'Former Chief Executive (retired 2024)', 'Safe Haven Shires', 'diane.welling@safehavenshires.example'),
    ('Kelly Bright', 'IDVA Service Manager', 'Safe Haven Shires', 'kelly.bright@safehavenshires.example'),
    ('Neville Ashby', 'Chief Executive', 'Shires Homes Housing Association', 'neville.ashby@shireshomes.example'),
    ('Sandra Okoye', 'Head of Supported Housing', 'Shires Homes Housing Association', 'sandra.okoye@shireshomes.example'),
    ('Phil Stanton', 'Head of Asset Management and Sustainability', 'Shires Homes Housing Association', 'phil.stanton@shireshomes.example'),
    ('Lydia Foulds', 'Community Investment Manager', 'Shires Homes Housing Association', 'lydia.foulds@shireshomes.example'),
    ('Alison Kerr', 'Past President', 'Shires Chamber of Commerce', 'alison.kerr@shires-chamber.example'),
    ('Nadine Ross', 'Vice President', 'Shires Chamber of Commerce', 'nadine.ross@shires-chamber.example'),
    ('Owen Braithwaite', 'Policy and Membership Manager', 'Shires Chamber of Commerce', 'owen.braithwaite@shires-chamber.example'),
    ('Carla Wood', 'Operations Director', 'Millbrook Logistics Ltd', 'carla.wood@millbrook-logistics.example'),
    ('Gwen Tasker', 'Vice Chair', 'Shires Association of Local Councils', 'gwen.tasker@shires-alc.example'),
    ('Derek Tolland', 'Mayor of Hollinford', 'Hollinford Town Council', 'cllr.derek.tolland@hollinford-tc.example'),
    ('Julie Cresswell', 'Deputy Mayor of Hollinford', 'Hollinford Town Council', 'cllr.julie.cresswell@hollinford-tc.example'),
    ('Simon Pryor', 'Deputy Town Clerk', 'Hollinford Town Council', 'simon.pryor@hollinford-tc.example'),
    ('Judith Ambler', 'Chair, Shires Faith Forum', null, 'judith.ambler@shiresfaithforum.example'),
    ('Yusuf Ali', 'Chair, Eastbrook Council of Faiths', null, 'yusuf.ali@eastbrookfaiths.example'),
    ('David Ainsworth', 'Headteacher, Hollinford Academy, and Chair of Shires Secondary Heads', null, 'david.ainsworth@hollinford-academy.example'),
    ('Karen Mills', 'Headteacher, Northvale Primary School, and Chair of Shires Primary Heads', null, 'karen.mills@northvale-primary.example'),
    ('Sarah Quill', 'Headteacher, Southmoor High School', null, 'sarah.quill@southmoor-high.example'),
    ('Tom Ellwood', 'Headteacher, Eastbrook Primary School', null, 'tom.ellwood@eastbrook-primary.example'),
    ('Angela Frost', 'Chief Executive, Healthwatch Shires', null, 'angela.frost@healthwatchshires.example'),
    ('Colin Darby', 'Engagement Manager, Healthwatch Shires', null, 'colin.darby@healthwatchshires.example'),
    ('Ella Morgan', 'Chair, Shires Youth Council', null, 'ella.morgan@shiresyouthcouncil.example'),
    ('Raj Kapoor', 'Managing Director, Kapoor Precision Engineering', null, 'raj.kapoor@kapoor-engineering.example'),
    ('Eleanor Watts', 'Owner, Watts Farm Shop, and Federation of Small Businesses area lead', null, 'eleanor.watts@wattsfarmshop.example'),
    ('Kofi Mensah', 'Director, Mensah Digital', null, 'kofi.mensah@mensahdigital.example'),
    ('Sunil Rao', 'Managing Director, Shires Training Academy', null, 'sunil.rao@shirestraining.example'),
    ('Vanessa Holt', 'Operations Director, Shires Training Academy', null, 'vanessa.holt@shirestraining.example'),
    ('Lorna Grieve', 'District Manager, Jobcentre Plus Shires', null, 'lorna.grieve@jcp-shires.example'),
    ('Gwyn Ellis', 'Partnership Manager, Jobcentre Plus Shires', null, 'gwyn.ellis@jcp-shires.example'),
    ('Ruth Abernethy', 'Chief Executive, Shires Wildlife Trust', null, 'ruth.abernethy@shireswildlife.example'),
    ('Ben Thackeray', 'Director of Conservation, Shires Wildlife Trust', null, 'ben.thackeray@shireswildlife.example'),
    ('Julian Sykes', 'Area Director, Environment Agency', null, 'julian.sykes@environment-agency.example'),
    ('Tessa Burrows', 'Area Flood and Coastal Risk Manager, Environment Agency', null, 'tessa.burrows@environment-agency.example'),
    ('Owain Roberts', 'Flood Resilience Team Leader, Environment Agency', null, 'owain.roberts@environment-agency.example'),
    ('Duncan Rigby', 'Chief Executive, Fenmarsh County Council', null, 'duncan.rigby@fenmarsh-cc.example'),
    ('Moira Lennox', 'Head of Emergency Management, Fenmarsh County Council', null, 'moira.lennox@fenmarsh-cc.example'),
    ('Iain Rutherford', 'Emergency Planning Officer, Fenmarsh County Council', null, 'iain.rutherford@fenmarsh-cc.example'),
    ('Andrew Scully', 'Emergency Response Manager, British Red Cross in Shires', null, 'andrew.scully@redcross-shires.example'),
    ('Ian Blackburn', 'Chief Executive, Shires Homeless Action', null, 'ian.blackburn@shireshomelessaction.example'),
    ('Shona McRae', 'Operations Director, Shires Homeless Action', null, 'shona.mcrae@shireshomelessaction.example'),
    ('Stuart Kerrigan', 'Service Manager, Shires Recovery Partnership', null, 'stuart.kerrigan@shiresrecovery.example'),
    ('Dee Hampton', 'Recovery Community Lead, Shires Recovery Partnership', null, 'dee.hampton@shiresrecovery.example'),
    ('Nicola Tate', 'Manager, Shires Family Support Network', null, 'nicola.tate@shiresfamilysupport.example'),
    ('Patrick Nolan', 'Manager, Southmoor Volunteer Centre', null, 'patrick.nolan@southmoorvolunteers.example'),
    ('Lee Hammond', 'Chair, Southmoor Sports Council', null, 'lee.hammond@southmoorsport.example'),
    ('Zoe Parfitt', 'General Manager, Shires Leisure Trust', null, 'zoe.parfitt@shiresleisure.example'),
    ('Howard Greenhalgh', 'Regional Housing Manager, Fenmarsh and Shires Housing Trust', null, 'howard.greenhalgh@fshousingtrust.example'),
    ('Tina Grove', 'Housing Officer, Fenmarsh and Shires Housing Trust', null, 'tina.grove@fshousingtrust.example'),
    ('Grace Olowe', 'Manager, Citizens Advice Westmere', null, 'grace.olowe@ca-westmere.example'),
    ('Simon Feather', 'Chair, Eastbrook Town Centre Business Improvement District', null, 'simon.feather@eastbrookbid.example'),
    ('Yasmin Darr', 'Manager, Eastbrook Town Centre Business Improvement District', null, 'yasmin.darr@eastbrookbid.example'),
    ('Len Dawson', 'Chair, Eastbrook Market Traders'' Association', null, 'len.dawson@eastbrookmarket.example'),
    ('Alan Prosser', 'Chair, Northvale Town Residents'' Association', null, 'alan.prosser@northvaleresidents.example'),
    ('Yvette Marshall', 'Secretary, Northvale Town Residents'' Association', null, 'yvette.marshall@northvaleresidents.example'),
    ('Paul Kemble', 'Minister, Northvale Methodist Church', null, 'paul.kemble@northvalemethodist.example'),
    ('Chris Wade', 'Manager, Northvale Youth Club', null, 'chris.wade@northvaleyouth.example'),
    ('Eileen Thwaite', 'Chair, Hollinford Village Transport Scheme', null, 'eileen.thwaite@hollinfordtransport.example'),
    ('Arthur Penrose', 'Co-ordinator, Hollinford Litter Pickers', null, 'arthur.penrose@hollinfordlitter.example'),
    ('Roy Kitching', 'Chair, Little Fenby Parish Council', null, 'roy.kitching@littlefenby-pc.example'),
    ('Sheila Dobbs', 'Former Chair, Upper Hollin Parish Council', null, 'sheila.dobbs@upperhollin-pc.example'),
    ('Ruth Ogden', 'Chair, Vale Villages Parish Council', null, 'ruth.ogden@valevillages-pc.example'),
    ('Priti Desai', 'Chair, Ashwell Cross Residents'' Group', null, 'priti.desai@ashwellresidents.example'),
    ('Jamie Fox', 'Manager, Ashwell Cross Community Centre', null, 'jamie.fox@ashwellcentre.example')
) as v(name, job_title, organisation, email)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Shires Strategic Partnership Board (Shires Strategic Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Strategic Partnership'),
    'Shires Strategic Partnership Board', 'BOARD', 'STRATEGIC',
    'Sets the shared vision and priorities in the Shires Community Strategy 2024-2034, agrees the annual delivery plan, receives performance reports from the public service board and the thematic partnerships, and holds partners to the commitments they make. Meets three times a year; chaired by the Leader of Shires County Council. Membership has grown one seat at a time since 2013 and a review of its size is due with the strategy refresh.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Shires Strategic Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires County Council (Leader)', 'Shires County Council', null, 'CHAIR', true, null),
    ('Voluntary sector (Council for Voluntary Service)', 'Shires Council for Voluntary Service', null, 'VICE_CHAIR', true, null),
    ('Shires County Council (Chief Executive)', 'Shires County Council', null, 'MEMBER', true, null),
    ('Cabinet member for communities', 'Shires County Council', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Police and Crime Commissioner', 'Office of the Shires Police and Crime Commissioner', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'MEMBER', true, null),
    ('Business representative', null, 'PRIVATE', 'MEMBER', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Housing associations', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Faith communities representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Schools representative', null, 'PUBLIC', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Shires Strategic Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires County Council (Leader)', 'Richard Fenwick', 'MEMBER', 1, 'ELECTED', false, '2021-05-20', null, null),
    ('Shires County Council (Leader)', 'Diane Forsyth', 'DEPUTY', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Voluntary sector (Council for Voluntary Service)', 'Jenny Salter', 'MEMBER', 1, 'VOLUNTARY', true, '2019-06-01', null, null),
    ('Voluntary sector (Council for Voluntary Service)', 'Bridget Owusu', 'DEPUTY', 2, 'VOLUNTARY', true, '2022-01-10', null, null),
    ('Shires County Council (Chief Executive)', 'Helen Marsh', 'MEMBER', 1, 'PUBLIC', false, '2018-09-01', null, null),
    ('Shires County Council (Chief Executive)', 'Catherine Wells', 'DEPUTY', 2, 'PUBLIC', false, '2020-03-01', null, null),
    ('Cabinet member for communities', 'Margaret Hollis', 'MEMBER', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Cabinet member for communities', 'Linda Moorcroft', 'DEPUTY', 3, 'ELECTED', false, '2025-05-22', null, null),
    ('Northvale District Council', 'Brian Stokes', 'MEMBER', 1, 'ELECTED', false, '2023-06-01', null, null),
    ('Northvale District Council', 'James Holloway', 'DEPUTY', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Southmoor District Council', 'David Marlow', 'MEMBER', 1, 'ELECTED', false, '2023-06-01', null, null),
    ('Southmoor District Council', 'Karen Ellison', 'DEPUTY', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Helen Okafor', 'MEMBER', 1, 'ELECTED', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Philip Garner', 'DEPUTY', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Westmere District Council', 'Ruth Cavendish', 'MEMBER', 1, 'ELECTED', false, '2019-06-01', '2025-06-30', 'Council decided to send an officer while it reviews its partnership commitments'),
    ('Westmere District Council', 'Leanne Tranter', 'MEMBER', 4, 'PUBLIC', false, '2025-07-01', null, null),
    ('Police', 'Stephen Rourke', 'MEMBER', 1, 'PUBLIC', false, '2016-09-01', '2023-01-31', 'Retired'),
    ('Police', 'Julia Harding', 'MEMBER', 1, 'PUBLIC', false, '2023-02-01', null, null),
    ('Police', 'Richard Okonjo', 'DEPUTY', 2, 'PUBLIC', false, '2022-01-01', null, null),
    ('Police and Crime Commissioner', 'Geoffrey Lund', 'MEMBER', 1, 'ELECTED', false, '2021-05-13', '2024-05-12', 'Did not stand for re-election in May 2024'),
    ('Police and Crime Commissioner', 'Alan Whitcombe', 'MEMBER', 1, 'ELECTED', false, '2024-05-13', null, null),
    ('Police and Crime Commissioner', 'Bernard Achebe', 'DEPUTY', 1, 'PUBLIC', false, '2021-05-13', null, null),
    ('Fire and Rescue', 'Gareth Rowlands', 'MEMBER', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Fire and Rescue', 'Andrea Blackwood', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Jonathan Blake', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('NHS Shires Integrated Care Board', 'Michelle Harper', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Elaine Moss', 'MEMBER', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Probation', 'Martin Gale', 'MEMBER', 2, 'PUBLIC', false, '2018-04-01', '2024-02-29', 'Retired'),
    ('Probation', 'Yvonne Adeyemi', 'MEMBER', 2, 'PUBLIC', false, '2024-03-01', null, null),
    ('Probation', 'Femi Oladipo', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires College', 'Lynne Hartley', 'MEMBER', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires College', 'Denise Farrow', 'DEPUTY', 2, 'PUBLIC', false, '2019-06-01', '2024-08-31', 'Retired'),
    ('Shires College', 'Graham Oates', 'DEPUTY', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('Shires Chamber of Commerce', 'Alison Kerr', 'MEMBER', 1, 'PRIVATE', true, '2023-01-01', '2024-12-31', 'End of term as Chamber president'),
    ('Shires Chamber of Commerce', 'Hugh Pemberton', 'MEMBER', 1, 'PRIVATE', true, '2025-01-01', null, null),
    ('Shires Chamber of Commerce', 'Victoria Lang', 'DEPUTY', 1, 'PRIVATE', true, '2023-06-01', null, null),
    ('Business representative', 'Dominic Rae', 'MEMBER', 1, 'PRIVATE', false, '2023-06-01', null, null),
    ('Business representative', 'Carla Wood', 'DEPUTY', 2, 'PRIVATE', false, '2023-06-01', null, null),
    ('Shires Association of Local Councils', 'Colin Ridley', 'MEMBER', 1, 'ELECTED', true, '2023-06-01', null, null),
    ('Shires Association of Local Councils', 'Margaret Ellery', 'DEPUTY', 1, 'PUBLIC', true, '2023-06-01', null, null),
    ('Voluntary sector representative', 'Diane Welling', 'MEMBER', 1, 'VOLUNTARY', false, '2023-06-01', '2024-03-31', 'Retired'),
    ('Voluntary sector representative', 'Imogen Shaw', 'MEMBER', 1, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Voluntary sector representative', 'Rachel Dunn', 'DEPUTY', 2, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Housing associations', 'Neville Ashby', 'MEMBER', 1, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Faith communities representative', 'Judith Ambler', 'MEMBER', 1, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Faith communities representative', 'Yusuf Ali', 'DEPUTY', 1, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Schools representative', 'David Ainsworth', 'MEMBER', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Schools representative', 'Karen Mills', 'DEPUTY', 1, 'PUBLIC', false, '2023-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Shires Partnership Conference (Shires Strategic Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Strategic Partnership'),
    'Shires Partnership Conference', 'CONFERENCE', 'ENGAGEMENT',
    'An open conference held each October. The board reports back on the community strategy, residents and partners give their views on priorities for the year ahead, and each thematic partnership presents its annual report. Open to any partner organisation, parish council or community group; the seats below are the standing delegates who plan the day.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Shires Partnership Conference'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires County Council', 'Shires County Council', null, 'CHAIR', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'MEMBER', true, null),
    ('Young people', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Residents', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('NHS', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Shires Partnership Conference' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires County Council', 'Richard Fenwick', 'MEMBER', 1, 'ELECTED', false, '2024-04-01', null, null),
    ('Northvale District Council', 'Joan Whitaker', 'MEMBER', 2, 'ELECTED', false, '2024-04-01', null, null),
    ('Southmoor District Council', 'Priya Nair', 'MEMBER', 2, 'ELECTED', false, '2024-04-01', null, null),
    ('Eastbrook Borough Council', 'Lorraine Cobb', 'MEMBER', 2, 'ELECTED', false, '2024-04-01', null, null),
    ('Westmere District Council', 'Stephen Yeo', 'MEMBER', 2, 'ELECTED', false, '2024-04-01', null, null),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'MEMBER', 3, 'VOLUNTARY', true, '2024-04-01', null, null),
    ('Shires Council for Voluntary Service', 'Liam Carter', 'DEPUTY', 4, 'VOLUNTARY', true, '2024-04-01', null, null),
    ('Shires Association of Local Councils', 'Gwen Tasker', 'MEMBER', 2, 'ELECTED', true, '2024-04-01', null, null),
    ('Shires Chamber of Commerce', 'Owen Braithwaite', 'MEMBER', 3, 'PRIVATE', true, '2024-04-01', null, null),
    ('Young people', 'Ella Morgan', 'MEMBER', 4, 'VOLUNTARY', false, '2025-10-01', null, null),
    ('Residents', 'Alan Prosser', 'MEMBER', 1, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Police', 'Neil Foster', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', null, null),
    ('NHS', 'Michelle Harper', 'MEMBER', 2, 'PUBLIC', false, '2024-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Shires Public Service Board (Shires Public Service Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Public Service Board'),
    'Shires Public Service Board', 'EXECUTIVE', 'EXECUTIVE',
    'Chief executives of the main public bodies. Meets every two months to agree joint use of resources, the shared estate programme and jointly funded posts, and to manage performance against the community strategy on behalf of the strategic partnership board. Decisions bind member organisations within each chief executive''s delegated authority.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Shires Public Service Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires County Council', 'Shires County Council', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Office of the Police and Crime Commissioner', 'Office of the Shires Police and Crime Commissioner', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Shires Public Service Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires County Council', 'Helen Marsh', 'MEMBER', 1, 'PUBLIC', false, '2018-09-01', null, null),
    ('Shires County Council', 'Catherine Wells', 'DEPUTY', 2, 'PUBLIC', false, '2020-03-01', null, null),
    ('Police', 'Stephen Rourke', 'MEMBER', 1, 'PUBLIC', false, '2016-09-01', '2023-01-31', 'Retired'),
    ('Police', 'Julia Harding', 'MEMBER', 1, 'PUBLIC', false, '2023-02-01', null, null),
    ('Police', 'Richard Okonjo', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Fire and Rescue', 'Gareth Rowlands', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('Fire and Rescue', 'Andrea Blackwood', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('NHS Shires Integrated Care Board', 'Jonathan Blake', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('NHS Shires Integrated Care Board', 'Michelle Harper', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Elaine Moss', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Northvale District Council', 'James Holloway', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('Northvale District Council', 'Clare Hinchliffe', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Eastbrook Borough Council', 'Philip Garner', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('Eastbrook Borough Council', 'Marcus Bellamy', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Southmoor District Council', 'Karen Ellison', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('Southmoor District Council', 'Alison Pickering', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Bernard Achebe', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Sophie Garland', 'DEPUTY', 3, 'PUBLIC', false, '2022-07-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Shared Estate Programme Group (Shires Public Service Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Public Service Board'),
    'Shared Estate Programme Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Time-limited group of the partners'' estates leads, reporting to the public service board. Delivers the shared estate programme: co-locating services in the Northvale and Eastbrook hubs and releasing surplus buildings. Ends when the programme closes on 31 March 2027.',
    date '2027-03-31', false, false, 0, timestamptz '2024-06-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Shared Estate Programme Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires County Council', 'Shires County Council', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Shared Estate Programme Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires County Council', 'Kevin Doyle', 'MEMBER', 3, 'PUBLIC', false, '2024-06-01', null, null),
    ('Police', 'Bryony Castle', 'MEMBER', 3, 'PUBLIC', false, '2024-06-01', null, null),
    ('Fire and Rescue', 'Ian Mortimer', 'MEMBER', 3, 'PUBLIC', false, '2024-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Oliver Stroud', 'MEMBER', 3, 'PUBLIC', false, '2024-06-01', null, null),
    ('Northvale District Council', 'Dawn Fletcher', 'MEMBER', 3, 'PUBLIC', false, '2024-06-01', null, null),
    ('Eastbrook Borough Council', 'Ed Fairweather', 'MEMBER', 3, 'PUBLIC', false, '2024-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Safer Shires Board (Safer Shires Community Safety Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Safer Shires Community Safety Partnership'),
    'Safer Shires Board', 'BOARD', 'STRATEGIC',
    'The strategic board of the community safety partnership and its responsible authorities group under the Crime and Disorder Act 1998. Agrees the annual strategic assessment and the three-year community safety plan, allocates the community safety fund, and oversees the domestic abuse, drug and alcohol and serious violence work and the district community safety groups. Meets quarterly.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Safer Shires Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Cabinet member for communities and community safety', 'Shires County Council', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'VICE_CHAIR', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Police and Crime Commissioner', 'Office of the Shires Police and Crime Commissioner', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Housing associations', 'Shires Homes Housing Association', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Safer Shires Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Cabinet member for communities and community safety', 'Margaret Hollis', 'MEMBER', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Cabinet member for communities and community safety', 'Diane Forsyth', 'DEPUTY', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Police', 'Paul Mercer', 'MEMBER', 2, 'PUBLIC', false, '2019-04-01', '2024-05-31', 'Retired'),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', '2025-08-31', 'Moved to a new post'),
    ('Police', 'Marcus Thorne', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Police', 'Louise Barraclough', 'DEPUTY', 2, 'PUBLIC', false, '2024-06-01', null, null),
    ('Shires County Council', 'Paula Greenwood', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires County Council', 'Samira Khan', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Police and Crime Commissioner', 'Geoffrey Lund', 'MEMBER', 1, 'ELECTED', false, '2021-05-13', '2024-05-12', 'Did not stand for re-election in May 2024'),
    ('Police and Crime Commissioner', 'Alan Whitcombe', 'MEMBER', 1, 'ELECTED', false, '2024-05-13', null, null),
    ('Police and Crime Commissioner', 'Bernard Achebe', 'DEPUTY', 1, 'PUBLIC', false, '2021-05-13', null, null),
    ('Fire and Rescue', 'Andrea Blackwood', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Fire and Rescue', 'Ian Mortimer', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Probation', 'Martin Gale', 'MEMBER', 2, 'PUBLIC', false, '2018-04-01', '2024-02-29', 'Retired'),
    ('Probation', 'Yvonne Adeyemi', 'MEMBER', 2, 'PUBLIC', false, '2024-03-01', null, null),
    ('Probation', 'Femi Oladipo', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Tom Whitlock', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Jane Ferrier', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Yasmin Qureshi', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Northvale District Council', 'Joan Whitaker', 'MEMBER', 2, 'ELECTED', false, '2023-06-01', null, null),
    ('Northvale District Council', 'Clare Hinchliffe', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Southmoor District Council', 'Priya Nair', 'MEMBER', 2, 'ELECTED', false, '2023-06-01', null, null),
    ('Southmoor District Council', 'Alison Pickering', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Lorraine Cobb', 'MEMBER', 2, 'ELECTED', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Joanna Pike', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Westmere District Council', 'Adrian Cope', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Westmere District Council', 'Fiona Birtles', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Voluntary sector representative', 'Imogen Shaw', 'MEMBER', 1, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Voluntary sector representative', 'Rachel Dunn', 'DEPUTY', 2, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Housing associations', 'Terry Gould', 'MEMBER', 2, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Housing associations', 'Sandra Okoye', 'DEPUTY', 3, 'VOLUNTARY', false, '2023-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Community Tensions and Hate Crime Group (Safer Shires Community Safety Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Safer Shires Community Safety Partnership'),
    'Community Tensions and Hate Crime Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Set up in April 2024 to take over the tension-monitoring role of the closed Community Cohesion Forum. Reviews the monthly community tension report, oversees the hate crime action plan and co-ordinates the partners'' response to incidents that could raise tension. Reports to the Safer Shires Board; meets quarterly and when an incident needs it.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Community Tensions and Hate Crime Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Community safety', 'Shires County Council', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Faith communities representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Community Tensions and Hate Crime Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Community safety', 'Grace Whitfield', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', null, null),
    ('Community safety', 'Ayesha Begum', 'DEPUTY', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Police', 'Robert Haines', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', '2025-02-28', 'Retired'),
    ('Police', 'Hannah Fyfe', 'MEMBER', 3, 'PUBLIC', false, '2025-03-01', null, null),
    ('Police', 'Ollie Grant', 'DEPUTY', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Northvale District Council', 'Nadia Ferris', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', null, null),
    ('Northvale District Council', 'Kieran Walsh', 'DEPUTY', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Southmoor District Council', 'Megan Rowe', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', null, null),
    ('Southmoor District Council', 'Darren Oakes', 'DEPUTY', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Eastbrook Borough Council', 'Sophie Laidlaw', 'MEMBER', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Eastbrook Borough Council', 'Aaron Whitley', 'DEPUTY', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Westmere District Council', 'Leanne Tranter', 'MEMBER', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Faith communities representative', 'Yusuf Ali', 'MEMBER', 1, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Faith communities representative', 'Judith Ambler', 'DEPUTY', 1, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'MEMBER', 3, 'VOLUNTARY', true, '2024-04-01', null, null),
    ('Shires Council for Voluntary Service', 'Liam Carter', 'DEPUTY', 4, 'VOLUNTARY', true, '2024-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Domestic Abuse Delivery Group (Domestic Abuse Delivery Group)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Domestic Abuse Delivery Group'),
    'Domestic Abuse Delivery Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Delivers the Shires domestic abuse strategy 2024-2027: manages the safe accommodation contract and the independent domestic violence adviser service, agrees a single multi-agency response to disclosures and reports quarterly to the Safer Shires Board. Its mandate runs to 31 March 2027, when the strategy is due for renewal.',
    date '2027-03-31', false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Domestic Abuse Delivery Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires County Council', 'Shires County Council', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Safe Haven Shires', 'Safe Haven Shires', null, 'MEMBER', true, null),
    ('Office of the Police and Crime Commissioner', 'Office of the Shires Police and Crime Commissioner', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Domestic Abuse Delivery Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires County Council', 'Daniel Reeve', 'MEMBER', 4, 'PUBLIC', false, '2021-10-01', null, null),
    ('Shires County Council', 'Grace Whitfield', 'DEPUTY', 3, 'PUBLIC', false, '2021-10-01', null, null),
    ('Police', 'Amy Collier', 'MEMBER', 4, 'PUBLIC', false, '2021-10-01', null, null),
    ('Police', 'Callum Dobbs', 'DEPUTY', 4, 'PUBLIC', false, '2023-04-01', null, null),
    ('Safe Haven Shires', 'Imogen Shaw', 'MEMBER', 2, 'VOLUNTARY', false, '2021-10-01', '2024-03-31', 'Moved to a new post'),
    ('Safe Haven Shires', 'Rachel Dunn', 'MEMBER', 2, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Safe Haven Shires', 'Kelly Bright', 'DEPUTY', 3, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Sophie Garland', 'MEMBER', 3, 'PUBLIC', false, '2021-10-01', null, null),
    ('Shires Homes Housing Association', 'Sandra Okoye', 'MEMBER', 3, 'VOLUNTARY', false, '2021-10-01', null, null),
    ('NHS Shires Integrated Care Board', 'Niamh Kelly', 'MEMBER', 3, 'PUBLIC', false, '2022-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Combating Drugs Partnership Board (Shires Drug and Alcohol Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Drug and Alcohol Partnership'),
    'Combating Drugs Partnership Board', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'The county''s combating drugs partnership. Agrees the drug and alcohol needs assessment and action plan, oversees the treatment and recovery contracts commissioned by public health, and links enforcement, treatment and diversion. Chaired by the Director of Public Health; meets quarterly.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Combating Drugs Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Director of Public Health', 'Shires County Council', null, 'CHAIR', true, null),
    ('Drug and alcohol commissioning', 'Shires County Council', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Office of the Police and Crime Commissioner', 'Office of the Shires Police and Crime Commissioner', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Treatment and recovery provider', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Youth justice', 'Shires County Council', null, 'MEMBER', true, null),
    ('District councils', null, 'PUBLIC', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Combating Drugs Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Director of Public Health', 'Samira Khan', 'MEMBER', 2, 'PUBLIC', false, '2022-11-01', null, null),
    ('Director of Public Health', 'Mei Ling Chow', 'DEPUTY', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Drug and alcohol commissioning', 'Owen Pritchard', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Drug and alcohol commissioning', 'Rosie Bannister', 'DEPUTY', 4, 'PUBLIC', false, '2022-11-01', null, null),
    ('Police', 'Neil Foster', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Police', 'Gary Webb', 'DEPUTY', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Sophie Garland', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Jasmine Cole', 'DEPUTY', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Probation', 'Femi Oladipo', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Probation', 'Chloe Danes', 'DEPUTY', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('NHS Shires Integrated Care Board', 'Tom Whitlock', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('NHS Shires Integrated Care Board', 'Anil Mehta', 'DEPUTY', 2, 'PUBLIC', false, '2022-11-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Dylan Price', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Gail Hendry', 'DEPUTY', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Treatment and recovery provider', 'Stuart Kerrigan', 'MEMBER', 3, 'VOLUNTARY', false, '2022-11-01', null, null),
    ('Treatment and recovery provider', 'Dee Hampton', 'DEPUTY', 4, 'VOLUNTARY', false, '2022-11-01', null, null),
    ('Youth justice', 'Lucy Brennan', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('Youth justice', 'Ben Hargreaves', 'DEPUTY', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('District councils', 'Megan Rowe', 'MEMBER', 3, 'PUBLIC', false, '2022-11-01', null, null),
    ('District councils', 'Kieran Walsh', 'DEPUTY', 4, 'PUBLIC', false, '2022-11-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Serious Violence Task and Finish Group (Serious Violence Task and Finish Group)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Serious Violence Task and Finish Group'),
    'Serious Violence Task and Finish Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Time-limited group that produced the serious violence strategic needs assessment and now oversees the response strategy and the violence prevention projects funded through the police and crime commissioner''s grant. Ends on 31 March 2027 with the grant.',
    date '2027-03-31', false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Serious Violence Task and Finish Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Police', 'Shires Police', null, 'CHAIR', true, null),
    ('Office of the Police and Crime Commissioner', 'Office of the Shires Police and Crime Commissioner', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Serious Violence Task and Finish Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Police', 'Neil Foster', 'MEMBER', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('Police', 'Robert Haines', 'DEPUTY', 3, 'PUBLIC', false, '2024-04-01', '2025-02-28', 'Retired'),
    ('Police', 'Hannah Fyfe', 'DEPUTY', 3, 'PUBLIC', false, '2025-03-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Jasmine Cole', 'MEMBER', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('Office of the Police and Crime Commissioner', 'Sophie Garland', 'DEPUTY', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('Shires County Council', 'Grace Whitfield', 'MEMBER', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('Shires County Council', 'Lucy Brennan', 'DEPUTY', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('Probation', 'Chloe Danes', 'MEMBER', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('NHS Shires Integrated Care Board', 'Lisa Harrow', 'MEMBER', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('Fire and Rescue', 'Kerry Oldham', 'MEMBER', 3, 'PUBLIC', false, '2023-01-31', null, null),
    ('Shires College', 'Joel Barker', 'MEMBER', 3, 'PUBLIC', false, '2023-01-31', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Southmoor Community Safety Group (Southmoor Community Safety Group)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Southmoor Community Safety Group'),
    'Southmoor Community Safety Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Monthly problem-solving group for antisocial behaviour hotspots in Southmoor. Agrees joint patrols, youth outreach and action against problem premises, and reports to the Southmoor Partnership Board and the Safer Shires Board.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Southmoor Community Safety Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Southmoor District Council', 'Southmoor District Council', null, 'CHAIR', true, null),
    ('Portfolio holder for community safety', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Youth services', 'Shires County Council', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Southmoor Community Safety Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Southmoor District Council', 'Megan Rowe', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Southmoor District Council', 'Darren Oakes', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Portfolio holder for community safety', 'Priya Nair', 'MEMBER', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Portfolio holder for community safety', 'Wendy Sutcliffe', 'DEPUTY', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Police', 'Robert Haines', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', '2025-02-28', 'Retired'),
    ('Police', 'Hannah Fyfe', 'MEMBER', 3, 'PUBLIC', false, '2025-03-01', null, null),
    ('Police', 'Beth Carver', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Fire and Rescue', 'Scott Pennington', 'MEMBER', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Fire and Rescue', 'Kerry Oldham', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Lydia Foulds', 'MEMBER', 3, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Sandra Okoye', 'DEPUTY', 3, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires County Council', 'Grace Whitfield', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires County Council', 'Daniel Reeve', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Youth services', 'Ben Hargreaves', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Youth services', 'Laura Kent', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Probation', 'Chloe Danes', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Probation', 'Femi Oladipo', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Shires Health and Wellbeing Board (Shires Health and Wellbeing Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Health and Wellbeing Board'),
    'Shires Health and Wellbeing Board', 'BOARD', 'STRATEGIC',
    'A committee of the county council under the Health and Social Care Act 2012. Publishes the joint strategic needs assessment and the joint local health and wellbeing strategy, signs off the Better Care Fund plan and checks that NHS and council plans reflect the strategy. Meets in public four times a year.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Shires Health and Wellbeing Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Cabinet member for adult social care and health', 'Shires County Council', null, 'CHAIR', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'VICE_CHAIR', true, null),
    ('Cabinet member for children and families', 'Shires County Council', null, 'MEMBER', true, null),
    ('Director of Public Health', 'Shires County Council', null, 'MEMBER', true, null),
    ('Director of Adult Social Care', 'Shires County Council', null, 'MEMBER', true, null),
    ('Director of Children''s Services', 'Shires County Council', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Healthwatch Shires', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Shires Health and Wellbeing Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Cabinet member for adult social care and health', 'Peter Danvers', 'MEMBER', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Cabinet member for adult social care and health', 'Diane Forsyth', 'DEPUTY', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('NHS Shires Integrated Care Board', 'Jonathan Blake', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'DEPUTY', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('Cabinet member for children and families', 'Aisha Rahman', 'MEMBER', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Director of Public Health', 'Samira Khan', 'MEMBER', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Director of Public Health', 'Mei Ling Chow', 'DEPUTY', 3, 'PUBLIC', false, '2022-07-01', null, null),
    ('Director of Adult Social Care', 'Andrew Pryce', 'MEMBER', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Director of Adult Social Care', 'Simon Archer', 'DEPUTY', 3, 'PUBLIC', false, '2022-07-01', null, null),
    ('Director of Children''s Services', 'Fiona Caldwell', 'MEMBER', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Director of Children''s Services', 'Joanne Firth', 'DEPUTY', 3, 'PUBLIC', false, '2022-07-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Elaine Moss', 'MEMBER', 1, 'PUBLIC', false, '2022-07-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Jane Ferrier', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Healthwatch Shires', 'Angela Frost', 'MEMBER', 1, 'VOLUNTARY', false, '2022-07-01', null, null),
    ('Healthwatch Shires', 'Colin Darby', 'DEPUTY', 3, 'VOLUNTARY', false, '2022-07-01', null, null),
    ('Northvale District Council', 'Joan Whitaker', 'MEMBER', 2, 'ELECTED', false, '2022-07-01', null, null),
    ('Northvale District Council', 'Nadia Ferris', 'DEPUTY', 3, 'PUBLIC', false, '2022-07-01', null, null),
    ('Southmoor District Council', 'David Marlow', 'MEMBER', 1, 'ELECTED', false, '2022-07-01', null, null),
    ('Southmoor District Council', 'Alison Pickering', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Eastbrook Borough Council', 'Lorraine Cobb', 'MEMBER', 2, 'ELECTED', false, '2022-07-01', null, null),
    ('Eastbrook Borough Council', 'Joanna Pike', 'DEPUTY', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Westmere District Council', 'Stephen Yeo', 'MEMBER', 2, 'ELECTED', false, '2022-07-01', null, null),
    ('Voluntary sector representative', 'Jenny Salter', 'MEMBER', 1, 'VOLUNTARY', true, '2022-07-01', null, null),
    ('Voluntary sector representative', 'Patricia Moyo', 'DEPUTY', 3, 'VOLUNTARY', true, '2022-07-01', null, null),
    ('Fire and Rescue', 'Andrea Blackwood', 'MEMBER', 2, 'PUBLIC', false, '2022-07-01', null, null),
    ('Fire and Rescue', 'Kerry Oldham', 'DEPUTY', 3, 'PUBLIC', false, '2022-07-01', null, null),
    ('Police', 'Richard Okonjo', 'MEMBER', 2, 'PUBLIC', false, '2022-07-01', '2025-08-31', 'Moved to a new post'),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Police', 'Louise Barraclough', 'DEPUTY', 2, 'PUBLIC', false, '2024-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Joint Strategic Needs Assessment Steering Group (Shires Health and Wellbeing Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Health and Wellbeing Board'),
    'Joint Strategic Needs Assessment Steering Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Plans the yearly programme of needs assessment chapters, checks the data and signs chapters off before they go to the Health and Wellbeing Board. Chaired by a consultant in public health; meets quarterly.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Joint Strategic Needs Assessment Steering Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Public health', 'Shires County Council', null, 'CHAIR', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Adult social care', 'Shires County Council', null, 'MEMBER', true, null),
    ('Children''s services', 'Shires County Council', null, 'MEMBER', true, null),
    ('District councils', null, 'PUBLIC', 'MEMBER', true, null),
    ('Healthwatch Shires', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Joint Strategic Needs Assessment Steering Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Public health', 'Mei Ling Chow', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Public health', 'Jade Horrocks', 'DEPUTY', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Rebecca Hume', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Lisa Harrow', 'DEPUTY', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Nick Ambrose', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Gail Hendry', 'DEPUTY', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Adult social care', 'Simon Archer', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Adult social care', 'Natalie Sheridan', 'DEPUTY', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Children''s services', 'Joanne Firth', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Children''s services', 'Nicola Barnes', 'DEPUTY', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('District councils', 'Nadia Ferris', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('District councils', 'Ian Chadwick', 'DEPUTY', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('Healthwatch Shires', 'Colin Darby', 'MEMBER', 3, 'VOLUNTARY', false, '2023-09-01', null, null),
    ('Shires Council for Voluntary Service', 'Patricia Moyo', 'MEMBER', 3, 'VOLUNTARY', true, '2023-09-01', null, null),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'DEPUTY', 3, 'VOLUNTARY', true, '2023-09-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Better Care Fund Joint Commissioning Group (Better Care Fund Joint Commissioning Group)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Better Care Fund Joint Commissioning Group'),
    'Better Care Fund Joint Commissioning Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Exercises the authority delegated under the section 75 agreement: approves spending from the pooled fund, reviews the quarterly Better Care Fund return and the performance of reablement, community health and disabled facilities grant schemes. Reports to the Health and Wellbeing Board; meets monthly.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Better Care Fund Joint Commissioning Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Adult social care', 'Shires County Council', null, 'CHAIR', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'VICE_CHAIR', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Public health', 'Shires County Council', null, 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Finance', 'Shires County Council', null, 'ADVISER', false, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Better Care Fund Joint Commissioning Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Adult social care', 'Simon Archer', 'MEMBER', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Adult social care', 'Natalie Sheridan', 'DEPUTY', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Lisa Harrow', 'DEPUTY', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'MEMBER', 2, 'PUBLIC', false, '2023-04-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Nick Ambrose', 'DEPUTY', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Northvale District Council', 'Rob Ansell', 'MEMBER', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Northvale District Council', 'Clare Hinchliffe', 'DEPUTY', 2, 'PUBLIC', false, '2023-04-01', null, null),
    ('Westmere District Council', 'Kate Lomas', 'MEMBER', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Westmere District Council', 'Fiona Birtles', 'DEPUTY', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Public health', 'Mei Ling Chow', 'MEMBER', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Public health', 'Jade Horrocks', 'DEPUTY', 4, 'PUBLIC', false, '2023-04-01', null, null),
    ('Voluntary sector representative', 'Patricia Moyo', 'MEMBER', 3, 'VOLUNTARY', true, '2023-04-01', null, null),
    ('Voluntary sector representative', 'Liam Carter', 'DEPUTY', 4, 'VOLUNTARY', true, '2023-04-01', null, null),
    ('Finance', 'Alan Royce', 'MEMBER', 3, 'PUBLIC', false, '2023-04-01', null, null),
    ('Finance', 'Mandeep Gill', 'DEPUTY', 4, 'PUBLIC', false, '2023-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Hospital Discharge Task and Finish Group (Hospital Discharge Task and Finish Group)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Hospital Discharge Task and Finish Group'),
    'Hospital Discharge Task and Finish Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Time-limited group of ward, social care and community health managers clearing the backlog of delayed discharges and testing one discharge-to-assess pathway across the three hospital sites. Due to report to the Health and Wellbeing Board and close by 30 September 2025.',
    date '2025-09-30', false, false, 0, timestamptz '2024-10-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Hospital Discharge Task and Finish Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'CHAIR', true, null),
    ('Hospital wards', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Adult social care', 'Shires County Council', null, 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Hospital Discharge Task and Finish Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'MEMBER', 2, 'PUBLIC', false, '2024-10-01', null, null),
    ('Hospital wards', 'Paula Reid', 'MEMBER', 4, 'PUBLIC', false, '2024-10-01', '2025-03-31', 'Moved to a new post'),
    ('Hospital wards', 'Kim Sandford', 'MEMBER', 3, 'PUBLIC', false, '2025-04-01', null, null),
    ('NHS Shires Integrated Care Board', 'Lisa Harrow', 'MEMBER', 3, 'PUBLIC', false, '2024-10-01', null, null),
    ('Adult social care', 'Emma Richardson', 'MEMBER', 3, 'PUBLIC', false, '2024-10-01', null, null),
    ('Adult social care', 'Simon Archer', 'DEPUTY', 3, 'PUBLIC', false, '2024-10-01', null, null),
    ('Shires Council for Voluntary Service', 'Patricia Moyo', 'MEMBER', 3, 'VOLUNTARY', true, '2024-10-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Active Shires Steering Group (Active Shires Network)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Active Shires Network'),
    'Active Shires Steering Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Steers the network through its first eighteen months: maps who offers what, runs a shared activity calendar and decides whether a more formal partnership is needed. Reviews its own future by 31 May 2027.',
    date '2027-05-31', false, false, 0, timestamptz '2025-11-01 09:00:00+00'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Active Shires Steering Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'CHAIR', true, null),
    ('Public health', 'Shires County Council', null, 'MEMBER', true, null),
    ('Hollinford Town Council', 'Hollinford Town Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Sports clubs', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Leisure providers', null, 'VOLUNTARY', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Active Shires Steering Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'MEMBER', 3, 'VOLUNTARY', true, '2025-11-01', null, null),
    ('Public health', 'Jade Horrocks', 'MEMBER', 4, 'PUBLIC', false, '2025-11-01', null, null),
    ('Hollinford Town Council', 'Julie Cresswell', 'MEMBER', 2, 'ELECTED', false, '2025-11-01', null, null),
    ('Southmoor District Council', 'Craig Eastwood', 'MEMBER', 3, 'PUBLIC', false, '2026-01-15', null, null),
    ('Sports clubs', 'Lee Hammond', 'MEMBER', 1, 'VOLUNTARY', false, '2025-11-01', null, null),
    ('Leisure providers', 'Zoe Parfitt', 'MEMBER', 2, 'VOLUNTARY', false, '2025-11-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Children and Young People's Partnership Board (Shires Children and Young People's Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Children and Young People''s Partnership'),
    'Children and Young People''s Partnership Board', 'BOARD', 'STRATEGIC',
    'Agrees the children and young people''s plan and its annual priorities, monitors the shared outcomes framework and receives reports from the youth justice management board, the safeguarding hub and the early help partnership. Meets three times a year; chaired by the Director of Children''s Services.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Children and Young People''s Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Director of Children''s Services', 'Shires County Council', null, 'CHAIR', true, null),
    ('Cabinet member for children and families', 'Shires County Council', null, 'VICE_CHAIR', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null),
    ('Schools (secondary)', null, 'PUBLIC', 'MEMBER', true, null),
    ('Schools (primary)', null, 'PUBLIC', 'MEMBER', true, null),
    ('Director of Public Health', 'Shires County Council', null, 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('District councils', null, 'PUBLIC', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Children and Young People''s Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Director of Children''s Services', 'Fiona Caldwell', 'MEMBER', 2, 'PUBLIC', false, '2022-09-01', null, null),
    ('Director of Children''s Services', 'Joanne Firth', 'DEPUTY', 3, 'PUBLIC', false, '2022-09-01', null, null),
    ('Cabinet member for children and families', 'Aisha Rahman', 'MEMBER', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Cabinet member for children and families', 'Diane Forsyth', 'DEPUTY', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('NHS Shires Integrated Care Board', 'Chris Turnbull', 'MEMBER', 2, 'PUBLIC', false, '2022-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Sunita Patel', 'DEPUTY', 3, 'PUBLIC', false, '2022-09-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Jane Ferrier', 'MEMBER', 2, 'PUBLIC', false, '2022-09-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Yasmin Qureshi', 'DEPUTY', 3, 'PUBLIC', false, '2022-09-01', null, null),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2021-09-01', '2024-05-31', 'Moved to a new post'),
    ('Police', 'Louise Barraclough', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', null, null),
    ('Police', 'Tariq Hussain', 'DEPUTY', 3, 'PUBLIC', false, '2022-09-01', null, null),
    ('Shires College', 'Denise Farrow', 'MEMBER', 2, 'PUBLIC', false, '2019-06-01', '2024-08-31', 'Retired'),
    ('Shires College', 'Graham Oates', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('Shires College', 'Joel Barker', 'DEPUTY', 3, 'PUBLIC', false, '2022-09-01', null, null),
    ('Schools (secondary)', 'David Ainsworth', 'MEMBER', 1, 'PUBLIC', false, '2022-09-01', null, null),
    ('Schools (secondary)', 'Sarah Quill', 'DEPUTY', 1, 'PUBLIC', false, '2022-09-01', null, null),
    ('Schools (primary)', 'Karen Mills', 'MEMBER', 1, 'PUBLIC', false, '2022-09-01', null, null),
    ('Schools (primary)', 'Tom Ellwood', 'DEPUTY', 1, 'PUBLIC', false, '2022-09-01', null, null),
    ('Director of Public Health', 'Samira Khan', 'MEMBER', 2, 'PUBLIC', false, '2022-09-01', null, null),
    ('Director of Public Health', 'Mei Ling Chow', 'DEPUTY', 3, 'PUBLIC', false, '2022-09-01', null, null),
    ('Voluntary sector representative', 'Bridget Owusu', 'MEMBER', 2, 'VOLUNTARY', true, '2022-09-01', null, null),
    ('Voluntary sector representative', 'Nicola Tate', 'DEPUTY', 3, 'VOLUNTARY', false, '2022-09-01', null, null),
    ('Probation', 'Martin Gale', 'MEMBER', 2, 'PUBLIC', false, '2018-04-01', '2024-02-29', 'Retired'),
    ('Probation', 'Yvonne Adeyemi', 'MEMBER', 2, 'PUBLIC', false, '2024-03-01', null, null),
    ('Probation', 'Chloe Danes', 'DEPUTY', 3, 'PUBLIC', false, '2022-09-01', null, null),
    ('District councils', 'Clare Hinchliffe', 'MEMBER', 2, 'PUBLIC', false, '2022-09-01', null, null),
    ('District councils', 'Joanna Pike', 'DEPUTY', 2, 'PUBLIC', false, '2022-09-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Youth Justice Management Board (Shires Youth Justice Service Management Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Youth Justice Service Management Board'),
    'Youth Justice Management Board', 'EXECUTIVE', 'EXECUTIVE',
    'The management board required by the Crime and Disorder Act 1998. Sets the annual youth justice plan, makes sure each statutory partner provides the staff and money agreed, and monitors first-time entrants, reoffending and the use of custody. Meets every two months; chaired by the Director of Children''s Services.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Youth Justice Management Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Director of Children''s Services', 'Shires County Council', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Office of the Police and Crime Commissioner', 'Office of the Shires Police and Crime Commissioner', null, 'MEMBER', true, null),
    ('Schools', null, 'PUBLIC', 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Youth Justice Management Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Director of Children''s Services', 'Fiona Caldwell', 'MEMBER', 2, 'PUBLIC', false, '2021-09-01', null, null),
    ('Director of Children''s Services', 'Joanne Firth', 'DEPUTY', 3, 'PUBLIC', false, '2021-09-01', null, null),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2021-09-01', '2024-05-31', 'Moved to a new post'),
    ('Police', 'Louise Barraclough', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', null, null),
    ('Police', 'Tariq Hussain', 'DEPUTY', 3, 'PUBLIC', false, '2021-09-01', null, null),
    ('Probation', 'Martin Gale', 'MEMBER', 2, 'PUBLIC', false, '2018-04-01', '2024-02-29', 'Retired'),
    ('Probation', 'Yvonne Adeyemi', 'MEMBER', 2, 'PUBLIC', false, '2024-03-01', null, null),
    ('Probation', 'Femi Oladipo', 'DEPUTY', 3, 'PUBLIC', false, '2021-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Chris Turnbull', 'MEMBER', 2, 'PUBLIC', false, '2021-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Sunita Patel', 'DEPUTY', 3, 'PUBLIC', false, '2021-09-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Bernard Achebe', 'MEMBER', 1, 'PUBLIC', false, '2021-09-01', null, null),
    ('Office of the Police and Crime Commissioner', 'Sophie Garland', 'DEPUTY', 3, 'PUBLIC', false, '2021-09-01', null, null),
    ('Schools', 'David Ainsworth', 'MEMBER', 1, 'PUBLIC', false, '2021-09-01', null, null),
    ('Schools', 'Sarah Quill', 'DEPUTY', 1, 'PUBLIC', false, '2021-09-01', null, null),
    ('Shires College', 'Denise Farrow', 'MEMBER', 2, 'PUBLIC', false, '2019-06-01', '2024-08-31', 'Retired'),
    ('Shires College', 'Graham Oates', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('Shires College', 'Joel Barker', 'DEPUTY', 3, 'PUBLIC', false, '2021-09-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Jane Ferrier', 'MEMBER', 2, 'PUBLIC', false, '2021-09-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Yasmin Qureshi', 'DEPUTY', 3, 'PUBLIC', false, '2021-09-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- MASH Governance Group (Shires Multi-Agency Safeguarding Hub)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Multi-Agency Safeguarding Hub'),
    'MASH Governance Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Senior managers of the agencies that staff the hub. Monitors referral volumes, the timeliness of screening decisions and information-sharing, resolves staffing and systems issues, and reports to the children and young people''s partnership board. Meets quarterly.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'MASH Governance Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Children''s social care', 'Shires County Council', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('Education', 'Shires County Council', null, 'MEMBER', true, null),
    ('Adult safeguarding', 'Shires County Council', null, 'MEMBER', true, null),
    ('Hub manager', 'Shires County Council', null, 'ADVISER', false, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'MASH Governance Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Children''s social care', 'Joanne Firth', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Children''s social care', 'Nicola Barnes', 'DEPUTY', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Police', 'Tariq Hussain', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Police', 'Amy Collier', 'DEPUTY', 4, 'PUBLIC', false, '2023-10-01', null, null),
    ('NHS Shires Integrated Care Board', 'Mark Fielding', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('NHS Shires Integrated Care Board', 'Sunita Patel', 'DEPUTY', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Yasmin Qureshi', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Ruth Penhale', 'DEPUTY', 4, 'PUBLIC', false, '2023-10-01', null, null),
    ('Probation', 'Chloe Danes', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Probation', 'Femi Oladipo', 'DEPUTY', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Education', 'Paul Ingram', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Education', 'Sam Whitcroft', 'DEPUTY', 4, 'PUBLIC', false, '2023-10-01', null, null),
    ('Adult safeguarding', 'Sian Pugh', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Adult safeguarding', 'Simon Archer', 'DEPUTY', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Hub manager', 'Deborah Lyle', 'MEMBER', 3, 'PUBLIC', false, '2023-10-01', null, null),
    ('Hub manager', 'Farah Aziz', 'DEPUTY', 4, 'PUBLIC', false, '2023-10-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Early Help Partnership Group (Shires Early Help Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Early Help Partnership'),
    'Early Help Partnership Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Co-ordinates family hubs, health visiting, school nursing and voluntary sector family support. Agrees the early help strategy and the lead practitioner model, reviews the family hub dashboards and reports to the children and young people''s partnership board. Meets quarterly.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Early Help Partnership Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Early help', 'Shires County Council', null, 'CHAIR', true, null),
    ('Health visiting and school nursing', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Schools', null, 'PUBLIC', 'MEMBER', true, null),
    ('Voluntary sector family support', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Public health', 'Shires County Council', null, 'MEMBER', true, null),
    ('District councils', null, 'PUBLIC', 'MEMBER', true, null),
    ('Children''s social care', 'Shires County Council', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Early Help Partnership Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Early help', 'Ben Hargreaves', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Early help', 'Laura Kent', 'DEPUTY', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('Health visiting and school nursing', 'Nick Ambrose', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Health visiting and school nursing', 'Carol Ingleby', 'DEPUTY', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('Schools', 'Tom Ellwood', 'MEMBER', 1, 'PUBLIC', false, '2023-09-01', null, null),
    ('Schools', 'Karen Mills', 'DEPUTY', 1, 'PUBLIC', false, '2023-09-01', null, null),
    ('Voluntary sector family support', 'Nicola Tate', 'MEMBER', 3, 'VOLUNTARY', false, '2023-09-01', null, null),
    ('Voluntary sector family support', 'Liam Carter', 'DEPUTY', 4, 'VOLUNTARY', true, '2023-09-01', null, null),
    ('Police', 'Gary Webb', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Police', 'Ollie Grant', 'DEPUTY', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('Shires Homes Housing Association', 'Lydia Foulds', 'MEMBER', 3, 'VOLUNTARY', false, '2023-09-01', null, null),
    ('Shires Homes Housing Association', 'Sandra Okoye', 'DEPUTY', 3, 'VOLUNTARY', false, '2023-09-01', null, null),
    ('Public health', 'Mei Ling Chow', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Public health', 'Jade Horrocks', 'DEPUTY', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('District councils', 'Ian Chadwick', 'MEMBER', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('District councils', 'Leanne Tranter', 'DEPUTY', 4, 'PUBLIC', false, '2023-09-01', null, null),
    ('Children''s social care', 'Nicola Barnes', 'MEMBER', 3, 'PUBLIC', false, '2023-09-01', null, null),
    ('Children''s social care', 'Joanne Firth', 'DEPUTY', 3, 'PUBLIC', false, '2023-09-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Shires Economic Partnership Board (Shires Economic Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Economic Partnership'),
    'Shires Economic Partnership Board', 'BOARD', 'STRATEGIC',
    'Business-led board advising the county council''s cabinet on the Shires local growth plan. Agrees the plan''s priorities, reviews the business survey and the growth fund programme, and oversees the skills and employment board. Chaired by a business member; meets quarterly.',
    null, true, true, 0, timestamptz '2025-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Shires Economic Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Chair (business)', null, 'PRIVATE', 'CHAIR', true, null),
    ('Cabinet member for economy and skills', 'Shires County Council', null, 'VICE_CHAIR', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'MEMBER', true, null),
    ('Millbrook Logistics Ltd', 'Millbrook Logistics Ltd', null, 'MEMBER', true, null),
    ('Small business representative', null, 'PRIVATE', 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Shires Economic Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Chair (business)', 'Raj Kapoor', 'MEMBER', 1, 'PRIVATE', false, '2025-04-01', null, null),
    ('Chair (business)', 'Nadine Ross', 'DEPUTY', 2, 'PRIVATE', true, '2025-04-01', null, null),
    ('Cabinet member for economy and skills', 'Graham Tulley', 'MEMBER', 2, 'ELECTED', false, '2025-04-01', null, null),
    ('Cabinet member for economy and skills', 'Trevor Hale', 'DEPUTY', 2, 'ELECTED', false, '2025-05-22', null, null),
    ('Shires County Council', 'Martin Oduya', 'MEMBER', 2, 'PUBLIC', false, '2025-04-01', null, null),
    ('Shires County Council', 'Harriet Vaughan', 'DEPUTY', 3, 'PUBLIC', false, '2025-04-01', null, null),
    ('Shires Chamber of Commerce', 'Victoria Lang', 'MEMBER', 1, 'PRIVATE', true, '2025-04-01', null, null),
    ('Shires Chamber of Commerce', 'Owen Braithwaite', 'DEPUTY', 3, 'PRIVATE', true, '2025-04-01', null, null),
    ('Millbrook Logistics Ltd', 'Dominic Rae', 'MEMBER', 1, 'PRIVATE', false, '2025-04-01', null, null),
    ('Millbrook Logistics Ltd', 'Carla Wood', 'DEPUTY', 2, 'PRIVATE', false, '2025-04-01', null, null),
    ('Small business representative', 'Eleanor Watts', 'MEMBER', 1, 'PRIVATE', false, '2025-04-01', null, null),
    ('Small business representative', 'Kofi Mensah', 'DEPUTY', 1, 'PRIVATE', false, '2025-04-01', null, null),
    ('Shires College', 'Lynne Hartley', 'MEMBER', 1, 'PUBLIC', false, '2025-04-01', null, null),
    ('Shires College', 'Graham Oates', 'DEPUTY', 2, 'PUBLIC', false, '2025-04-01', null, null),
    ('Northvale District Council', 'Brian Stokes', 'MEMBER', 1, 'ELECTED', false, '2025-04-01', null, null),
    ('Northvale District Council', 'James Holloway', 'DEPUTY', 1, 'PUBLIC', false, '2025-04-01', null, null),
    ('Southmoor District Council', 'David Marlow', 'MEMBER', 1, 'ELECTED', false, '2025-04-01', null, null),
    ('Southmoor District Council', 'Karen Ellison', 'DEPUTY', 1, 'PUBLIC', false, '2025-04-01', null, null),
    ('Eastbrook Borough Council', 'Helen Okafor', 'MEMBER', 1, 'ELECTED', false, '2025-04-01', null, null),
    ('Eastbrook Borough Council', 'Hassan Malik', 'DEPUTY', 2, 'ELECTED', false, '2025-04-01', null, null),
    ('Westmere District Council', 'Ruth Cavendish', 'MEMBER', 1, 'ELECTED', false, '2025-04-01', null, null),
    ('Westmere District Council', 'Mark Bennion', 'DEPUTY', 1, 'PUBLIC', false, '2025-04-01', null, null),
    ('Voluntary sector representative', 'Jenny Salter', 'MEMBER', 1, 'VOLUNTARY', true, '2025-04-01', null, null),
    ('Voluntary sector representative', 'Bridget Owusu', 'DEPUTY', 2, 'VOLUNTARY', true, '2025-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Skills and Employment Board (Shires Skills and Employment Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Skills and Employment Board'),
    'Skills and Employment Board', 'BOARD', 'STRATEGIC',
    'Agrees how the adult skills budget and employment support funding are commissioned, using the local skills improvement plan and the economic partnership''s growth priorities. Reports to the Shires Economic Partnership Board; meets quarterly. Terms of reference in draft until the board''s first annual review.',
    null, true, true, 0, timestamptz '2025-09-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Skills and Employment Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Chair (business)', null, 'PRIVATE', 'CHAIR', true, null),
    ('Cabinet member for economy and skills', 'Shires County Council', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'MEMBER', true, null),
    ('Jobcentre Plus', null, 'PUBLIC', 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Training providers', null, 'PRIVATE', 'MEMBER', true, null),
    ('Small business representative', null, 'PRIVATE', 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Skills and Employment Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Chair (business)', 'Dominic Rae', 'MEMBER', 1, 'PRIVATE', false, '2025-09-01', null, null),
    ('Chair (business)', 'Carla Wood', 'DEPUTY', 2, 'PRIVATE', false, '2025-09-01', null, null),
    ('Cabinet member for economy and skills', 'Graham Tulley', 'MEMBER', 2, 'ELECTED', false, '2025-09-01', null, null),
    ('Cabinet member for economy and skills', 'Trevor Hale', 'DEPUTY', 2, 'ELECTED', false, '2025-09-01', null, null),
    ('Shires County Council', 'Martin Oduya', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Shires County Council', 'Ravi Sharma', 'DEPUTY', 3, 'PUBLIC', false, '2025-09-01', null, null),
    ('Shires College', 'Lynne Hartley', 'MEMBER', 1, 'PUBLIC', false, '2025-09-01', null, null),
    ('Shires College', 'Graham Oates', 'DEPUTY', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Shires Chamber of Commerce', 'Victoria Lang', 'MEMBER', 1, 'PRIVATE', true, '2025-09-01', null, null),
    ('Shires Chamber of Commerce', 'Owen Braithwaite', 'DEPUTY', 3, 'PRIVATE', true, '2025-09-01', null, null),
    ('Jobcentre Plus', 'Lorna Grieve', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Jobcentre Plus', 'Gwyn Ellis', 'DEPUTY', 3, 'PUBLIC', false, '2025-09-01', null, null),
    ('Voluntary sector representative', 'Bridget Owusu', 'MEMBER', 2, 'VOLUNTARY', true, '2025-09-01', null, null),
    ('Voluntary sector representative', 'Kwame Asante', 'DEPUTY', 3, 'VOLUNTARY', true, '2025-09-01', null, null),
    ('Training providers', 'Sunil Rao', 'MEMBER', 1, 'PRIVATE', false, '2025-09-01', null, null),
    ('Training providers', 'Vanessa Holt', 'DEPUTY', 2, 'PRIVATE', false, '2025-09-01', null, null),
    ('Small business representative', 'Eleanor Watts', 'MEMBER', 1, 'PRIVATE', false, '2025-09-01', null, null),
    ('Small business representative', 'Kofi Mensah', 'DEPUTY', 1, 'PRIVATE', false, '2025-09-01', null, null),
    ('Northvale District Council', 'James Holloway', 'MEMBER', 1, 'PUBLIC', false, '2025-09-01', null, null),
    ('Northvale District Council', 'Clare Hinchliffe', 'DEPUTY', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Southmoor District Council', 'Karen Ellison', 'MEMBER', 1, 'PUBLIC', false, '2025-09-01', null, null),
    ('Southmoor District Council', 'Alison Pickering', 'DEPUTY', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Eastbrook Borough Council', 'Hassan Malik', 'MEMBER', 2, 'ELECTED', false, '2025-09-01', null, null),
    ('Eastbrook Borough Council', 'Marcus Bellamy', 'DEPUTY', 2, 'PUBLIC', false, '2025-09-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Stronger Communities Partnership Group (Shires Stronger Communities Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Stronger Communities Partnership'),
    'Stronger Communities Partnership Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Brings the voluntary sector, town and parish councils and the councils together to support volunteering and community action, award the community small grants and advise the strategic partnership on involving residents in its decisions. Meets quarterly when quorate; under review since 2025.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Stronger Communities Partnership Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Cabinet member for communities', 'Shires County Council', null, 'CHAIR', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'VICE_CHAIR', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Hollinford Town Council', 'Hollinford Town Council', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Faith communities representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Volunteer centres', null, 'VOLUNTARY', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Stronger Communities Partnership Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Cabinet member for communities', 'Margaret Hollis', 'MEMBER', 2, 'ELECTED', false, '2021-05-20', null, null),
    ('Cabinet member for communities', 'Linda Moorcroft', 'DEPUTY', 3, 'ELECTED', false, '2025-05-22', null, null),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'MEMBER', 3, 'VOLUNTARY', true, '2022-06-01', null, null),
    ('Shires Council for Voluntary Service', 'Liam Carter', 'DEPUTY', 4, 'VOLUNTARY', true, '2022-06-01', null, null),
    ('Shires County Council', 'Rebecca Lowe', 'MEMBER', 3, 'PUBLIC', false, '2022-06-01', '2024-09-30', 'Replaced by a junior officer after budget reductions'),
    ('Shires County Council', 'Tom Ashworth', 'MEMBER', 4, 'PUBLIC', false, '2024-10-01', null, null),
    ('Shires County Council', 'Jack Morrell', 'DEPUTY', 4, 'PUBLIC', false, '2022-06-01', null, null),
    ('Shires Association of Local Councils', 'Gwen Tasker', 'MEMBER', 2, 'ELECTED', true, '2022-06-01', '2025-03-31', 'Association withdrew its representative pending the review'),
    ('Shires Association of Local Councils', 'Margaret Ellery', 'DEPUTY', 1, 'PUBLIC', true, '2022-06-01', '2025-03-31', 'Association withdrew its representative pending the review'),
    ('Northvale District Council', 'Nadia Ferris', 'MEMBER', 3, 'PUBLIC', false, '2022-06-01', null, null),
    ('Hollinford Town Council', 'Julie Cresswell', 'MEMBER', 2, 'ELECTED', false, '2022-06-01', null, null),
    ('Hollinford Town Council', 'Jean Haworth', 'DEPUTY', 3, 'PUBLIC', false, '2022-06-01', null, null),
    ('Shires Homes Housing Association', 'Lydia Foulds', 'MEMBER', 3, 'VOLUNTARY', false, '2022-06-01', null, null),
    ('Faith communities representative', 'Judith Ambler', 'MEMBER', 1, 'VOLUNTARY', false, '2022-06-01', '2025-09-30', 'Stood down, citing poor attendance at meetings'),
    ('Volunteer centres', 'Patrick Nolan', 'MEMBER', 3, 'VOLUNTARY', false, '2022-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Community Small Grants Panel (Shires Stronger Communities Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Stronger Communities Partnership'),
    'Community Small Grants Panel', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Scores applications to the community small grants scheme twice a year and recommends awards to the partnership group. Set up for the 2024-2027 grants round and ends with it on 31 March 2027.',
    date '2027-03-31', false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Community Small Grants Panel'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'CHAIR', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Volunteer centres', null, 'VOLUNTARY', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Community Small Grants Panel' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'MEMBER', 3, 'VOLUNTARY', true, '2024-04-01', null, null),
    ('Shires County Council', 'Jack Morrell', 'MEMBER', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Southmoor District Council', 'Ian Chadwick', 'MEMBER', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Eastbrook Borough Council', 'Sophie Laidlaw', 'MEMBER', 4, 'PUBLIC', false, '2024-04-01', null, null),
    ('Volunteer centres', 'Patrick Nolan', 'MEMBER', 3, 'VOLUNTARY', false, '2024-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Community Cohesion Forum (Shires Community Cohesion Forum)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Community Cohesion Forum'),
    'Community Cohesion Forum', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Brought faith groups, voluntary organisations, the police and the councils together every two months to share information on community tensions and plan joint events. Closed on 31 March 2024; its tension-monitoring role passed to the Safer Shires Community Tensions and Hate Crime Group.',
    date '2024-03-31', false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Community Cohesion Forum'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Chair', null, 'VOLUNTARY', 'CHAIR', true, '2024-03-31'),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, '2024-03-31'),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, '2024-03-31'),
    ('Police', 'Shires Police', null, 'MEMBER', true, '2024-03-31'),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, '2024-03-31'),
    ('Faith communities representative', null, 'VOLUNTARY', 'MEMBER', true, '2024-03-31')
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Community Cohesion Forum' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Chair', 'Judith Ambler', 'MEMBER', 1, 'VOLUNTARY', false, '2016-10-01', '2023-04-30', 'Stood down as chair'),
    ('Shires County Council', 'Tom Ashworth', 'MEMBER', 4, 'PUBLIC', false, '2016-10-01', '2024-03-31', 'Forum closed'),
    ('Shires County Council', 'Ayesha Begum', 'DEPUTY', 4, 'PUBLIC', false, '2019-01-07', '2024-03-31', 'Forum closed'),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'MEMBER', 3, 'VOLUNTARY', true, '2018-02-01', '2024-03-31', 'Forum closed'),
    ('Police', 'Gary Webb', 'MEMBER', 3, 'PUBLIC', false, '2020-06-01', '2024-03-31', 'Forum closed'),
    ('Shires Association of Local Councils', 'Margaret Ellery', 'MEMBER', 1, 'PUBLIC', true, '2016-10-01', '2023-06-30', 'Association stopped attending'),
    ('Faith communities representative', 'Yusuf Ali', 'MEMBER', 1, 'VOLUNTARY', false, '2016-10-01', '2024-03-31', 'Forum closed')
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Climate and Environment Partnership Board (Shires Climate and Environment Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Climate and Environment Partnership'),
    'Climate and Environment Partnership Board', 'BOARD', 'STRATEGIC',
    'Agrees the county-wide route map to net zero by 2045 and the shared carbon baseline, oversees the net zero delivery group and the flooding and adaptation group, and decides which joint bids to make. Meets three times a year; chaired by the county council''s cabinet member for environment and climate.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Climate and Environment Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Cabinet member for environment and climate', 'Shires County Council', null, 'CHAIR', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'VICE_CHAIR', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'MEMBER', true, null),
    ('Business representative', null, 'PRIVATE', 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Environment Agency', null, 'PUBLIC', 'ADVISER', false, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Climate and Environment Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Cabinet member for environment and climate', 'Anthony Greaves', 'MEMBER', 2, 'ELECTED', false, '2021-05-27', '2025-05-21', 'Left the cabinet after the May 2025 county council elections'),
    ('Cabinet member for environment and climate', 'Susan Pendle', 'MEMBER', 2, 'ELECTED', false, '2025-05-22', null, null),
    ('Cabinet member for environment and climate', 'Trevor Hale', 'DEPUTY', 2, 'ELECTED', false, '2025-05-22', null, null),
    ('Northvale District Council', 'Rosemary Hunt', 'MEMBER', 2, 'ELECTED', false, '2021-11-03', null, null),
    ('Northvale District Council', 'Clare Hinchliffe', 'DEPUTY', 2, 'PUBLIC', false, '2021-11-03', null, null),
    ('Shires County Council', 'Martin Oduya', 'MEMBER', 2, 'PUBLIC', false, '2021-11-03', null, null),
    ('Shires County Council', 'Gavin Shaw', 'DEPUTY', 3, 'PUBLIC', false, '2021-11-03', null, null),
    ('Southmoor District Council', 'Colin Baxter', 'MEMBER', 2, 'ELECTED', false, '2021-11-03', null, null),
    ('Southmoor District Council', 'Gordon Fairley', 'DEPUTY', 3, 'PUBLIC', false, '2021-11-03', null, null),
    ('Eastbrook Borough Council', 'Marcus Bellamy', 'MEMBER', 2, 'PUBLIC', false, '2021-11-03', null, null),
    ('Eastbrook Borough Council', 'Neil Oxley', 'DEPUTY', 4, 'PUBLIC', false, '2021-11-03', null, null),
    ('Westmere District Council', 'Roger Milne', 'MEMBER', 2, 'ELECTED', false, '2021-11-03', '2025-06-30', 'Westmere District Council withdrew its nomination pending its review of partnerships'),
    ('Westmere District Council', 'Philippa Hurst', 'DEPUTY', 4, 'PUBLIC', false, '2021-11-03', '2025-06-30', 'Westmere District Council withdrew its nomination pending its review of partnerships'),
    ('Fire and Rescue', 'Andrea Blackwood', 'MEMBER', 2, 'PUBLIC', false, '2021-11-03', null, null),
    ('Fire and Rescue', 'Ian Mortimer', 'DEPUTY', 3, 'PUBLIC', false, '2021-11-03', null, null),
    ('Shires Homes Housing Association', 'Terry Gould', 'MEMBER', 2, 'VOLUNTARY', false, '2021-11-03', null, null),
    ('Shires Homes Housing Association', 'Phil Stanton', 'DEPUTY', 3, 'VOLUNTARY', false, '2021-11-03', null, null),
    ('Shires Chamber of Commerce', 'Nadine Ross', 'MEMBER', 2, 'PRIVATE', true, '2021-11-03', null, null),
    ('Business representative', 'Carla Wood', 'MEMBER', 2, 'PRIVATE', false, '2021-11-03', null, null),
    ('Voluntary sector representative', 'Ruth Abernethy', 'MEMBER', 1, 'VOLUNTARY', false, '2021-11-03', null, null),
    ('Voluntary sector representative', 'Ben Thackeray', 'DEPUTY', 2, 'VOLUNTARY', false, '2021-11-03', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Lucy Ormerod', 'DEPUTY', 3, 'PUBLIC', false, '2021-11-03', null, null),
    ('Environment Agency', 'Julian Sykes', 'MEMBER', 2, 'PUBLIC', false, '2021-11-03', null, null),
    ('Environment Agency', 'Tessa Burrows', 'DEPUTY', 3, 'PUBLIC', false, '2021-11-03', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Flooding and Climate Adaptation Group (Shires Climate and Environment Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Climate and Environment Partnership'),
    'Flooding and Climate Adaptation Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Co-ordinates the lead local flood authority, the Environment Agency, the districts and emergency planners on flood risk, river catchment projects and preparing for heatwaves. Reports to the partnership board and shares its flood risk register with the local resilience forum. Meets quarterly and after any significant flood.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Flooding and Climate Adaptation Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Lead local flood authority', 'Shires County Council', null, 'CHAIR', true, null),
    ('Environment Agency', null, 'PUBLIC', 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Emergency planning', 'Shires County Council', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Flooding and Climate Adaptation Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Lead local flood authority', 'Gavin Shaw', 'MEMBER', 3, 'PUBLIC', false, '2022-01-10', null, null),
    ('Lead local flood authority', 'Martin Hebden', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-10', null, null),
    ('Environment Agency', 'Tessa Burrows', 'MEMBER', 3, 'PUBLIC', false, '2022-01-10', null, null),
    ('Environment Agency', 'Owain Roberts', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Northvale District Council', 'Sally Norbury', 'MEMBER', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Northvale District Council', 'Steve Kirkby', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Southmoor District Council', 'Gordon Fairley', 'MEMBER', 3, 'PUBLIC', false, '2022-01-10', null, null),
    ('Southmoor District Council', 'Vicky Hollins', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Eastbrook Borough Council', 'Neil Oxley', 'MEMBER', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Eastbrook Borough Council', 'Ed Fairweather', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-10', null, null),
    ('Westmere District Council', 'Philippa Hurst', 'MEMBER', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Westmere District Council', 'Sean Doherty', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Fire and Rescue', 'Kerry Oldham', 'MEMBER', 3, 'PUBLIC', false, '2022-01-10', null, null),
    ('Fire and Rescue', 'Scott Pennington', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-10', null, null),
    ('Emergency planning', 'Derek Amos', 'MEMBER', 3, 'PUBLIC', false, '2022-01-10', null, null),
    ('Emergency planning', 'Lauren Beck', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-10', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Net Zero Shires Delivery Group (Net Zero Shires Delivery Group)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Net Zero Shires Delivery Group'),
    'Net Zero Shires Delivery Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Officers from the five councils and the fire service run the joint projects in the climate action plan: public electric vehicle charge points, retrofitting public buildings and a shared method for reporting carbon emissions. Its mandate runs to the end of the current action plan on 31 March 2027.',
    date '2027-03-31', false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Net Zero Shires Delivery Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires County Council', 'Shires County Council', null, 'CHAIR', true, null),
    ('Highways and transport', 'Shires County Council', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Net Zero Shires Delivery Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires County Council', 'Claire Dobson', 'MEMBER', 3, 'PUBLIC', false, '2022-03-01', null, null),
    ('Highways and transport', 'Gavin Shaw', 'MEMBER', 3, 'PUBLIC', false, '2022-03-01', null, null),
    ('Northvale District Council', 'Sally Norbury', 'MEMBER', 4, 'PUBLIC', false, '2022-03-01', null, null),
    ('Southmoor District Council', 'Gordon Fairley', 'MEMBER', 3, 'PUBLIC', false, '2022-03-01', null, null),
    ('Eastbrook Borough Council', 'Neil Oxley', 'MEMBER', 4, 'PUBLIC', false, '2022-03-01', null, null),
    ('Westmere District Council', 'Philippa Hurst', 'MEMBER', 4, 'PUBLIC', false, '2022-03-01', '2025-06-30', 'Westmere District Council withdrew from the retrofit programme'),
    ('Fire and Rescue', 'Ian Mortimer', 'MEMBER', 3, 'PUBLIC', false, '2022-03-01', null, null),
    ('Shires Homes Housing Association', 'Phil Stanton', 'MEMBER', 3, 'VOLUNTARY', false, '2022-03-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Housing and Homelessness Partnership Board (Shires Housing and Homelessness Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Housing and Homelessness Partnership'),
    'Housing and Homelessness Partnership Board', 'BOARD', 'STRATEGIC',
    'Agrees the county homelessness and rough sleeping strategy, takes joint commissioning decisions on supported housing within the budget the four housing authorities pool, and monitors prevention and rough sleeping figures. Meets quarterly; hosted by Northvale District Council and chaired in turn by the district housing portfolio holders.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Housing and Homelessness Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Westmere District Council', 'Westmere District Council', null, 'CHAIR', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'VICE_CHAIR', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Adult social care', 'Shires County Council', null, 'MEMBER', true, null),
    ('Children''s services', 'Shires County Council', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Voluntary sector representative', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Safe Haven Shires', 'Safe Haven Shires', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Housing and Homelessness Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Westmere District Council', 'Stephen Yeo', 'MEMBER', 2, 'ELECTED', false, '2023-06-01', null, null),
    ('Westmere District Council', 'Adrian Cope', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Northvale District Council', 'Clare Hinchliffe', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Northvale District Council', 'Rob Ansell', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Southmoor District Council', 'Keith Arden', 'MEMBER', 2, 'ELECTED', false, '2023-06-01', '2024-05-22', 'Portfolio changed in the May 2024 cabinet reshuffle'),
    ('Southmoor District Council', 'Wendy Sutcliffe', 'MEMBER', 2, 'ELECTED', false, '2024-05-23', null, null),
    ('Southmoor District Council', 'Gordon Fairley', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Lorraine Cobb', 'MEMBER', 2, 'ELECTED', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Tasha Greene', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Adult social care', 'Andrew Pryce', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Adult social care', 'Simon Archer', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Children''s services', 'Fiona Caldwell', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Children''s services', 'Joanne Firth', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Tom Whitlock', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Homes Housing Association', 'Neville Ashby', 'MEMBER', 1, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Shires Homes Housing Association', 'Terry Gould', 'DEPUTY', 2, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Probation', 'Martin Gale', 'MEMBER', 2, 'PUBLIC', false, '2018-04-01', '2024-02-29', 'Retired'),
    ('Probation', 'Yvonne Adeyemi', 'MEMBER', 2, 'PUBLIC', false, '2024-03-01', null, null),
    ('Probation', 'Femi Oladipo', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Police', 'Paul Mercer', 'MEMBER', 2, 'PUBLIC', false, '2019-04-01', '2024-05-31', 'Retired'),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', '2025-08-31', 'Moved to a new post'),
    ('Police', 'Marcus Thorne', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Police', 'Gary Webb', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Voluntary sector representative', 'Ian Blackburn', 'MEMBER', 1, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Voluntary sector representative', 'Shona McRae', 'DEPUTY', 2, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Safe Haven Shires', 'Rachel Dunn', 'MEMBER', 2, 'VOLUNTARY', false, '2024-04-01', null, null),
    ('Safe Haven Shires', 'Kelly Bright', 'DEPUTY', 3, 'VOLUNTARY', false, '2024-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Supported Housing Commissioning Group (Shires Housing and Homelessness Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Housing and Homelessness Partnership'),
    'Supported Housing Commissioning Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Officers from the four housing authorities, the county council and the NHS manage the joint supported housing contract hosted by Northvale: performance, referrals, move-on and the next procurement. Reports to the partnership board; meets every two months.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Supported Housing Commissioning Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Northvale District Council (host authority)', 'Northvale District Council', null, 'CHAIR', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Probation', 'Shires Probation Delivery Unit', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Supported Housing Commissioning Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Northvale District Council (host authority)', 'Rob Ansell', 'MEMBER', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Northvale District Council (host authority)', 'Nadia Ferris', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Southmoor District Council', 'Gordon Fairley', 'MEMBER', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Southmoor District Council', 'Vicky Hollins', 'DEPUTY', 4, 'PUBLIC', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Tasha Greene', 'MEMBER', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Eastbrook Borough Council', 'Aaron Whitley', 'DEPUTY', 4, 'PUBLIC', false, '2023-06-01', null, null),
    ('Westmere District Council', 'Kate Lomas', 'MEMBER', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Westmere District Council', 'Sean Doherty', 'DEPUTY', 4, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires County Council', 'Natalie Sheridan', 'MEMBER', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires County Council', 'Simon Archer', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Tom Whitlock', 'MEMBER', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Niamh Kelly', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Homes Housing Association', 'Sandra Okoye', 'MEMBER', 3, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Shires Homes Housing Association', 'Lydia Foulds', 'DEPUTY', 3, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Probation', 'Chloe Danes', 'MEMBER', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Probation', 'Femi Oladipo', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Warm Homes Programme Design Group (Shires Warm Homes Programme Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires Warm Homes Programme Board'),
    'Warm Homes Programme Design Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Drafts the partnership agreement, the pooled funding formula and the joint funding bid for the proposed Warm Homes Programme Board, so that the board can be constituted in April 2027. Ends when the board holds its first meeting, and no later than 31 March 2027.',
    date '2027-03-31', false, false, 0, timestamptz '2026-06-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Warm Homes Programme Design Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Shires County Council', 'Shires County Council', null, 'CHAIR', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Southmoor District Council', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Warm Homes Programme Design Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Shires County Council', 'Claire Dobson', 'MEMBER', 3, 'PUBLIC', false, '2026-06-01', null, null),
    ('Northvale District Council', 'Rob Ansell', 'MEMBER', 3, 'PUBLIC', false, '2026-06-01', null, null),
    ('Southmoor District Council', 'Gordon Fairley', 'MEMBER', 3, 'PUBLIC', false, '2026-06-01', null, null),
    ('Eastbrook Borough Council', 'Neil Oxley', 'MEMBER', 4, 'PUBLIC', false, '2026-06-01', null, null),
    ('Westmere District Council', 'Kate Lomas', 'MEMBER', 3, 'PUBLIC', false, '2026-06-01', null, null),
    ('Shires Homes Housing Association', 'Phil Stanton', 'MEMBER', 3, 'VOLUNTARY', false, '2026-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Local Resilience Forum Executive Group (Shires and Fenmarsh Local Resilience Forum)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires and Fenmarsh Local Resilience Forum'),
    'Local Resilience Forum Executive Group', 'EXECUTIVE', 'EXECUTIVE',
    'Chief officers of the category one responders in Shires and Fenmarsh. Approves the community risk register, the forum''s business plan and budget and the multi-agency plans for flooding, severe weather and disease outbreaks. Meets twice a year and stands up as the strategic co-ordinating group in a major emergency.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Local Resilience Forum Executive Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'VICE_CHAIR', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Fenmarsh local authorities', null, 'PUBLIC', 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Environment Agency', null, 'PUBLIC', 'MEMBER', true, null),
    ('Director of Public Health', 'Shires County Council', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Local Resilience Forum Executive Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Fire and Rescue', 'Gareth Rowlands', 'MEMBER', 1, 'PUBLIC', false, '2022-01-20', null, null),
    ('Fire and Rescue', 'Andrea Blackwood', 'DEPUTY', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Police', 'Richard Okonjo', 'MEMBER', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Police', 'Jo Kingsley', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires County Council', 'Helen Marsh', 'MEMBER', 1, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires County Council', 'Catherine Wells', 'DEPUTY', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Fenmarsh local authorities', 'Duncan Rigby', 'MEMBER', 1, 'PUBLIC', false, '2022-01-20', null, null),
    ('Fenmarsh local authorities', 'Moira Lennox', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('NHS Shires Integrated Care Board', 'Michelle Harper', 'MEMBER', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('NHS Shires Integrated Care Board', 'Rachel Amadi', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'MEMBER', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Alistair Boyd', 'DEPUTY', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Northvale District Council', 'James Holloway', 'MEMBER', 1, 'PUBLIC', false, '2022-01-20', null, null),
    ('Northvale District Council', 'Clare Hinchliffe', 'DEPUTY', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Eastbrook Borough Council', 'Philip Garner', 'MEMBER', 1, 'PUBLIC', false, '2022-01-20', null, null),
    ('Eastbrook Borough Council', 'Marcus Bellamy', 'DEPUTY', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Environment Agency', 'Julian Sykes', 'MEMBER', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Environment Agency', 'Tessa Burrows', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Director of Public Health', 'Samira Khan', 'MEMBER', 2, 'PUBLIC', false, '2022-01-20', null, null),
    ('Director of Public Health', 'Mei Ling Chow', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Local Resilience Forum Tactical Business Group (Shires and Fenmarsh Local Resilience Forum)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Shires and Fenmarsh Local Resilience Forum'),
    'Local Resilience Forum Tactical Business Group', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'Emergency planning leads who turn the executive group''s priorities into the forum''s work programme: plans, training, exercises and lessons from incidents. Meets quarterly.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Local Resilience Forum Tactical Business Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'CHAIR', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Fenmarsh local authorities', null, 'PUBLIC', 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Shires district councils', null, 'PUBLIC', 'MEMBER', true, null),
    ('Environment Agency', null, 'PUBLIC', 'MEMBER', true, null),
    ('Voluntary sector (emergency response)', null, 'VOLUNTARY', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Local Resilience Forum Tactical Business Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Fire and Rescue', 'Ian Mortimer', 'MEMBER', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Fire and Rescue', 'Kerry Oldham', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Police', 'Jo Kingsley', 'MEMBER', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Police', 'Dave Pruitt', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires County Council', 'Derek Amos', 'MEMBER', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires County Council', 'Lauren Beck', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-20', null, null),
    ('Fenmarsh local authorities', 'Moira Lennox', 'MEMBER', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Fenmarsh local authorities', 'Iain Rutherford', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-20', null, null),
    ('NHS Shires Integrated Care Board', 'Rachel Amadi', 'MEMBER', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('NHS Shires Integrated Care Board', 'Lisa Harrow', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Gordon Tait', 'MEMBER', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Kim Sandford', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires district councils', 'Steve Kirkby', 'MEMBER', 4, 'PUBLIC', false, '2022-01-20', null, null),
    ('Shires district councils', 'Megan Rowe', 'DEPUTY', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Environment Agency', 'Tessa Burrows', 'MEMBER', 3, 'PUBLIC', false, '2022-01-20', null, null),
    ('Environment Agency', 'Owain Roberts', 'DEPUTY', 4, 'PUBLIC', false, '2022-01-20', null, null),
    ('Voluntary sector (emergency response)', 'Andrew Scully', 'MEMBER', 3, 'VOLUNTARY', false, '2022-01-20', null, null),
    ('Voluntary sector (emergency response)', 'Liam Carter', 'DEPUTY', 4, 'VOLUNTARY', true, '2022-01-20', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Northvale Together Board (Northvale Together)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Northvale Together'),
    'Northvale Together Board', 'BOARD', 'STRATEGIC',
    'Turns the county community strategy into the Northvale local plan, allocates the small projects fund and takes forward the priorities raised by the three area forums. Meets three times a year; chaired by the Leader of Northvale District Council.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Northvale Together Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Northvale District Council (Leader)', 'Northvale District Council', null, 'CHAIR', true, null),
    ('Northvale District Council (Chief Executive)', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'VICE_CHAIR', true, null),
    ('Hollinford Town Council', 'Hollinford Town Council', null, 'MEMBER', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Northvale Together Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Northvale District Council (Leader)', 'Brian Stokes', 'MEMBER', 1, 'ELECTED', false, '2023-06-01', null, null),
    ('Northvale District Council (Leader)', 'Rosemary Hunt', 'DEPUTY', 2, 'ELECTED', false, '2023-06-01', null, null),
    ('Northvale District Council (Chief Executive)', 'James Holloway', 'MEMBER', 1, 'PUBLIC', false, '2023-06-01', null, null),
    ('Northvale District Council (Chief Executive)', 'Clare Hinchliffe', 'DEPUTY', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires County Council', 'Martin Oduya', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires County Council', 'Rebecca Lowe', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Police', 'Paul Mercer', 'MEMBER', 2, 'PUBLIC', false, '2019-04-01', '2024-05-31', 'Retired'),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', '2025-08-31', 'Moved to a new post'),
    ('Police', 'Marcus Thorne', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Police', 'Gary Webb', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Council for Voluntary Service', 'Bridget Owusu', 'MEMBER', 2, 'VOLUNTARY', true, '2023-06-01', null, null),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'DEPUTY', 3, 'VOLUNTARY', true, '2023-06-01', null, null),
    ('Hollinford Town Council', 'Julie Cresswell', 'MEMBER', 1, 'ELECTED', false, '2021-05-20', '2025-05-11', 'End of term as mayor'),
    ('Hollinford Town Council', 'Derek Tolland', 'MEMBER', 1, 'ELECTED', false, '2025-05-12', null, null),
    ('Hollinford Town Council', 'Derek Tolland', 'DEPUTY', 2, 'ELECTED', false, '2021-05-20', '2025-05-11', 'Became mayor'),
    ('Hollinford Town Council', 'Julie Cresswell', 'DEPUTY', 2, 'ELECTED', false, '2025-05-12', null, null),
    ('Shires Association of Local Councils', 'Colin Ridley', 'MEMBER', 1, 'ELECTED', true, '2023-06-01', null, null),
    ('Shires Association of Local Councils', 'Gwen Tasker', 'DEPUTY', 2, 'ELECTED', true, '2023-06-01', null, null),
    ('Shires Chamber of Commerce', 'Nadine Ross', 'MEMBER', 2, 'PRIVATE', true, '2023-06-01', null, null),
    ('Shires Chamber of Commerce', 'Owen Braithwaite', 'DEPUTY', 3, 'PRIVATE', true, '2023-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Rebecca Hume', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Nick Ambrose', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires Homes Housing Association', 'Terry Gould', 'MEMBER', 2, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Shires Homes Housing Association', 'Lydia Foulds', 'DEPUTY', 3, 'VOLUNTARY', false, '2023-06-01', null, null),
    ('Fire and Rescue', 'Andrea Blackwood', 'MEMBER', 2, 'PUBLIC', false, '2023-06-01', null, null),
    ('Fire and Rescue', 'Ian Mortimer', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null),
    ('Shires College', 'Denise Farrow', 'MEMBER', 2, 'PUBLIC', false, '2019-06-01', '2024-08-31', 'Retired'),
    ('Shires College', 'Graham Oates', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('Shires College', 'Amira Hassan', 'DEPUTY', 3, 'PUBLIC', false, '2023-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Northvale Town Area Forum (Northvale Town Area Forum)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Northvale Town Area Forum'),
    'Northvale Town Area Forum', 'AREA_FORUM', 'LOCALITY',
    'A public meeting every two months for the four Northvale town wards. Residents, ward councillors, the neighbourhood policing team and local groups raise concerns, agree the area''s three priorities each year and review progress on them. Chaired by one of the ward councillors.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Northvale Town Area Forum'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Ward councillor, Northvale Central', null, 'ELECTED', 'CHAIR', true, null),
    ('Ward councillor, Northvale North', null, 'ELECTED', 'MEMBER', true, null),
    ('Ward councillor, Northvale East', null, 'ELECTED', 'MEMBER', true, null),
    ('Ward councillor, Northvale West', null, 'ELECTED', 'MEMBER', true, null),
    ('Neighbourhood policing team', 'Shires Police', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'ADVISER', false, null),
    ('Northvale Town Residents'' Association', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Faith groups', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Youth organisations', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Northvale Town Area Forum' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Ward councillor, Northvale Central', 'Tom Parry', 'MEMBER', 4, 'ELECTED', false, '2023-05-25', null, null),
    ('Ward councillor, Northvale North', 'Gillian Foy', 'MEMBER', 4, 'ELECTED', false, '2023-05-25', null, null),
    ('Ward councillor, Northvale East', 'Martin Keys', 'MEMBER', 4, 'ELECTED', false, '2023-05-25', null, null),
    ('Ward councillor, Northvale West', 'Brenda Coyle', 'MEMBER', 4, 'ELECTED', false, '2023-05-25', '2024-07-25', 'Resigned as a councillor'),
    ('Ward councillor, Northvale West', 'Anita Lowry', 'MEMBER', 4, 'ELECTED', false, '2024-07-26', null, null),
    ('Neighbourhood policing team', 'Ollie Grant', 'MEMBER', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Neighbourhood policing team', 'Shannon Briggs', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Northvale District Council', 'Nadia Ferris', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Northvale District Council', 'Kieran Walsh', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Northvale Town Residents'' Association', 'Alan Prosser', 'MEMBER', 1, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Northvale Town Residents'' Association', 'Yvette Marshall', 'DEPUTY', 4, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Faith groups', 'Paul Kemble', 'MEMBER', 4, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Youth organisations', 'Chris Wade', 'MEMBER', 3, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Council for Voluntary Service', 'Liam Carter', 'MEMBER', 4, 'VOLUNTARY', true, '2023-05-25', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Hollinford and Villages Area Forum (Hollinford and Villages Area Forum)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Hollinford and Villages Area Forum'),
    'Hollinford and Villages Area Forum', 'AREA_FORUM', 'LOCALITY',
    'Hollinford Town Council, the surrounding parish councils and local groups meet quarterly to run small community projects such as the village transport scheme and the litter-picking network and to raise local issues with the district and county councils. Chaired by the Mayor of Hollinford.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Hollinford and Villages Area Forum'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Hollinford Town Council', 'Hollinford Town Council', null, 'CHAIR', true, null),
    ('Town clerk', 'Hollinford Town Council', null, 'ADVISER', false, null),
    ('County councillor for Hollinford', null, 'ELECTED', 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'MEMBER', true, null),
    ('Little Fenby Parish Council', null, 'ELECTED', 'MEMBER', true, null),
    ('Upper Hollin Parish Council', null, 'ELECTED', 'MEMBER', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Village transport scheme', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Litter-picking network', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Hollinford and Villages Area Forum' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Hollinford Town Council', 'Julie Cresswell', 'MEMBER', 1, 'ELECTED', false, '2021-05-20', '2025-05-11', 'End of term as mayor'),
    ('Hollinford Town Council', 'Derek Tolland', 'MEMBER', 1, 'ELECTED', false, '2025-05-12', null, null),
    ('Hollinford Town Council', 'Derek Tolland', 'DEPUTY', 2, 'ELECTED', false, '2021-05-20', '2025-05-11', 'Became mayor'),
    ('Hollinford Town Council', 'Julie Cresswell', 'DEPUTY', 2, 'ELECTED', false, '2025-05-12', null, null),
    ('Town clerk', 'Jean Haworth', 'MEMBER', 3, 'PUBLIC', false, '2021-05-20', null, null),
    ('Town clerk', 'Simon Pryor', 'DEPUTY', 4, 'PUBLIC', false, '2021-05-20', null, null),
    ('County councillor for Hollinford', 'Owen Lacey', 'MEMBER', 4, 'ELECTED', false, '2021-05-20', null, null),
    ('Northvale District Council', 'Kieran Walsh', 'MEMBER', 4, 'PUBLIC', false, '2021-05-20', '2024-06-30', 'District council withdrew officer support from the forum'),
    ('Little Fenby Parish Council', 'Roy Kitching', 'MEMBER', 1, 'ELECTED', false, '2021-05-20', null, null),
    ('Upper Hollin Parish Council', 'Sheila Dobbs', 'MEMBER', 1, 'ELECTED', false, '2021-05-20', '2024-12-31', 'Parish council stopped sending a representative'),
    ('Shires Association of Local Councils', 'Gwen Tasker', 'MEMBER', 2, 'ELECTED', true, '2021-05-20', null, null),
    ('Village transport scheme', 'Eileen Thwaite', 'MEMBER', 1, 'VOLUNTARY', false, '2021-05-20', null, null),
    ('Litter-picking network', 'Arthur Penrose', 'MEMBER', 4, 'VOLUNTARY', false, '2021-05-20', null, null),
    ('Shires Council for Voluntary Service', 'Liam Carter', 'MEMBER', 4, 'VOLUNTARY', true, '2021-05-20', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Ashwell Cross Area Forum (Ashwell Cross Area Forum)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Ashwell Cross Area Forum'),
    'Ashwell Cross Area Forum', 'AREA_FORUM', 'LOCALITY',
    'A new forum for Ashwell Cross and the Vale villages, meeting quarterly in the new community centre. Welcomes new residents, agrees local priorities with the councils and the police, and will decide by March 2027 whether to run projects of its own.',
    null, false, false, 0, timestamptz '2026-03-01 09:00:00+00'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Ashwell Cross Area Forum'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Ward councillor, Ashwell Cross', null, 'ELECTED', 'CHAIR', true, null),
    ('County councillor for Ashwell and the Vale', null, 'ELECTED', 'MEMBER', true, null),
    ('Vale Villages Parish Council', null, 'ELECTED', 'MEMBER', true, null),
    ('Ashwell Cross Residents'' Group', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Ashwell Cross Community Centre', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Neighbourhood policing team', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Northvale District Council', 'Northvale District Council', null, 'ADVISER', false, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Ashwell Cross Area Forum' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Ward councillor, Ashwell Cross', 'Peter Quayle', 'MEMBER', 4, 'ELECTED', false, '2026-03-01', null, null),
    ('County councillor for Ashwell and the Vale', 'Beverley Nash', 'MEMBER', 4, 'ELECTED', false, '2026-03-01', null, null),
    ('Vale Villages Parish Council', 'Ruth Ogden', 'MEMBER', 1, 'ELECTED', false, '2026-03-01', null, null),
    ('Ashwell Cross Residents'' Group', 'Priti Desai', 'MEMBER', 1, 'VOLUNTARY', false, '2026-03-01', null, null),
    ('Ashwell Cross Community Centre', 'Jamie Fox', 'MEMBER', 3, 'VOLUNTARY', false, '2026-03-01', null, null),
    ('Neighbourhood policing team', 'Ollie Grant', 'MEMBER', 4, 'PUBLIC', false, '2026-03-01', null, null),
    ('Neighbourhood policing team', 'Shannon Briggs', 'DEPUTY', 4, 'PUBLIC', false, '2026-03-01', null, null),
    ('Shires Association of Local Councils', 'Margaret Ellery', 'MEMBER', 1, 'PUBLIC', true, '2026-06-01', null, null),
    ('Northvale District Council', 'Nadia Ferris', 'MEMBER', 3, 'PUBLIC', false, '2026-03-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Southmoor Partnership Board (Southmoor Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Southmoor Partnership'),
    'Southmoor Partnership Board', 'BOARD', 'STRATEGIC',
    'Agrees Southmoor''s district priorities for the coastal towns and the rural south, co-ordinates the district council''s work with the police, health services and the voluntary sector, and receives reports from the community safety group. Meets three times a year; chaired by the Leader of Southmoor District Council.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Southmoor Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Southmoor District Council (Leader)', 'Southmoor District Council', null, 'CHAIR', true, null),
    ('Southmoor District Council (Chief Executive)', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Portfolio holder for housing', 'Southmoor District Council', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'VICE_CHAIR', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Business representative', null, 'PRIVATE', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Southmoor Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Southmoor District Council (Leader)', 'David Marlow', 'MEMBER', 1, 'ELECTED', false, '2023-05-25', null, null),
    ('Southmoor District Council (Leader)', 'Priya Nair', 'DEPUTY', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Southmoor District Council (Chief Executive)', 'Karen Ellison', 'MEMBER', 1, 'PUBLIC', false, '2023-05-25', null, null),
    ('Southmoor District Council (Chief Executive)', 'Alison Pickering', 'DEPUTY', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Portfolio holder for housing', 'Keith Arden', 'MEMBER', 2, 'ELECTED', false, '2023-05-25', '2024-05-22', 'Portfolio changed in the May 2024 cabinet reshuffle'),
    ('Portfolio holder for housing', 'Wendy Sutcliffe', 'MEMBER', 2, 'ELECTED', false, '2024-05-23', null, null),
    ('Portfolio holder for housing', 'Colin Baxter', 'DEPUTY', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Shires County Council', 'Andrew Pryce', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires County Council', 'Simon Archer', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Police', 'Paul Mercer', 'MEMBER', 2, 'PUBLIC', false, '2019-04-01', '2024-05-31', 'Retired'),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', '2025-08-31', 'Moved to a new post'),
    ('Police', 'Marcus Thorne', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Police', 'Robert Haines', 'DEPUTY', 3, 'PUBLIC', false, '2024-04-01', '2025-02-28', 'Retired'),
    ('Police', 'Hannah Fyfe', 'DEPUTY', 3, 'PUBLIC', false, '2025-03-01', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Lisa Harrow', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Council for Voluntary Service', 'Jenny Salter', 'MEMBER', 1, 'VOLUNTARY', true, '2023-05-25', null, null),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'DEPUTY', 3, 'VOLUNTARY', true, '2023-05-25', null, null),
    ('Shires Association of Local Councils', 'Colin Ridley', 'MEMBER', 1, 'ELECTED', true, '2023-05-25', null, null),
    ('Fire and Rescue', 'Andrea Blackwood', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Fire and Rescue', 'Scott Pennington', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Neville Ashby', 'MEMBER', 1, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Terry Gould', 'DEPUTY', 2, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Business representative', 'Eleanor Watts', 'MEMBER', 1, 'PRIVATE', false, '2023-05-25', null, null),
    ('Business representative', 'Kofi Mensah', 'DEPUTY', 1, 'PRIVATE', false, '2023-05-25', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Eastbrook Partnership Board (Eastbrook Partnership Board)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Eastbrook Partnership Board'),
    'Eastbrook Partnership Board', 'BOARD', 'STRATEGIC',
    'Holds Eastbrook''s single partnership plan, joint projects budget and performance framework. Decides joint project funding, reviews the town centre, health and skills priorities every quarter and oversees the town centre regeneration partnership. Chaired by the Leader of Eastbrook Borough Council with a business vice-chair.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Eastbrook Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Eastbrook Borough Council (Leader)', 'Eastbrook Borough Council', null, 'CHAIR', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'VICE_CHAIR', true, null),
    ('Eastbrook Borough Council (Chief Executive)', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Portfolio holder for housing and communities', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Faith communities representative', null, 'VOLUNTARY', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Eastbrook Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Eastbrook Borough Council (Leader)', 'Helen Okafor', 'MEMBER', 1, 'ELECTED', false, '2023-05-25', null, null),
    ('Eastbrook Borough Council (Leader)', 'Hassan Malik', 'DEPUTY', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Shires Chamber of Commerce', 'Victoria Lang', 'MEMBER', 1, 'PRIVATE', true, '2023-05-25', null, null),
    ('Shires Chamber of Commerce', 'Owen Braithwaite', 'DEPUTY', 3, 'PRIVATE', true, '2023-05-25', null, null),
    ('Eastbrook Borough Council (Chief Executive)', 'Philip Garner', 'MEMBER', 1, 'PUBLIC', false, '2023-05-25', null, null),
    ('Eastbrook Borough Council (Chief Executive)', 'Joanna Pike', 'DEPUTY', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Portfolio holder for housing and communities', 'Lorraine Cobb', 'MEMBER', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Portfolio holder for housing and communities', 'Tasha Greene', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Rebecca Hume', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires County Council', 'Samira Khan', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires County Council', 'Mei Ling Chow', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Police', 'Paul Mercer', 'MEMBER', 2, 'PUBLIC', false, '2019-04-01', '2024-05-31', 'Retired'),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', '2025-08-31', 'Moved to a new post'),
    ('Police', 'Marcus Thorne', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Police', 'Robert Haines', 'DEPUTY', 3, 'PUBLIC', false, '2024-04-01', '2025-02-28', 'Retired'),
    ('Police', 'Hannah Fyfe', 'DEPUTY', 3, 'PUBLIC', false, '2025-03-01', null, null),
    ('Shires College', 'Lynne Hartley', 'MEMBER', 1, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires College', 'Amira Hassan', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Council for Voluntary Service', 'Bridget Owusu', 'MEMBER', 2, 'VOLUNTARY', true, '2023-05-25', null, null),
    ('Shires Council for Voluntary Service', 'Patricia Moyo', 'DEPUTY', 3, 'VOLUNTARY', true, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Neville Ashby', 'MEMBER', 1, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Sandra Okoye', 'DEPUTY', 3, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Elaine Moss', 'MEMBER', 1, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'DEPUTY', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Fire and Rescue', 'Gareth Rowlands', 'MEMBER', 1, 'PUBLIC', false, '2023-05-25', null, null),
    ('Fire and Rescue', 'Ian Mortimer', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Faith communities representative', 'Yusuf Ali', 'MEMBER', 1, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Faith communities representative', 'Judith Ambler', 'DEPUTY', 1, 'VOLUNTARY', false, '2023-05-25', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Town Centre Programme Board (Eastbrook Town Centre Regeneration Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Eastbrook Town Centre Regeneration Partnership'),
    'Town Centre Programme Board', 'EXECUTIVE', 'EXECUTIVE',
    'Manages the town centre regeneration programme to March 2029: approves project business cases and changes within the programme budget, monitors delivery of the market square, empty-shops-to-homes and health and learning hub projects, and manages programme risks. Meets every two months.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Town Centre Programme Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Eastbrook Borough Council (executive)', 'Eastbrook Borough Council', null, 'CHAIR', true, null),
    ('Eastbrook Borough Council (Chief Executive)', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('Programme sponsor', 'Eastbrook Borough Council', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires College', 'Shires College', null, 'MEMBER', true, null),
    ('Shires Chamber of Commerce', 'Shires Chamber of Commerce', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Town centre businesses', null, 'PRIVATE', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Town Centre Programme Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Eastbrook Borough Council (executive)', 'Hassan Malik', 'MEMBER', 2, 'ELECTED', false, '2022-06-01', null, null),
    ('Eastbrook Borough Council (executive)', 'Lorraine Cobb', 'DEPUTY', 2, 'ELECTED', false, '2022-06-01', null, null),
    ('Eastbrook Borough Council (Chief Executive)', 'Philip Garner', 'MEMBER', 1, 'PUBLIC', false, '2022-06-01', null, null),
    ('Eastbrook Borough Council (Chief Executive)', 'Joanna Pike', 'DEPUTY', 2, 'PUBLIC', false, '2022-06-01', null, null),
    ('Programme sponsor', 'Marcus Bellamy', 'MEMBER', 2, 'PUBLIC', false, '2022-06-01', null, null),
    ('Programme sponsor', 'Ed Fairweather', 'DEPUTY', 3, 'PUBLIC', false, '2022-06-01', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2020-07-01', '2024-08-31', 'Moved to a new post'),
    ('NHS Shires Integrated Care Board', 'Gemma Royle', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('NHS Shires Integrated Care Board', 'Oliver Stroud', 'DEPUTY', 3, 'PUBLIC', false, '2022-06-01', null, null),
    ('Shires College', 'Denise Farrow', 'MEMBER', 2, 'PUBLIC', false, '2019-06-01', '2024-08-31', 'Retired'),
    ('Shires College', 'Graham Oates', 'MEMBER', 2, 'PUBLIC', false, '2024-09-01', null, null),
    ('Shires College', 'Amira Hassan', 'DEPUTY', 3, 'PUBLIC', false, '2022-06-01', null, null),
    ('Shires Chamber of Commerce', 'Nadine Ross', 'MEMBER', 2, 'PRIVATE', true, '2022-06-01', null, null),
    ('Shires Chamber of Commerce', 'Owen Braithwaite', 'DEPUTY', 3, 'PRIVATE', true, '2022-06-01', null, null),
    ('Shires County Council', 'Martin Oduya', 'MEMBER', 2, 'PUBLIC', false, '2022-06-01', null, null),
    ('Shires County Council', 'Harriet Vaughan', 'DEPUTY', 3, 'PUBLIC', false, '2022-06-01', null, null),
    ('Shires Homes Housing Association', 'Terry Gould', 'MEMBER', 2, 'VOLUNTARY', false, '2022-06-01', null, null),
    ('Shires Homes Housing Association', 'Phil Stanton', 'DEPUTY', 3, 'VOLUNTARY', false, '2022-06-01', null, null),
    ('Town centre businesses', 'Simon Feather', 'MEMBER', 1, 'PRIVATE', false, '2022-06-01', null, null),
    ('Town centre businesses', 'Yasmin Darr', 'DEPUTY', 3, 'PRIVATE', false, '2022-06-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Market Square Delivery Group (Eastbrook Town Centre Regeneration Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Eastbrook Town Centre Regeneration Partnership'),
    'Market Square Delivery Group', 'DELIVERY_GROUP', 'OPERATIONAL',
    'Project group for the market square redevelopment: design, relocating traders during the works, and the reopening. Ends when the square has reopened and the defects period has closed, planned for 30 September 2027.',
    date '2027-09-30', false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Market Square Delivery Group'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Eastbrook Borough Council', 'Eastbrook Borough Council', null, 'CHAIR', true, null),
    ('Town centre businesses', null, 'PRIVATE', 'MEMBER', true, null),
    ('Market traders', null, 'PRIVATE', 'MEMBER', true, null),
    ('Highways', 'Shires County Council', null, 'MEMBER', true, null),
    ('Neighbourhood policing team', 'Shires Police', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Market Square Delivery Group' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Eastbrook Borough Council', 'Ed Fairweather', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', null, null),
    ('Town centre businesses', 'Yasmin Darr', 'MEMBER', 3, 'PRIVATE', false, '2024-04-01', null, null),
    ('Market traders', 'Len Dawson', 'MEMBER', 1, 'PRIVATE', false, '2024-04-01', null, null),
    ('Highways', 'Gavin Shaw', 'MEMBER', 3, 'PUBLIC', false, '2024-04-01', null, null),
    ('Neighbourhood policing team', 'Amrit Dhillon', 'MEMBER', 4, 'PUBLIC', false, '2024-04-01', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Westmere Partnership Board (Westmere Local Strategic Partnership)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Westmere Local Strategic Partnership'),
    'Westmere Partnership Board', 'BOARD', 'STRATEGIC',
    'Meant to agree and monitor the Westmere community plan with local partners, three times a year. Has met twice since 2024; under review, with a proposal to merge it into the county partnership''s locality arrangements.',
    null, true, true, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Westmere Partnership Board'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Westmere District Council (Leader)', 'Westmere District Council', null, 'CHAIR', true, null),
    ('Westmere District Council', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Portfolio holder for housing and homelessness', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null),
    ('Police', 'Shires Police', null, 'MEMBER', true, null),
    ('Shires Council for Voluntary Service', 'Shires Council for Voluntary Service', null, 'VICE_CHAIR', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('NHS Shires Integrated Care Board', 'NHS Shires Integrated Care Board', null, 'MEMBER', true, null),
    ('Shires Health and Care NHS Foundation Trust', 'Shires Health and Care NHS Foundation Trust', null, 'MEMBER', true, null),
    ('Fire and Rescue', 'Shires Fire and Rescue Service', null, 'MEMBER', true, null),
    ('Shires Association of Local Councils', 'Shires Association of Local Councils', null, 'MEMBER', true, null),
    ('Business representative', null, 'PRIVATE', 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Westmere Partnership Board' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Westmere District Council (Leader)', 'Ruth Cavendish', 'MEMBER', 1, 'ELECTED', false, '2023-05-25', null, null),
    ('Westmere District Council', 'Mark Bennion', 'MEMBER', 1, 'PUBLIC', false, '2023-05-25', '2025-01-31', 'Council decided to be represented by an officer while the partnership is reviewed'),
    ('Westmere District Council', 'Leanne Tranter', 'MEMBER', 4, 'PUBLIC', false, '2025-02-01', null, null),
    ('Portfolio holder for housing and homelessness', 'Stephen Yeo', 'MEMBER', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Portfolio holder for housing and homelessness', 'Fiona Birtles', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires County Council', 'Martin Oduya', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', '2025-01-31', 'County council reduced its representation after the board stopped meeting'),
    ('Shires County Council', 'Rebecca Lowe', 'MEMBER', 3, 'PUBLIC', false, '2025-02-01', null, null),
    ('Shires County Council', 'Tom Ashworth', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Police', 'Paul Mercer', 'MEMBER', 2, 'PUBLIC', false, '2019-04-01', '2024-05-31', 'Retired'),
    ('Police', 'Sarah Kendrick', 'MEMBER', 2, 'PUBLIC', false, '2024-06-01', '2025-08-31', 'Moved to a new post'),
    ('Police', 'Marcus Thorne', 'MEMBER', 2, 'PUBLIC', false, '2025-09-01', null, null),
    ('Police', 'Gary Webb', 'DEPUTY', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Council for Voluntary Service', 'Jenny Salter', 'MEMBER', 1, 'VOLUNTARY', true, '2023-05-25', null, null),
    ('Shires Council for Voluntary Service', 'Kwame Asante', 'DEPUTY', 3, 'VOLUNTARY', true, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Terry Gould', 'MEMBER', 2, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('NHS Shires Integrated Care Board', 'Bethan Grant', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', '2024-08-31', 'Moved to a new post'),
    ('Shires Health and Care NHS Foundation Trust', 'Robert Quinn', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', '2024-12-31', 'Trust withdrew because the board was not meeting'),
    ('Fire and Rescue', 'Andrea Blackwood', 'MEMBER', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Fire and Rescue', 'Scott Pennington', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Association of Local Councils', 'Gwen Tasker', 'MEMBER', 2, 'ELECTED', true, '2023-05-25', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';

-- ---------------------------------------------------------------------------------------------
-- Westmere Housing Forum (Westmere Housing Forum)
-- ---------------------------------------------------------------------------------------------

insert into body (area_id, partnership_id, name, kind, role_layer, terms_of_reference, end_date,
    expects_voluntary_seat, expects_elected_seat, version, created_at)
select a.id,
    (select p.id from partnership p where p.area_id = a.id and p.name = 'Westmere Housing Forum'),
    'Westmere Housing Forum', 'THEMATIC_GROUP', 'DELIVERY_OVERSIGHT',
    'The district council and the housing associations working in Westmere agree which affordable housing schemes to back, how nominations to new homes work and how to support tenants at risk of eviction. Meets quarterly.',
    null, false, false, 0, timestamptz '2024-04-01 09:00:00+01'
from area a where a.slug = 'demo';

insert into seat (body_id, organisation_id, sector, title, seat_role, voting, abolished_on)
select (select b.id from body b where b.area_id = a.id and b.name = 'Westmere Housing Forum'),
       (select o.id from organisation o where o.area_id = a.id and o.name = v.organisation),
       v.sector, v.title, v.seat_role, v.voting, v.abolished_on::date
from area a
cross join (values
    ('Westmere District Council', 'Westmere District Council', null, 'CHAIR', true, null),
    ('Portfolio holder for housing and homelessness', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Housing options', 'Westmere District Council', null, 'MEMBER', true, null),
    ('Shires Homes Housing Association', 'Shires Homes Housing Association', null, 'MEMBER', true, null),
    ('Fenmarsh and Shires Housing Trust', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Shires Homeless Action', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Citizens Advice Westmere', null, 'VOLUNTARY', 'MEMBER', true, null),
    ('Shires County Council', 'Shires County Council', null, 'MEMBER', true, null)
) as v(title, organisation, sector, seat_role, voting, abolished_on)
where a.slug = 'demo';

insert into membership (seat_id, person_id, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
select (select s.id from seat s join body b on b.id = s.body_id
         where b.area_id = a.id and b.name = 'Westmere Housing Forum' and s.title = v.seat),
       (select pe.id from person pe where pe.area_id = a.id and pe.name = v.person),
       v.capacity, v.tier, v.sector, v.umbrella, v.from_date::date, v.to_date::date, v.end_reason
from area a
cross join (values
    ('Westmere District Council', 'Fiona Birtles', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Westmere District Council', 'Adrian Cope', 'DEPUTY', 2, 'PUBLIC', false, '2023-05-25', null, null),
    ('Portfolio holder for housing and homelessness', 'Stephen Yeo', 'MEMBER', 2, 'ELECTED', false, '2023-05-25', null, null),
    ('Portfolio holder for housing and homelessness', 'Ruth Cavendish', 'DEPUTY', 1, 'ELECTED', false, '2023-05-25', null, null),
    ('Housing options', 'Kate Lomas', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null),
    ('Housing options', 'Sean Doherty', 'DEPUTY', 4, 'PUBLIC', false, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Sandra Okoye', 'MEMBER', 3, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Homes Housing Association', 'Terry Gould', 'DEPUTY', 2, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Fenmarsh and Shires Housing Trust', 'Howard Greenhalgh', 'MEMBER', 3, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Fenmarsh and Shires Housing Trust', 'Tina Grove', 'DEPUTY', 4, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Homeless Action', 'Shona McRae', 'MEMBER', 2, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires Homeless Action', 'Ian Blackburn', 'DEPUTY', 1, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Citizens Advice Westmere', 'Grace Olowe', 'MEMBER', 3, 'VOLUNTARY', false, '2023-05-25', null, null),
    ('Shires County Council', 'Natalie Sheridan', 'MEMBER', 3, 'PUBLIC', false, '2023-05-25', null, null)
) as v(seat, person, capacity, tier, sector, umbrella, from_date, to_date, end_reason)
where a.slug = 'demo';
