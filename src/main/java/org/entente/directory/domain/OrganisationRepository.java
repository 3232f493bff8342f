package org.entente.directory.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

  Optional<Organisation> findByAreaIdAndId(long areaId, long id);
}
