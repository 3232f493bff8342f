package org.entente.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

/** The people of an area: officers, representatives, councillors. Fictional in the demo. */
public interface People {

  Set<String> SORT_KEYS = Set.of("name", "organisation", "jobTitle");

  record PersonDetails(String name, String jobTitle, Long organisationId, String email) {}

  record PersonFilter(String text, Long organisationId) {}

  Page<PersonRef> search(long areaId, PersonFilter filter, PageRequest page);

  List<PersonRef> all(long areaId);

  Optional<PersonRef> find(long areaId, long id);

  Map<Long, String> names(long areaId, Collection<Long> ids);

  PersonRef create(long areaId, PersonDetails details);

  PersonRef update(long areaId, long id, int version, PersonDetails details);

  int version(long areaId, long id);
}
