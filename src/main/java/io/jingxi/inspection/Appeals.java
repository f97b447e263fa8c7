package io.jingxi.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Appeals extends JpaRepository<Appeal, Long>, JpaSpecificationExecutor<Appeal> {

	Optional<Appeal> findByFindingId(long findingId);

	List<Appeal> findByVisitIdOrderById(long visitId);
}
