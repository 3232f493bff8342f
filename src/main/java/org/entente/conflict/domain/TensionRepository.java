package org.entente.conflict.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface TensionRepository extends ListCrudRepository<Tension, Long> {

  Optional<Tension> findByAreaIdAndId(long areaId, long id);
}
