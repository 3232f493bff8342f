package org.entente.conflict.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OptionsBoardRepository extends ListCrudRepository<OptionsBoard, Long> {

  List<OptionsBoard> findByAreaIdAndPartnershipIdOrderByUpdatedAtDescIdDesc(
      long areaId, long partnershipId);

  Optional<OptionsBoard> findByAreaIdAndPartnershipIdAndId(
      long areaId, long partnershipId, long id);
}
