package org.entente;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The risk register of each thematic partnership of the demo area, and the Safer communities
 * theme's own register. The community safety partnership's top risks tell its story: youth violence
 * rising if the outreach funding ends, and the police stepping back from the youth outreach scheme.
 * Some reviews are overdue. Owners and review dates are chosen by seeded chance, so the registers
 * read the same whatever day the demo is loaded.
 */
final class DemoRisks {

  static final String CSP = "Safer Shires Community Safety Partnership";
  static final String TOP_CSP_RISK = "Youth violence rises if outreach funding ends";
  static final String SAFER_THEME = "Safer communities";

  /**
   * One risk: scores inherent then residual, controls on separate lines, and the review date as
   * days from the day the demo is loaded (negative: overdue).
   */
  record Risk(
      String title,
      String description,
      String cause,
      String effect,
      String objective,
      String kind,
      int il,
      int ii,
      int rl,
      int ri,
      String controls,
      int reviewInDays) {}

  static final Map<String, List<Risk>> REGISTERS =
      Map.of(
          CSP,
          List.of(
              new Risk(
                  TOP_CSP_RISK,
                  "The youth outreach grant ends in March and no partner has committed to fund the detached youth workers after it.",
                  "The Home Office grant is time-limited and partners' budgets are under pressure.",
                  "Outreach workers leave; young people at risk lose a trusted adult and knife crime and serious youth violence rise.",
                  "Fewer young people drawn into serious violence",
                  "OUTCOMES",
                  5,
                  5,
                  4,
                  5,
                  "Bid to the violence reduction unit for bridging funding\nPartners asked to pool reserves",
                  -12),
              new Risk(
                  "Police withdraw from the youth outreach scheme",
                  "Shires Police move the neighbourhood officers seconded to the youth outreach scheme back to response duties.",
                  "Force-wide review of neighbourhood policing and officer vacancies.",
                  "The scheme loses its referral route from the police and joint patrols stop.",
                  "A joined-up response to youth violence",
                  "PARTNERSHIP",
                  4,
                  5,
                  4,
                  4,
                  "Chief inspector sits on the partnership board\nSecondment agreement reviewed each quarter",
                  -5),
              new Risk(
                  "Drug-related violence spreads to market towns",
                  "County lines activity moves from the city into Northvale and Ashwell Cross.",
                  "Exploitation of young people by organised drug networks.",
                  "More exploitation, violence and fear of crime in smaller towns.",
                  "Less drug-related harm",
                  "OUTCOMES",
                  4,
                  4,
                  3,
                  4,
                  "Joint tasking with the drug and alcohol partnership\nTrading standards test purchases",
                  20),
              new Risk(
                  "Data sharing agreement lapses",
                  "The information sharing agreement between partners expires without renewal.",
                  "No partner owns its renewal.",
                  "Partners stop sharing the data that targets patrols and outreach.",
                  "Decisions based on shared evidence",
                  "PARTNERSHIP",
                  3,
                  4,
                  2,
                  3,
                  "Agreement renewal on the board's forward plan",
                  40),
              new Risk(
                  "Reputational damage from a domestic homicide review",
                  "A domestic homicide review finds that partners missed warning signs.",
                  "Gaps in how risk assessments pass between agencies.",
                  "Loss of public confidence in the partnership and the council.",
                  "Public confidence in community safety",
                  "PARTNERSHIP",
                  3,
                  4,
                  2,
                  4,
                  "MARAC attendance monitored\nLearning from reviews shared with all partners",
                  60),
              new Risk(
                  "Antisocial behaviour rises over the summer",
                  "Reports of antisocial behaviour rise in town centres during the school holidays.",
                  "Fewer diversionary activities for young people.",
                  "More calls for service and residents feeling less safe.",
                  "Residents feel safe in public places",
                  "OUTCOMES",
                  3,
                  3,
                  2,
                  3,
                  "Summer activities programme with the district councils",
                  3)),
          "Shires Children and Young People's Partnership",
          List.of(
              new Risk(
                  "Rising demand for children's social care",
                  "Referrals to children's social care keep rising faster than budgets.",
                  "Cost of living pressures on families and fewer early help services.",
                  "Thresholds rise and families get help later.",
                  "Children are safe and families get help early",
                  "OUTCOMES",
                  5,
                  4,
                  4,
                  4,
                  "Early help offer reviewed\nMulti-agency front door",
                  -20),
              new Risk(
                  "Schools disengage from the partnership",
                  "Academy trusts stop sending representatives to the partnership.",
                  "Schools' own pressures and no statutory duty to attend.",
                  "The partnership loses the voice of education.",
                  "Every child in good education",
                  "PARTNERSHIP",
                  3,
                  3,
                  3,
                  2,
                  "Headteacher vice-chair\nTermly schools forum",
                  30),
              new Risk(
                  "Youth violence draws in younger children",
                  "Children under 14 are increasingly exploited by older groups.",
                  "Loss of youth outreach and exclusions from school.",
                  "More children harmed and criminalised.",
                  "Fewer children drawn into crime",
                  "OUTCOMES",
                  4,
                  5,
                  3,
                  5,
                  "Exploitation panel with the community safety partnership",
                  14),
              new Risk(
                  "Speech and language waiting lists grow",
                  "Waiting times for children's speech and language therapy exceed a year.",
                  "Therapist vacancies.",
                  "Children start school without the language they need.",
                  "Children ready for school",
                  "OUTCOMES",
                  4,
                  3,
                  3,
                  3,
                  "Recruitment campaign\nEarly years settings trained",
                  50)),
          "Shires Economic Partnership",
          List.of(
              new Risk(
                  "Shared prosperity funding ends",
                  "Government funding for business support ends with no successor scheme announced.",
                  "National funding decisions.",
                  "Business support and skills programmes close.",
                  "Local businesses grow",
                  "PARTNERSHIP",
                  4,
                  4,
                  3,
                  4,
                  "Exit plan for each funded programme",
                  -9),
              new Risk(
                  "Major employer closes its Shires site",
                  "A large manufacturer consolidates production elsewhere.",
                  "Rising energy costs.",
                  "Job losses concentrated in one town.",
                  "Good jobs for residents",
                  "OUTCOMES",
                  2,
                  5,
                  2,
                  4,
                  "Account management of the largest employers",
                  45),
              new Risk(
                  "Skills gaps hold back growth",
                  "Employers cannot recruit to skilled trades and care.",
                  "Too few training places.",
                  "Vacancies stay open and businesses do not expand.",
                  "Residents have the skills to get good jobs",
                  "OUTCOMES",
                  4,
                  3,
                  3,
                  3,
                  "Skills plan with the college",
                  70),
              new Risk(
                  "Business members stop attending",
                  "Private sector members drift away from the board.",
                  "Meetings seen as talk without action.",
                  "The partnership loses business leadership.",
                  "Business-led growth",
                  "PARTNERSHIP",
                  3,
                  3,
                  2,
                  2,
                  "Business chair\nShorter, decision-focused meetings",
                  90)),
          "Shires Stronger Communities Partnership",
          List.of(
              new Risk(
                  "Voluntary sector capacity shrinks",
                  "Small charities close as grants end and volunteers fall away.",
                  "Funding cuts and rising costs.",
                  "Fewer community services, most in deprived places.",
                  "Strong, active communities",
                  "OUTCOMES",
                  4,
                  4,
                  3,
                  4,
                  "Infrastructure support from the council for voluntary service",
                  -3),
              new Risk(
                  "Community tensions after a high-profile incident",
                  "A local incident is exploited to stir division online.",
                  "Misinformation on social media.",
                  "Protest, hate crime and fear in communities.",
                  "Cohesive communities",
                  "OUTCOMES",
                  3,
                  5,
                  2,
                  4,
                  "Tension monitoring with the police\nCommunity leaders' network",
                  25),
              new Risk(
                  "Council withdraws the partnership's officer support",
                  "The council's reorganisation removes the partnership officer post.",
                  "Council budget savings.",
                  "The partnership cannot keep up its work programme.",
                  "A well-run partnership",
                  "PARTNERSHIP",
                  3,
                  4,
                  3,
                  3,
                  "Partners asked to share the secretariat",
                  35),
              new Risk(
                  "Volunteer numbers fall",
                  "Fewer residents volunteer regularly.",
                  "Cost of living and changed habits since the pandemic.",
                  "Community groups cannot run activities.",
                  "People take part in community life",
                  "OUTCOMES",
                  3,
                  3,
                  3,
                  2,
                  "Volunteering campaign",
                  80)),
          "Shires Climate and Environment Partnership",
          List.of(
              new Risk(
                  "Net zero targets missed",
                  "Emissions fall too slowly to meet the 2030 target.",
                  "Too little investment in buildings and transport.",
                  "The area misses its declared target.",
                  "A net zero county by 2030",
                  "OUTCOMES",
                  5,
                  4,
                  4,
                  4,
                  "Annual carbon budget report",
                  -30),
              new Risk(
                  "Flooding damages homes and roads",
                  "More frequent heavy rain overwhelms drains and rivers.",
                  "Climate change.",
                  "Homes flooded and roads closed.",
                  "Communities resilient to climate change",
                  "OUTCOMES",
                  4,
                  4,
                  3,
                  4,
                  "Flood plans with the resilience forum",
                  55),
              new Risk(
                  "Partners' own plans diverge",
                  "Each partner adopts its own climate plan with different targets.",
                  "No shared plan.",
                  "Effort is duplicated and gaps open.",
                  "Joined-up climate action",
                  "PARTNERSHIP",
                  3,
                  3,
                  2,
                  3,
                  "Shared action plan",
                  75),
              new Risk(
                  "Retrofit grant underspent",
                  "Grant for home insulation is returned unspent.",
                  "Too few accredited installers.",
                  "Fewer homes warmed and funding lost.",
                  "Warmer, greener homes",
                  "OUTCOMES",
                  3,
                  3,
                  2,
                  3,
                  "Installer framework with the warm homes board",
                  18)),
          "Shires Housing and Homelessness Partnership",
          List.of(
              new Risk(
                  "Temporary accommodation costs rise beyond budget",
                  "More families in bed and breakfast for longer.",
                  "Shortage of affordable homes to move on to.",
                  "Councils overspend and families stay in unsuitable housing.",
                  "Nobody homeless for long",
                  "OUTCOMES",
                  5,
                  4,
                  4,
                  4,
                  "Prevention fund\nLeasing scheme with landlords",
                  -15),
              new Risk(
                  "Rough sleeping rises in winter",
                  "More people sleep rough as shelters fill.",
                  "Evictions and hospital discharges without housing.",
                  "Deaths and harm on the streets.",
                  "Nobody sleeps rough",
                  "OUTCOMES",
                  4,
                  5,
                  3,
                  4,
                  "Severe weather protocol\nOutreach team",
                  10),
              new Risk(
                  "Housing association pulls out of the partnership",
                  "The largest housing association leaves to focus on its own stock.",
                  "Merger with a regional association.",
                  "Fewer homes offered to people leaving homelessness.",
                  "Partners share the homes they have",
                  "PARTNERSHIP",
                  2,
                  4,
                  2,
                  3,
                  "Nominations agreement",
                  60),
              new Risk(
                  "Housing benefit data not shared",
                  "Districts cannot see each other's casework.",
                  "Different case management systems.",
                  "People fall between councils.",
                  "Seamless help across the county",
                  "PARTNERSHIP",
                  3,
                  3,
                  2,
                  2,
                  "Common referral form",
                  90)));

  /** The Safer communities theme's own register, kept by the area's administrators. */
  static final List<Risk> THEME =
      List.of(
          new Risk(
              "Community safety funding falls across the theme",
              "Grants for community safety, youth outreach and drug treatment all end within a year of each other.",
              "National funding rounds timed together.",
              "Several partnerships lose staff at once and the theme's outcomes slip.",
              "Safer communities",
              "OUTCOMES",
              4,
              5,
              4,
              4,
              "Joint funding strategy for the theme",
              -7),
          new Risk(
              "Too many overlapping safety partnerships",
              "Partners sit on several safety groups with the same members and the same aims.",
              "Groups set up for each new funding stream.",
              "Meeting fatigue and partners withdrawing from all of them.",
              "Partners' time well spent",
              "PARTNERSHIP",
              3,
              3,
              3,
              2,
              "Annual review of the theme's partnerships",
              45));

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final long areaId;
  private final LocalDate today;

  DemoRisks(DataSource dataSource, long areaId, LocalDate today) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batches = new JdbcTemplate(dataSource);
    this.areaId = areaId;
    this.today = today;
  }

  void load() {
    List<Long> people =
        jdbc.sql("select id from person where area_id = ? order by id")
            .param(areaId)
            .query(Long.class)
            .list();
    List<Object[]> rows = new ArrayList<>();
    List<String[]> sharing = new ArrayList<>();
    REGISTERS.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              Long pid =
                  jdbc.sql("select id from partnership where area_id = ? and name = ?")
                      .params(areaId, name)
                      .query(Long.class)
                      .optional()
                      .orElse(null);
              if (pid == null) {
                return;
              }
              Random chance = new Random(name.hashCode());
              List<Long> partners =
                  jdbc.sql(
                          "select organisation_id from partnership_partner"
                              + " where partnership_id = ? order by organisation_id")
                      .param(pid)
                      .query(Long.class)
                      .list();
              for (Risk r : REGISTERS.get(name)) {
                rows.add(row(pid, null, r, people.get(chance.nextInt(people.size()))));
                if (partners.size() >= 2 && r.kind().equals("PARTNERSHIP")) {
                  int first = chance.nextInt(partners.size());
                  sharing.add(
                      new String[] {
                        r.title(),
                        String.valueOf(partners.get(first)),
                        String.valueOf(partners.get((first + 1) % partners.size()))
                      });
                }
              }
            });
    Long theme =
        jdbc.sql("select id from theme where area_id = ? and name = ?")
            .params(areaId, SAFER_THEME)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (theme != null) {
      Random chance = new Random(SAFER_THEME.hashCode());
      for (Risk r : THEME) {
        rows.add(row(null, theme, r, people.get(chance.nextInt(people.size()))));
      }
    }
    batches.batchUpdate(
        """
        insert into risk (area_id, partnership_id, theme_id, title, description, cause, effect,
          objective, kind, owner_person_id, inherent_likelihood, inherent_impact,
          residual_likelihood, residual_impact, controls, sharing_arrangement, review_on,
          last_reviewed_on, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
        """,
        rows);
    List<Object[]> shares = new ArrayList<>();
    for (String[] s : sharing) {
      long riskId =
          jdbc.sql("select id from risk where area_id = ? and title = ?")
              .params(areaId, s[0])
              .query(Long.class)
              .single();
      shares.add(new Object[] {riskId, Long.parseLong(s[1])});
      shares.add(new Object[] {riskId, Long.parseLong(s[2])});
    }
    batches.batchUpdate(
        "insert into risk_sharing (risk_id, organisation_id) values (?, ?) on conflict do nothing",
        shares);
    // every risk's history starts with its being recorded
    jdbc.sql(
            """
            insert into audit_entry (area_id, actor, subject_type, subject_id, subject_label,
              action, changes)
            select area_id, 'system', 'risk', id, title, 'risk-recorded', '[]'::jsonb
            from risk where area_id = ?
            """)
        .param(areaId)
        .update();
  }

  private Object[] row(Long partnershipId, Long themeId, Risk r, long owner) {
    LocalDate reviewOn = today.plusDays(r.reviewInDays());
    return new Object[] {
      areaId,
      partnershipId,
      themeId,
      r.title(),
      r.description(),
      r.cause(),
      r.effect(),
      r.objective(),
      r.kind(),
      owner,
      r.il(),
      r.ii(),
      r.rl(),
      r.ri(),
      r.controls(),
      r.kind().equals("PARTNERSHIP")
          ? "Partners sharing the risk agree its response at the board and share any cost in"
              + " proportion to their contributions."
          : null,
      Date.valueOf(reviewOn),
      Date.valueOf(reviewOn.minusMonths(3)),
    };
  }
}
