package org.entente.partnership.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PartnershipRepository extends ListCrudRepository<Partnership, Long> {

  Optional<Partnership> findByAreaIdAndId(long areaId, long id);
}
