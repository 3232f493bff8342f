package org.entente.governance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BodyRepository extends ListCrudRepository<Body, Long> {

  Optional<Body> findByAreaIdAndId(long areaId, long id);

  List<Body> findByAreaIdAndPartnershipIdOrderByName(long areaId, long partnershipId);

  List<Body> findByAreaId(long areaId);
}
