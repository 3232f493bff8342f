package org.entente.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

/** The organisations of an area: councils, police, NHS bodies, voluntary groups and the rest. */
public interface Organisations {

  Set<String> SORT_KEYS = Set.of("name", "sector", "type");

  /** What a user typed to create or change an organisation. */
  record OrganisationDetails(String name, Sector sector, OrganisationType type, String website) {}

  record OrganisationFilter(String text, Sector sector, OrganisationType type) {}

  Page<OrganisationRef> search(long areaId, OrganisationFilter filter, PageRequest page);

  List<OrganisationRef> all(long areaId);

  Optional<OrganisationRef> find(long areaId, long id);

  /** Names by id, for showing references held by other modules. */
  Map<Long, String> names(long areaId, Collection<Long> ids);

  /** Adds an organisation; fails with {@link OrganisationNameTakenException} on a name in use. */
  OrganisationRef create(long areaId, OrganisationDetails details);

  /**
   * Changes an organisation; fails with a stale-edit error if {@code version} is out of date, and
   * with {@link OrganisationNameTakenException} if another organisation has the new name.
   */
  OrganisationRef update(long areaId, long id, int version, OrganisationDetails details);

  int version(long areaId, long id);

  Optional<OrganisationDetails> details(long areaId, long id);
}
