package org.entente.directory.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

  Optional<Person> findByAreaIdAndId(long areaId, long id);
}
